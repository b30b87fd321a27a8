import { importModule } from '../core/import-module.js';
import type { LanguageDetector } from '../core/reading/language.js';
import type { Config } from '../core/types.js';

/**
 * The language detector: eld (efficient-language-detector-js) with its
 * extra-small data, chosen by measurement on short posts (BENCHMARKS.md,
 * "Language detection"). Its data take about a third of a second to load,
 * so it is loaded on the first run whose config names more than one
 * language, never for the default config.
 */
let loading: Promise<LanguageDetector> | undefined;

async function loadDetector(): Promise<LanguageDetector> {
  const { eld } = await importModule<{ eld: EldDetector }>('eld/extrasmall');
  let subset = '';
  return (text, languages) => {
    const key = languages.join(',');
    if (key !== subset) {
      eld.setLanguageSubset([...languages]);
      subset = key;
    }
    return Object.entries(eld.detect(text).getScores()).sort((a, b) => b[1] - a[1]);
  };
}

interface EldDetector {
  setLanguageSubset(languages: string[] | false): unknown;
  detect(text: string): { language: string; getScores(): Record<string, number> };
}

/** The detector a run of this config needs: undefined when the config names one language. */
export async function languageDetectorFor(config: Config): Promise<LanguageDetector | undefined> {
  if (config.languages.length <= 1) return undefined;
  return (loading ??= loadDetector());
}
