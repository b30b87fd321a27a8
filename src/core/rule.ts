import type { Audience, DefaultSeverity, PresenceName, Rule, RuleOptions, SeveritySetting } from './types.js';
import { AUDIENCES } from './types.js';

/**
 * Declares a rule. An identity function: it exists so that a rule written in
 * TypeScript (a built-in one or a plugin's) is checked against the contract.
 */
export function defineRule<O extends RuleOptions = RuleOptions, S = unknown>(rule: Rule<O, S>): Rule<O, S> {
  return rule;
}

/** A severity for every audience, or per audience with a `default` for the rest. */
export type SeveritySpec = SeveritySetting | (Partial<Record<Audience, SeveritySetting>> & { default: SeveritySetting });

/** Builds a full {@link DefaultSeverity} table from a short spec per presence. */
export function severities(spec: Record<PresenceName, SeveritySpec>): DefaultSeverity {
  const expand = (s: SeveritySpec): Record<Audience, SeveritySetting> =>
    Object.fromEntries(AUDIENCES.map((a) => [a, typeof s === 'string' ? s : (s[a] ?? s.default)])) as Record<
      Audience,
      SeveritySetting
    >;
  return { professional: expand(spec.professional), personal: expand(spec.personal) };
}

/**
 * Keeps what a rule compiles from its options (word lists into matchers):
 * by the options object first, since the engine resolves options once per
 * run, then by value, for callers that build new options for every post. At
 * most 64 values are kept by value.
 */
export function perOptions<O extends object, T>(compile: (options: O) => T): (options: O) => T {
  const byObject = new WeakMap<O, T>();
  const byValue = new Map<string, T>();
  return (options) => {
    let value = byObject.get(options);
    if (value === undefined) {
      const key = JSON.stringify(options);
      value = byValue.get(key);
      if (value === undefined) {
        value = compile(options);
        if (byValue.size >= 64) byValue.clear();
        byValue.set(key, value);
      }
      byObject.set(options, value);
    }
    return value;
  };
}
