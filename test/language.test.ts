import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eld } from 'eld/extrasmall';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/defaults.js';
import { compileValidator } from '../src/config/compile-validator.js';
import { validateConfig } from '../src/config/validate.js';
import { lintFiles, UNREAD_LANGUAGE } from '../src/core/lint.js';
import { languageCode, languageOfText, meantLanguage, segmentLanguages, type LanguageDetector } from '../src/core/reading/language.js';
import { defineRule, severities } from '../src/core/rule.js';
import type { Config, Post, Rule } from '../src/core/types.js';
import { readMarkdown } from '../src/sources/markdown.js';
import { rules as builtIn } from '../rules/index.js';
import { ROOT } from './support/rule-tester.js';

const LANGS = ['en', 'es', 'fr', 'de', 'pt'];
const written = JSON.parse(readFileSync(path.join(ROOT, 'fixtures/language/short-posts.json'), 'utf8')) as Record<string, string[]>;
const englishTweets = readFileSync(path.join(ROOT, 'fixtures/language/english-tweets.txt'), 'utf8')
  .split(/\n\s*\n/)
  .map((s) => s.trim())
  .filter((s) => s && !s.startsWith('// '));

/** The detector presence loads (src/engine/language.ts), over the five languages. */
eld.setLanguageSubset(LANGS);
const detector: LanguageDetector = (text) => Object.entries(eld.detect(text).getScores()).sort((a, b) => b[1] - a[1]);
/** A detector that is always sure of one language, to test what presence does with its answers. */
const always = (language: string): LanguageDetector => () => [[language, 1], ['en', 0.1]];

describe('languageOfText', () => {
  it('reads the written Spanish, French, German and Portuguese posts as their language', () => {
    const wrong: string[] = [];
    for (const lang of ['es', 'fr', 'de', 'pt']) {
      for (const text of written[lang]!) if (languageOfText(text, LANGS, detector).language !== lang) wrong.push(`${lang}: ${text}`);
    }
    // Measured (BENCHMARKS.md): 114 of 120; the misses (3 Spanish, 3 Portuguese) fall back to English, the safe side.
    expect(wrong.length).toBeLessThanOrEqual(6);
    expect(wrong.every((w) => w.startsWith('es:') || w.startsWith('pt:'))).toBe(true);
  });

  it('keeps real English tweets English, short and slangy ones included', () => {
    expect(englishTweets.length).toBeGreaterThanOrEqual(60);
    const moved = englishTweets.filter((t) => languageOfText(t, LANGS, detector).language !== 'en');
    expect(moved).toEqual([]);
  });

  it('keeps a text with two English marker words English, however sure the detector is', () => {
    expect(languageOfText('Tequila con los amigos and the best night ever', LANGS, always('es'))).toEqual({ language: 'en', source: 'markers' });
    expect(languageOfText('Tequila con los amigos, la mejor noche del año', LANGS, always('es'))).toEqual({ language: 'es', source: 'detected' });
  });

  it('falls back to the first language on a short text or an unsure detector', () => {
    expect(languageOfText('jajaja qué risa', LANGS, always('es'))).toEqual({ language: 'en', source: 'fallback' });
    expect(languageOfText('jajaja qué risa', ['es', 'en'], always('fr'))).toEqual({ language: 'es', source: 'fallback' });
    const unsure: LanguageDetector = () => [['es', 1], ['pt', 0.95]];
    expect(languageOfText('Tequila con los amigos, la mejor noche del año', LANGS, unsure).source).toBe('fallback');
  });

  it('chooses only among the configured languages, and asks nothing with one', () => {
    let asked = 0;
    const counting: LanguageDetector = () => {
      asked++;
      return [['fr', 1]];
    };
    expect(languageOfText('Tequila con los amigos, la mejor noche del año', ['en'], counting)).toEqual({ language: 'en', source: 'only' });
    expect(languageOfText('Tequila con los amigos, la mejor noche del año', ['en', 'es'], () => [['fr', 1], ['es', 0.5]])).toEqual({ language: 'es', source: 'detected' });
    expect(asked).toBe(0);
  });
});

