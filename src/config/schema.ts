import type { OptionSpec, Rule } from '../core/types.js';
import { AUDIENCES, PRESENCE_NAMES, SEVERITY_SETTINGS } from '../core/types.js';
import { RULE_ID } from './patterns.js';

/** A JSON Schema (draft-07) object. */
export type JsonSchema = Record<string, unknown>;

function optionSchema(spec: OptionSpec): JsonSchema {
  switch (spec.type) {
    case 'string[]':
      return { description: spec.description, type: 'array', items: { type: 'string' }, default: spec.default };
    case 'number':
      return {
        description: spec.description,
        type: spec.integer ? 'integer' : 'number',
        ...(spec.minimum === undefined ? {} : { minimum: spec.minimum }),
        default: spec.default,
      };
    case 'boolean':
      return { description: spec.description, type: 'boolean', default: spec.default };
    case 'string':
      return { description: spec.description, type: 'string', ...(spec.enum ? { enum: spec.enum } : {}), default: spec.default };
  }
}

const severitySchema: JsonSchema = { enum: [...SEVERITY_SETTINGS] };

/** The least confidence of a finding that is reported, for a rule or for all. */
const minConfidenceSchema: JsonSchema = {
  description: 'Report only findings this sure (0 to 1) of the rules that say how sure they are; the others always report.',
  type: 'number',
  minimum: 0,
  maximum: 1,
};

/** The schema of one rule's setting: a severity, or `{ severity, ...options }`. */
export function ruleSettingSchema(rule: Rule): JsonSchema {
  const properties: Record<string, JsonSchema> = { severity: severitySchema, minConfidence: minConfidenceSchema };
  for (const [name, spec] of Object.entries(rule.options ?? {})) properties[name] = optionSchema(spec);
  return {
    description: rule.description,
    anyOf: [severitySchema, { type: 'object', additionalProperties: false, properties }],
  };
}

/**
 * The setting of a rule that a schema file cannot know: a rule of the
 * config's `patterns` or of a plugin, whose ids and options are the config's.
 */
const addedRuleSettingSchema: JsonSchema = {
  description: "A rule of the config's patterns or of a plugin.",
  anyOf: [severitySchema, { type: 'object', properties: { severity: severitySchema, minConfidence: minConfidenceSchema } }],
};

/**
 * A `rules` mapping. Closed, it takes the ids of `rules` only (what presence
 * checks a config with, once the settings of its patterns and plugins are
 * taken out); open, also any kebab-case id, as a pattern or a plugin rule.
 */
function rulesSchema(rules: readonly Rule[], open: boolean): JsonSchema {
  return {
    description: 'Rule settings: error | warning | suggestion | off, or { severity, ...options }.',
    type: 'object',
    properties: Object.fromEntries(rules.map((r) => [r.id, ruleSettingSchema(r)])),
    ...(open ? { propertyNames: { pattern: RULE_ID.source }, additionalProperties: addedRuleSettingSchema } : { additionalProperties: false }),
  };
}

/**
 * For editors: without `patterns` and `plugins` in the config, every
 * `rules` mapping takes the ids of the built-in rules only, so a misspelt
 * id is marked as you type; with them, any kebab-case id (JSON Schema cannot
 * read the ids a config's patterns give; presence itself checks them).
 */
function onlyBuiltInRules(rules: readonly Rule[]): JsonSchema {
  const known: JsonSchema = { type: 'object', properties: Object.fromEntries(rules.map((r) => [r.id, true])), additionalProperties: false };
  const withRules: JsonSchema = { type: 'object', properties: { rules: known } };
  return {
    // `false` holds only where the key is absent.
    if: { type: 'object', properties: { patterns: false, plugins: false } },
    then: {
      properties: {
        rules: known,
        presences: { type: 'object', properties: Object.fromEntries(PRESENCE_NAMES.map((n) => [n, withRules])) },
        overrides: { type: 'array', items: withRules },
      },
    },
  };
}

/** A region code; which codes exist is checked by `validate.ts`, which can name the country meant ("Spain" is ES). */
const regionSchema: JsonSchema = { type: 'string', minLength: 2 };

const stringList: JsonSchema = { type: 'array', items: { type: 'string', pattern: '\\S' } };

/** What a brand marker must look like (a JSON Schema pattern each); `presence init` checks its answers with them too. */
export const BRAND_PATTERNS = {
  handles: '^@?[A-Za-z0-9_]+(@[A-Za-z0-9.-]+)?$',
  hashtags: '^#?[^\\s#]+$',
  domains: '^[^\\s/]+\\.[^\\s/]+$',
} as const;

/** The platform names presence knows; `twitter` is an alias of `x`. */
export const PLATFORMS = ['x', 'twitter', 'bluesky', 'mastodon', 'threads', 'linkedin', 'instagram', 'facebook'] as const;

const platformList: JsonSchema = { type: 'array', items: { enum: [...PLATFORMS] } };

/**
 * A rule written in the config. Only the shape is checked here; the rest
 * (exactly one of words, swap and regex; the id; the regex; placeholders)
 * is checked by `patterns.ts`, which can say more precisely what is wrong.
 */
const patternSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'message'],
  properties: {
    id: { description: 'The rule id: kebab-case, unlike any other rule.', type: 'string' },
    message: {
      description: 'What to report; {match} is the text found, {replacement} (with swap) what to write instead.',
      type: 'string',
      minLength: 1,
    },
    description: { description: 'One sentence for `presence rules` (default: made from the pattern).', type: 'string', minLength: 1 },
    severity: { description: 'error | warning (default) | suggestion | off', enum: [...SEVERITY_SETTINGS] },
    presence: { description: 'Check posts of this presence only.', enum: [...PRESENCE_NAMES] },
    words: { description: 'Words and phrases to report: whole words, any case.', type: 'array', items: { type: 'string' } },
    swap: {
      description: 'Words and phrases to report, each with what to write instead: whole words, any case.',
      type: 'object',
      additionalProperties: { type: 'string' },
    },
    regex: {
      description: 'A regular expression to report (RE2 syntax, run in linear time; case-insensitive unless it starts with (?-i)).',
      type: 'string',
    },
  },
};

