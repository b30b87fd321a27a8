import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * `extends:` merges a config over the configs it names, in a documented
 * order (docs/configuration.md): each extended config first, in the order
 * listed (each itself over what it extends), then the config's own keys.
 *
 * - mappings merge key by key: `presences.<name>` (its `brand` lists
 *   joined), and every `rules:` mapping by rule id (a config's own setting
 *   of a rule replaces the extended one, options included);
 * - `overrides`, `patterns` (by id: the config's own pattern replaces an
 *   extended one of the same id), `ignorePatterns` and `plugins` are joined,
 *   the extended ones first;
 * - anything else (`default`, `minConfidence`, `csv`, a positioning
 *   statement) is the config's own when it sets it.
 *
 * Pure apart from {@link resolveExtends}, which finds the files.
 */
type Raw = Record<string, unknown>;

const isMap = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Lists joined, the extended one's first. */
const JOINED = new Set(['overrides', 'ignorePatterns', 'plugins']);
/** Brand lists: joined, without repeats. */
const BRAND_LISTS = new Set(['names', 'handles', 'hashtags', 'domains']);

function mergeRules(base: unknown, own: unknown): unknown {
  if (!isMap(base) || !isMap(own)) return own ?? base;
  return { ...base, ...own };
}

function mergeBrand(base: unknown, own: unknown): unknown {
  if (!isMap(base) || !isMap(own)) return own ?? base;
  const merged: Raw = { ...base };
  for (const [key, value] of Object.entries(own)) {
    const before = base[key];
    merged[key] = BRAND_LISTS.has(key) && Array.isArray(before) && Array.isArray(value) ? [...new Set([...before, ...value])] : value;
  }
  return merged;
}

function mergePresence(base: unknown, own: unknown): unknown {
  if (!isMap(base) || !isMap(own)) return own ?? base;
  const merged: Raw = { ...base };
  for (const [key, value] of Object.entries(own)) {
    merged[key] = key === 'rules' ? mergeRules(base.rules, value) : key === 'brand' ? mergeBrand(base.brand, value) : value;
  }
  return merged;
}

function mergePatterns(base: unknown, own: unknown): unknown {
  if (!Array.isArray(base) || !Array.isArray(own)) return own ?? base;
  const ids = new Set(own.filter(isMap).map((p) => p.id));
  return [...base.filter((p) => !isMap(p) || !ids.has(p.id)), ...own];
}

/** One config's raw keys over another's (both without `extends`). */
export function mergeConfig(base: Raw, own: Raw): Raw {
  const merged: Raw = { ...base };
  for (const [key, value] of Object.entries(own)) {
    const before = base[key];
    if (key === 'presences' && isMap(before) && isMap(value)) {
      const presences: Raw = { ...before };
      for (const [name, presence] of Object.entries(value)) presences[name] = mergePresence(before[name], presence);
      merged[key] = presences;
    } else if (key === 'rules') merged[key] = mergeRules(before, value);
    else if (key === 'patterns') merged[key] = mergePatterns(before, value);
    else if (JOINED.has(key) && Array.isArray(before) && Array.isArray(value)) merged[key] = [...before, ...value];
    else merged[key] = value;
  }
  return merged;
}

/** The file names a package's shared config may have, at the package's root, in order. */
export const PACKAGE_CONFIG_FILES = ['presence.config.yaml', '.presencerc.yaml', '.presencerc.yml', '.presencerc.json'];

/**
 * The file an `extends:` entry names, from the folder of the config that
 * names it: a path (starting with `./`, `../` or `/`), or an npm package
 * (`@team/presence-config`, its {@link PACKAGE_CONFIG_FILES}), or a file in
 * one (`@team/presence-config/brand-a.yaml`), resolved as Node resolves a
 * package from that folder. Undefined when there is none.
 */
export function resolveExtends(entry: string, configFile: string): string | undefined {
  if (entry.startsWith('./') || entry.startsWith('../') || path.isAbsolute(entry)) {
    const file = path.resolve(path.dirname(configFile), entry);
    return existsSync(file) ? file : undefined;
  }
  const match = /^((?:@[^/]+\/)?[^/]+)(?:\/(.+))?$/.exec(entry);
  if (!match) return undefined;
  const [, name, inner] = match;
  let root: string;
  try {
    root = path.dirname(createRequire(configFile).resolve(`${name}/package.json`));
  } catch {
    // A package whose exports hide package.json: look for its folder on the way up.
    const found = findPackageFolder(name!, path.dirname(configFile));
    if (!found) return undefined;
    root = found;
  }
  if (inner) {
    const file = path.join(root, inner);
    return existsSync(file) ? file : undefined;
  }
  return PACKAGE_CONFIG_FILES.map((f) => path.join(root, f)).find((f) => existsSync(f));
}

function findPackageFolder(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** The entries of an `extends:` value: a string or a list of strings; undefined when it is neither. */
export function extendsEntries(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return undefined;
}

/**
 * A config's relative plugin paths, made absolute from its own folder, so
 * that they still name the same files once merged into a config elsewhere.
 */
export function anchorPlugins(raw: Raw, configFile: string): Raw {
  if (!Array.isArray(raw.plugins)) return raw;
  const dir = path.dirname(configFile);
  return { ...raw, plugins: raw.plugins.map((p) => (typeof p === 'string' && (p.startsWith('./') || p.startsWith('../')) ? path.resolve(dir, p) : p)) };
}