describe('segmentLanguages', () => {
  const segment = (text: string) => ({ text });
  it('reads an alt text on its own when it is long and clear, else gives it the post language', () => {
    const post = { segments: [segment('Mañana salimos de vacaciones toda la familia, la casa se queda sola'), segment('The whole family at the airport with our bags'), segment('mi perro')] };
    expect(segmentLanguages(post, LANGS, detector).map((c) => c.language)).toEqual(['es', 'en', 'es']);
  });

  it('takes the front matter lang for the body, and its texts too unless they are clearly another language', () => {
    const post = { lang: 'de', segments: [segment('ok'), segment('kurz'), segment('The whole family at the airport with our bags')] };
    expect(segmentLanguages(post, ['en'], undefined).map((c) => c.language)).toEqual(['de', 'de', 'de']);
    expect(segmentLanguages(post, LANGS, detector).map((c) => c.language)).toEqual(['de', 'de', 'en']);
  });

  it('reads a short body together with its other texts', () => {
    const post = { segments: [segment('¡Mirad! 👇'), segment('Toda la familia en la playa de Cádiz, el último día de vacaciones')] };
    expect(segmentLanguages(post, LANGS, detector)[0]!.language).toBe('es');
  });
});

describe('lang and languages', () => {
  it('reads lang from front matter, its region kept apart', () => {
    const { posts, problems } = readMarkdown('---\nlang: pt-BR\n---\nbom dia', { filePath: 'p.md', defaultPresence: 'personal' });
    expect(problems).toEqual([]);
    expect(posts[0]!.lang).toBe('pt');
    expect(posts[0]!.region).toBe('BR');
  });

  it('reports a lang presence does not know, with a did-you-mean, and a misspelt key', () => {
    const bad = readMarkdown('---\nlang: Español\n---\nhola', { filePath: 'p.md', defaultPresence: 'personal' });
    expect(bad.problems).toMatchObject([{ line: 2, column: 7, message: 'front matter "lang" must be a language code (ISO 639-1: en, es, fr, de, pt...), got "Español"', hint: 'Did you mean "es" (Spanish)?' }]);
    expect(bad.posts[0]!.lang).toBeUndefined();
    const key = readMarkdown('---\nLang: es\n---\nhola', { filePath: 'p.md', defaultPresence: 'personal' });
    expect(key.problems[0]!.message).toContain('did you mean "lang"');
    expect(languageCode('EN-gb')).toBe('en');
    expect(meantLanguage('spa')).toBe('es');
    expect(meantLanguage('xx')).toBeUndefined();
  });

  it('validates the config languages: codes, a did-you-mean, [en] by default', () => {
    const validator = compileValidator(builtIn);
    expect(validateConfig('default: personal\n', '.presencerc.yaml', validator).config!.languages).toEqual(['en']);
    expect(validateConfig('languages: [es, EN, es-MX]\n', '.presencerc.yaml', validator).config!.languages).toEqual(['es', 'en']);
    const { config, issues } = validateConfig('languages: [en, german]\n', '.presencerc.yaml', validator);
    expect(config).toBeUndefined();
    expect(issues).toMatchObject([{ severity: 'error', line: 1, column: 17, message: '"languages" names an unknown language "german"; write ISO 639-1 codes (en, es, fr, de, pt...)', hint: 'Did you mean "de" (German)?' }]);
    expect(validateConfig('languages: []\n', '.presencerc.yaml', validator).config).toBeUndefined();
  });
});

