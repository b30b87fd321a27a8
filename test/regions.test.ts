import { eld } from 'eld/extrasmall';
import { describe, expect, it } from 'vitest';
import { compileValidator } from '../src/config/compile-validator.js';
import { validateConfig } from '../src/config/validate.js';
import { lintFiles } from '../src/core/lint.js';
import type { LanguageDetector } from '../src/core/reading/language.js';
import { meantRegion, regionCode, regionOfLanguageTag } from '../src/core/regions.js';
import type { Config } from '../src/core/types.js';
import { readMarkdown } from '../src/sources/markdown.js';
import { rules as builtIn } from '../rules/index.js';

const validator = compileValidator(builtIn);
const validate = (text: string) => validateConfig(text, '.presencerc.yaml', validator);
const POSITIONING = 'I am a vet in animal care for pet owners';

describe('region codes', () => {
  it('reads codes in any case, names the country meant, and the region of a language tag', () => {
    expect(regionCode('es')).toBe('ES');
    expect(regionCode(' BR ')).toBe('BR');
    expect(regionCode('XX')).toBeUndefined();
    expect(meantRegion('Spain')).toBe('ES');
    expect(meantRegion('germany')).toBe('DE');
    expect(regionOfLanguageTag('pt-BR')).toBe('BR');
    expect(regionOfLanguageTag('es_MX')).toBe('MX');
    expect(regionOfLanguageTag('de-Latn-AT')).toBe('AT');
    expect(regionOfLanguageTag('pt')).toBeUndefined();
    expect(regionOfLanguageTag('es-419')).toBeUndefined();
  });
});

describe('region in the config', () => {
  it('takes a top-level region and one per presence, in capitals', () => {
    const { config, issues } = validate(`region: es\npresences:\n  personal:\n    positioning: "${POSITIONING}"\n    region: BR\n`);
    expect(issues).toEqual([]);
    expect(config!.region).toBe('ES');
    expect(config!.presences.personal.region).toBe('BR');
    expect(config!.presences.professional.region).toBeUndefined();
  });

  it('leaves the region unset by default', () => {
    const { config } = validate('default: personal\n');
    expect(config!.region).toBeUndefined();
    expect(config!.languageRegions).toBeUndefined();
  });

  it('keeps the regions that languages name', () => {
    const { config } = validate('languages: [en, pt-BR, es, es-MX]\n');
    expect(config!.languages).toEqual(['en', 'pt', 'es']);
    expect(config!.languageRegions).toEqual({ pt: 'BR', es: 'MX' });
  });

  it('stops on an unknown region with the file position and the country meant', () => {
    const top = validate('region: Spain\n');
    expect(top.config).toBeUndefined();
    expect(top.issues).toMatchObject([
      {
        severity: 'error',
        line: 1,
        column: 9,
        message: '"region" names an unknown region "Spain"; write an ISO 3166 alpha-2 country code (US, GB, ES, FR, DE, PT, BR, MX, AR...)',
        hint: 'Did you mean "ES" (Spain)?',
      },
    ]);
    const presence = validate(`presences:\n  personal:\n    positioning: "${POSITIONING}"\n    region: UK\n`);
    expect(presence.issues).toMatchObject([{ line: 4, message: expect.stringContaining('"presences.personal.region" names an unknown region "UK"'), hint: 'Did you mean "GB" (United Kingdom)?' }]);
    expect(validate('region: QQ\n').issues[0]!.hint).toBe('A region is a country: the one whose phone numbers and formats the posts use.');
    expect(validate('region: 34\n').issues[0]!.message).toMatch(/region must be a string, got 34/);
  });
});

describe('personal-info by region, through the engine', () => {
  const personalInfo = builtIn.find((r) => r.id === 'personal-info')!;
  eld.setLanguageSubset(['en', 'es', 'pt']);
  const detector: LanguageDetector = (text) => Object.entries(eld.detect(text).getScores()).sort((a, b) => b[1] - a[1]);
  const phones = (source: string, config: Config) => {
    const { posts } = readMarkdown(source, { filePath: 'p.md', defaultPresence: 'personal' });
    return lintFiles([{ filePath: 'p.md', text: source, posts }], config, [personalInfo], { languageDetector: detector, mask: true })
      .results[0]!.messages.filter((m) => m.ruleId === 'personal-info')
      .map((m) => m.message);
  };
  const post = 'Gente, troquei de número! O novo é (11) 98765-4321, me chama no zap quando puder';

  it('reads a Brazilian number in a post whose lang is pt-BR', () => {
    const config = validate('languages: [en, pt]\n').config!;
    expect(phones(`---\nlang: pt-BR\n---\n${post}`, config)).toEqual([
      'Personal info (phone): the phone number (••) •••••-4321 lets anyone who reads the post call, text or look you up.',
    ]);
    // Without the tag, Portuguese names no country: a bare number is not guessed at (and is no US number)...
    expect(phones('Gente, a pizzaria da esquina atende no (11) 98765-4321 até tarde', config)).toEqual([]);
    // ...but after an own-number cue ("troquei de número! O novo é") it is tried in Brazil and Portugal, and named as Brazil's.
    expect(phones(post, config)).toEqual([
      'Personal info (phone): the phone number (••) •••••-4321 (a number of Brazil, written without its country code) lets anyone who reads the post call, text or look you up.',
    ]);
  });

  it('reads it in a detected Portuguese post when languages name pt-BR, and under a region', () => {
    expect(phones(post, validate('languages: [en, pt-BR]\n').config!)).toHaveLength(1);
    expect(phones(post, validate('languages: [en, pt]\nregion: BR\n').config!)).toHaveLength(1);
    // The config's region wins over the post's tag.
    expect(phones(`---\nlang: pt-BR\n---\n${post}`, validate('languages: [en, pt]\nregion: GB\n').config!)).toEqual([]);
  });
});