/**
 * The JSON Schema of the config file, generated from the rules' option specs.
 * The same schema validates every config that presence loads; `forEditors`
 * is the variant of the schema file (see `configSchemaText`).
 */
export function configSchema(rules: readonly Rule[], options: { forEditors?: boolean } = {}): JsonSchema {
  const presence: JsonSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['positioning'],
    properties: {
      positioning: {
        description: 'What this presence is for: "I am a/an <role> in <field> for <audience>" ("I\'m", "We are" and "the <role>" too).',
        type: 'string',
      },
      audience: { description: 'Who can see this presence.', enum: [...AUDIENCES] },
      topics: { description: 'More words that are on-message for this presence.', ...stringList },
      brand: {
        description: "What marks content as the business's own.",
        type: 'object',
        additionalProperties: false,
        properties: {
          names: stringList,
          handles: { type: 'array', items: { type: 'string', pattern: BRAND_PATTERNS.handles } },
          hashtags: { type: 'array', items: { type: 'string', pattern: BRAND_PATTERNS.hashtags } },
          domains: { type: 'array', items: { type: 'string', pattern: BRAND_PATTERNS.domains } },
        },
      },
      platforms: { description: 'Where posts of this presence are published when a post does not say (x, bluesky, mastodon, threads, linkedin, instagram, facebook).', ...platformList },
      region: { ...regionSchema, description: "Where this presence's posts are from (ISO 3166 alpha-2: US, GB, ES, FR, DE, PT, BR, MX, AR...): the country of phone numbers written without a country code. Overrides the top-level region." },
      rules: { $ref: '#/definitions/rules' },
    },
  };
  const column: JsonSchema = { anyOf: [{ type: 'string', pattern: '\\S' }, { type: 'integer', minimum: 1 }] };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'presence configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      presences: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(PRESENCE_NAMES.map((n) => [n, { $ref: '#/definitions/presence' }])),
      },
      default: { description: 'The presence of a post that does not name one.', enum: [...PRESENCE_NAMES] },
      rules: { $ref: '#/definitions/rules' },
      overrides: {
        description: 'Settings for files whose path matches a glob, relative to the folder of the config.',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['files'],
          properties: {
            files: { ...stringList, minItems: 1 },
            presence: { enum: [...PRESENCE_NAMES] },
            platforms: platformList,
            rules: { $ref: '#/definitions/rules' },
          },
        },
      },
      extends: {
        description: "Configs this one is merged over, in order: a path (./team.yaml, from this config's folder) or an npm package (@team/presence-config, its presence.config.yaml; or a file in it). This config's own keys win; lists of overrides, patterns, ignorePatterns and plugins are joined.",
        anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }],
      },
      minConfidence: minConfidenceSchema,
      languages: {
        description: "The languages the posts are written in (ISO 639-1 codes: en, es, fr, de, pt...), the set each post's and each alt text's language is chosen from; the first is the fallback for texts too short or too mixed to tell. Default [en]. Rules that read words run only on texts in a language they read; a post in another language gets a notice naming the rules that still ran. A code may name a region (pt-BR, es-MX): without a region setting, texts in that language read that country's phone numbers.",
        type: 'array',
        minItems: 1,
        items: { type: 'string', minLength: 2 },
      },
      region: {
        ...regionSchema,
        description:
          'Where the posts are from (ISO 3166 alpha-2: US, GB, ES, FR, DE, PT, BR, MX, AR...): the country of phone numbers written without a country code. Unset: the region of the post\'s lang tag (pt-BR) or of its language in languages (pt-BR), else personal-info\'s defaultCountry (US).',
      },
      ignorePatterns: { description: 'Files never to check (gitignore syntax), besides .presenceignore.', ...stringList },
      patterns: {
        description: 'Rules written in the config: words to avoid (words), words to replace (swap), or a regular expression (regex).',
        type: 'array',
        items: patternSchema,
      },
      plugins: {
        description: 'Modules with more rules: paths starting with ./ or ../ (from the folder of the config), or npm package names.',
        type: 'array',
        items: { type: 'string', pattern: '\\S' },
      },
      csv: {
        description: 'How to read the columns of a CSV layout presence does not recognise: a header name or a 1-based column number each.',
        type: 'object',
        additionalProperties: false,
        required: ['columns'],
        properties: {
          header: { type: 'boolean' },
          delimiter: { type: 'string', enum: [',', ';', '\t', '|'] },
          columns: {
            type: 'object',
            additionalProperties: false,
            required: ['message'],
            properties: Object.fromEntries(['message', 'date', 'time', 'link', 'presence', 'platforms', 'alt', 'ignore'].map((c) => [c, column])),
          },
        },
      },
    },
    ...(options.forEditors ? onlyBuiltInRules(rules) : {}),
    // Shared definitions: each is compiled once, however often it is used.
    definitions: { presence, rules: rulesSchema(rules, options.forEditors ?? false) },
  };
}

/**
 * The config schema as the text of `schema/presencerc.schema.json`, for
 * editors: the schema presence checks configs with, except that a `rules`
 * mapping may name the rules of the config's patterns and plugins.
 */
export function configSchemaText(rules: readonly Rule[]): string {
  return `${JSON.stringify(configSchema(rules, { forEditors: true }), null, 2)}\n`;
}