describe('rules by language in the engine', () => {
  const seenBy: Record<string, string[]> = { words: [], numbers: [], partly: [] };
  const english = defineRule({
    id: 'words',
    description: 'Reads English words.',
    messages: { found: 'found {word}' },
    languages: ['en'],
    defaultSeverity: severities({ professional: 'warning', personal: 'warning' }),
    check: ({ post }) => {
      seenBy.words!.push(post.segments.map((s) => s.text).join('|'));
      const i = post.text.indexOf('tequila');
      return i >= 0 ? [{ messageId: 'found', span: { start: i, end: i + 7 }, data: { word: 'tequila' } }] : [];
    },
  });
  const numbers = defineRule({
    id: 'numbers',
    description: 'Reads digits.',
    messages: { found: 'digits' },
    defaultSeverity: severities({ professional: 'warning', personal: 'warning' }),
    check: ({ post }) => {
      seenBy.numbers!.push(post.text);
      return /\d/.test(post.text) ? [{ messageId: 'found' }] : [];
    },
  });
  const partly = defineRule({
    id: 'partly',
    description: 'Reads digits everywhere and English words in English.',
    messages: { found: 'seen' },
    languages: ['en'],
    elsewhere: 'numbers',
    defaultSeverity: severities({ professional: 'warning', personal: 'warning' }),
    check: ({ post }) => {
      seenBy.partly!.push(post.segments.map((s) => `${s.lang ?? '-'}:${s.text.length}`).join('|'));
      return [];
    },
  });
  const all: Rule[] = [english, numbers, partly];
  const post = (text: string, extra: Partial<Post> = {}, alt?: string): Post => ({
    file: 'p.txt',
    index: 0,
    presence: 'personal',
    segments: [{ field: 'body', text, source: { start: 0 } }, ...(alt === undefined ? [] : [{ field: 'media[0].alt', text: alt, source: { start: text.length } }])],
    platforms: [],
    ...extra,
  });
  const run = (config: Config, p: Post, withDetector: LanguageDetector | undefined = detector) => {
    for (const k of Object.keys(seenBy)) seenBy[k] = [];
    return lintFiles([{ filePath: 'p.txt', text: p.segments.map((s) => s.text).join(''), posts: [p] }], config, all, withDetector ? { languageDetector: withDetector } : {}).results[0]!.messages;
  };
  const multi = (): Config => ({ ...defaultConfig(), languages: ['en', 'es'] });

  it('does not run a rule on a text in a language it does not read, and says so once', () => {
    const messages = run(multi(), post('Anoche bebí demasiado tequila con mis amigos, 3 chupitos'));
    expect(seenBy.words).toEqual(['']);
    expect(seenBy.numbers).toEqual(['Anoche bebí demasiado tequila con mis amigos, 3 chupitos']);
    expect(seenBy.partly).toEqual(['es:56']);
    expect(messages.map((m) => m.ruleId)).toEqual([UNREAD_LANGUAGE, 'numbers']);
    expect(messages[0]).toMatchObject({
      severity: 'suggestion',
      field: 'body',
      line: 1,
      column: 1,
      message: 'This post is in Spanish, which presence does not read yet (it reads English): these rules ran on it: numbers, partly (numbers); these did not: words.',
    });
  });

  it('runs a rule that reads the language on it, and names only the others as not run', () => {
    const spanish = defineRule({
      id: 'spanish',
      description: 'Reads English and Spanish words.',
      messages: { found: 'seen' },
      languages: ['en', 'es'],
      defaultSeverity: severities({ professional: 'warning', personal: 'warning' }),
      check: ({ post }) => {
        seenBy.words!.push(`spanish:${post.segments.map((s) => s.text).join('|')}`);
        return [];
      },
    });
    for (const k of Object.keys(seenBy)) seenBy[k] = [];
    const p = post('Anoche bebí demasiado tequila con mis amigos, 3 chupitos');
    const messages = lintFiles([{ filePath: 'p.txt', text: p.segments[0]!.text, posts: [p] }], multi(), [english, spanish], { languageDetector: detector }).results[0]!.messages;
    expect(seenBy.words).toEqual(['', 'spanish:Anoche bebí demasiado tequila con mis amigos, 3 chupitos']);
    expect(messages.map((m) => m.message)).toEqual(['This post is in Spanish, which not every rule reads yet: these rules ran on it: spanish; these did not: words.']);
  });

  it('runs every rule on an English post, with no notice', () => {
    const messages = run(multi(), post('Had way too much tequila with my friends last night, 3 shots'));
    expect(seenBy.words).toEqual(['Had way too much tequila with my friends last night, 3 shots']);
    expect(messages.map((m) => m.ruleId).sort()).toEqual(['numbers', 'words']);
  });

  it('reads an English alt text under a Spanish post, and names the field that was not read', () => {
    const messages = run(multi(), post('Anoche bebí demasiado con mis amigos, qué nochecita', {}, 'A shot of tequila on the bar, with my friends around it'));
    expect(seenBy.words).toEqual(['|A shot of tequila on the bar, with my friends around it']);
    expect(messages.find((m) => m.ruleId === UNREAD_LANGUAGE)!.message).toMatch(/^The body is in Spanish, which presence does not read yet/);
  });

  it('follows the post lang without a detector, and never asks one for the default config', () => {
    let asked = 0;
    const counting: LanguageDetector = (text, languages) => {
      asked++;
      return detector(text, languages);
    };
    const messages = run(defaultConfig(), post('Anoche bebí demasiado tequila con mis amigos', { lang: 'es' }), counting);
    expect(seenBy.words).toEqual(['']);
    expect(messages.map((m) => m.ruleId)).toEqual([UNREAD_LANGUAGE]);
    run(defaultConfig(), post('Anoche bebí demasiado tequila con mis amigos'), counting);
    expect(seenBy.words).toEqual(['Anoche bebí demasiado tequila con mis amigos']);
    expect(asked).toBe(0);
  });

  it('treats every text as the one configured language when it is not English', () => {
    const messages = run({ ...defaultConfig(), languages: ['de'] }, post('Had way too much tequila last night'), undefined);
    expect(seenBy.words).toEqual(['']);
    expect(messages[0]!.message).toMatch(/^This post is in German/);
  });
});

