/**
 * Regions (countries and territories, ISO 3166-1 alpha-2 codes, as
 * libphonenumber-js knows them): what a `region` setting may name, and the
 * region a language tag names ("pt-BR"). Pure.
 */
import { getCountries } from 'libphonenumber-js';

/** The region codes presence knows, in capitals: those libphonenumber-js has phone metadata for. */
export const REGIONS: readonly string[] = getCountries();

const KNOWN = new Set(REGIONS);

/** The region code a value names, in capitals ("es" is `ES`), or undefined when it is not one presence knows. */
export function regionCode(value: string): string | undefined {
  const code = value.trim().toUpperCase();
  return KNOWN.has(code) ? code : undefined;
}

let names: Map<string, string> | undefined;

/** The English name of a region ("ES" is "Spain"), or the code when the runtime has no names. */
export function regionName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The code a wrong `region` value most likely meant: a country's English name ("Spain", "germany"), or a language code used for a region ("en" → undefined). */
export function meantRegion(value: string): string | undefined {
  if (!names) {
    names = new Map();
    for (const code of REGIONS) names.set(regionName(code).toLowerCase(), code);
  }
  return names.get(value.trim().toLowerCase());
}

/**
 * The region a language tag names, when it names one presence knows:
 * "pt-BR" is `BR`, "es_MX" is `MX`, "de-AT" is `AT`; "pt" and "es-419"
 * (Latin America) name none.
 */
export function regionOfLanguageTag(tag: string): string | undefined {
  const parts = tag.trim().split(/[-_]/);
  for (const part of parts.slice(1)) {
    if (/^[A-Za-z]{2}$/.test(part)) return regionCode(part);
  }
  return undefined;
}
