import type { Brand, Config, Presence, PresenceName } from '../core/types.js';

/** An empty brand: nothing marks content as the business's own. */
export function emptyBrand(): Brand {
  return { names: [], handles: [], hashtags: [], domains: [] };
}

/** A presence with nothing configured: the professional one public, the personal one for friends. */
export function defaultPresence(name: PresenceName): Presence {
  return {
    name,
    audience: name === 'professional' ? 'public' : 'friends',
    topics: [],
    brand: emptyBrand(),
    platforms: [],
    rules: {},
  };
}

/** The configuration used when no config file is found. */
export function defaultConfig(): Config {
  return {
    presences: { professional: defaultPresence('professional'), personal: defaultPresence('personal') },
    default: 'personal',
    rules: {},
    overrides: [],
    ignorePatterns: [],
    languages: ['en'],
  };
}