describe('personal-info in posts presence does not read', () => {
  const personalInfo = builtIn.find((r) => r.id === 'personal-info')!;
  // Italian: a language presence knows the name of but reads no words of (the detector's subset is the five it reads, so it is told).
  const lint = (text: string, languages = ['en', 'it']) =>
    lintFiles([{ filePath: 'p.txt', text, posts: [{ file: 'p.txt', index: 0, presence: 'personal', segments: [{ field: 'body', text, source: { start: 0 } }], platforms: [] }] }], { ...defaultConfig(), languages }, [personalInfo], {
      languageDetector: languages.includes('it') ? always('it') : detector,
    }).results[0]!.messages;

  it('still reports a phone number in international format and an e-mail address', () => {
    const messages = lint('Per qualsiasi cosa chiamatemi al +39 312 345 6789 o scrivetemi a maria.rossi@gmail.com, sono a casa tutta la settimana');
    expect(messages.map((m) => m.message).filter((m) => m.startsWith('Personal info')).length).toBe(2);
    expect(messages.find((m) => m.ruleId === UNREAD_LANGUAGE)!.message).toContain('personal-info (numbers and e-mail addresses)');
  });

  it('reports nothing but the notice on an Italian post without numbers', () => {
    expect(lint('Domani partiamo per le vacanze con tutta la famiglia, la casa resta vuota fino a domenica').map((m) => m.ruleId)).toEqual([UNREAD_LANGUAGE]);
  });

  it('reads a Spanish post whole since it reads Spanish addresses, dates of birth and own-number cues: no notice', () => {
    const messages = lint('Para cualquier cosa llamadme al +34 612 345 678 o escribidme a maria.lopez@gmail.com, estoy en casa toda la semana', ['en', 'es']);
    expect(messages.map((m) => m.ruleId)).toEqual(['personal-info', 'personal-info']);
  });
});
