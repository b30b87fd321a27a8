import { readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_MIN_CONFIDENCE, defaultOptions, interpolate, lintFiles } from '../../src/core/lint.js';
import { maskData } from '../../src/core/mask.js';
import { languageCode } from '../../src/core/reading/language.js';
import { regionOfLanguageTag } from '../../src/core/regions.js';
import type { Audience, Config, Post, Presence, PresenceName, Rule, Segment } from '../../src/core/types.js';
import { validateConfig } from '../../src/config/validate.js';
import { compileValidator } from '../../src/config/compile-validator.js';
import { rules as allRules } from '../../rules/index.js';

/** The root of the repository. */
export const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The config every rule fixture runs under unless a case says otherwise:
 * the example of the README (a veterinarian in animal rescue, Happy Paws).
 */
export const FIXTURE_CONFIG_TEXT = `
presences:
  professional:
    positioning: "I am a veterinarian in animal rescue for families ready to adopt"
    audience: public
    topics: [adoption, shelter]
    brand:
      names: ["Happy Paws Rescue", "Happy Paws"]
      handles: ["@happypaws"]
      hashtags: ["#AdoptDontShop"]
      domains: ["happypaws.org"]
  personal:
    positioning: "I am a dog lover in Portland for my close friends and family"
    audience: friends
default: personal
`;

/** One case of a fixture file. */
export interface FixtureCase {
  text: string;
  presence?: PresenceName;
  /** Overrides the audience of the case's presence. */
  audience?: Audience;
  /** Options for the rule under test. */
  options?: Record<string, unknown>;
  media?: { alt?: string; caption?: string }[];
  /** The post's own platforms, as front matter gives them. */
  platforms?: string[];
  /** The default platforms of the case's presence. */
  presencePlatforms?: string[];
  /** The post replied to or reposted (a URL). */
  reply?: string;
  repost?: string;
  /** More settings of the case's presence (a statement, topics, a region), for cases the fixture config does not cover. */
  presenceSettings?: Partial<Presence>;
  /** The post's `lang` as front matter gives it (`pt-BR`): the language of every text, and the region its tag names. */
  lang?: string;
  /** The config's top-level `region`. */
  region?: string;
  /** Why a near-miss must not fire, or what a case shows. */
  why?: string;
  /** The language of every text of the post, as the engine decides it (ISO 639-1); English when absent. Set by the file of `fire.<lang>.yaml`. */
  lang?: string;
  /** Expected findings (fire.yaml only). */
  expect?: { match: string; messageId?: string; field?: string; data?: Record<string, string | number> }[];
}

/** Compiled once: compiling the schema costs far more than a case (about 100 ms a case when it was compiled for each). */
let validator: ReturnType<typeof compileValidator> | undefined;

/** A fresh config of the fixture text for each case (cases change it), validated as a user's config is. */
export function fixtureConfig(): Config {
  validator ??= compileValidator(allRules);
  const validated = validateConfig(FIXTURE_CONFIG_TEXT, 'fixture.yaml', validator);
  if (!validated.config) throw new Error(JSON.stringify(validated.issues));
  return validated.config;
}

function postOf(c: FixtureCase, presence: PresenceName): Post & { text: string } {
  const lang = c.lang === undefined ? {} : { lang: c.lang };
  const segments: Segment[] = [{ field: 'body', text: c.text, source: { start: 0 }, ...lang }];
  (c.media ?? []).forEach((m, i) => {
    if (m.alt !== undefined) segments.push({ field: `media[${i}].alt`, text: m.alt, source: { start: 0 }, ...lang });
    if (m.caption !== undefined) segments.push({ field: `media[${i}].caption`, text: m.caption, source: { start: 0 }, ...lang });
  });
  return {
    file: 'fixture',
    index: 0,
    presence,
    segments,
    platforms: c.platforms ?? [],
    text: c.text,
    ...(c.reply ? { reply: c.reply } : {}),
    ...(c.repost ? { repost: c.repost } : {}),
    ...(c.lang ? langOf(c.lang) : {}),
  };
}

/** A `lang` tag as the sources read it: the post's language and region, and every text's language. */
function langOf(tag: string): Pick<Post, 'lang' | 'region'> {
  const lang = languageCode(tag);
  if (!lang) throw new Error(`unknown lang ${tag} in a fixture`);
  const region = regionOfLanguageTag(tag);
  return { lang, ...(region ? { region } : {}) };
}

/** Runs a rule on one case, enforcing the rule contract on everything it returns. */
export function runCase(rule: Rule, c: FixtureCase) {
  const config = fixtureConfig();
  const name = c.presence ?? 'personal';
  const presence = {
    ...config.presences[name],
    audience: c.audience ?? config.presences[name].audience,
    ...(c.presencePlatforms ? { platforms: c.presencePlatforms } : {}),
    ...c.presenceSettings,
  };
  config.presences[name] = presence;
  if (c.region) config.region = c.region;
  const other = config.presences[name === 'professional' ? 'personal' : 'professional'];
  const post = postOf(c, name);
  if (post.lang) for (const segment of post.segments) segment.lang = post.lang;
  const options = { ...defaultOptions(rule.options), ...(c.options ?? {}) };
  const findings = rule.check({ post, presence, otherPresence: other, options, config });
  return findings.map((f) => {
    expect(Object.keys(rule.messages), `messageId of ${JSON.stringify(f)}`).toContain(f.messageId);
    const field = f.field ?? 'body';
    const segment = post.segments.find((s) => s.field === field);
    expect(segment, `field ${field}`).toBeDefined();
    const span = f.span ?? { start: 0, end: segment!.text.length };
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThanOrEqual(span.start);
    expect(span.end).toBeLessThanOrEqual(segment!.text.length);
    // As the engine reports by default: sensitive values masked.
    const message = interpolate(rule.messages[f.messageId]!, maskData(f));
    expect(message, 'every placeholder is filled').not.toMatch(/\{\w+\}/);
    return { ...f, field, match: segment!.text.slice(span.start, span.end), message };
  });
}

/**
 * The cases of one side of a rule's fixtures: `<side>.yaml` (English), then
 * each `<side>.<lang>.yaml` (posts in that language: every case gets its
 * `lang` unless it says otherwise).
 */
export function loadCases(ruleId: string, side: 'fire' | 'pass'): FixtureCase[] {
  const folder = path.join(ROOT, 'fixtures', 'rules', ruleId);
  if (!existsSync(folder)) return [];
  const cases: FixtureCase[] = [];
  const pattern = new RegExp(`^${side}(?:\\.([a-z]{2}))?\\.yaml$`);
  for (const name of readdirSync(folder).sort((a, b) => a.length - b.length || a.localeCompare(b))) {
    const lang = pattern.exec(name);
    if (!lang) continue;
    const list = (parse(readFileSync(path.join(folder, name), 'utf8')) ?? []) as FixtureCase[];
    for (const c of list) cases.push(lang[1] && c.lang === undefined ? { ...c, lang: lang[1] } : c);
  }
  return cases;
}

/**
 * The shared tester: every case of `fixtures/rules/<id>/fire.yaml` must
 * produce exactly its expected findings, every case of `pass.yaml` none.
 */
export function testRuleFixtures(rule: Rule): void {
  describe(`${rule.id} fixtures`, () => {
    const fire = loadCases(rule.id, 'fire');
    const pass = loadCases(rule.id, 'pass');
    it('has fixtures on both sides', () => {
      expect(fire.length).toBeGreaterThan(0);
      expect(pass.length).toBeGreaterThan(0);
    });
    for (const c of fire) {
      it(`fires${c.lang ? ` (${c.lang})` : ''}: ${c.text.slice(0, 70)}`, () => {
        const found = runCase(rule, c);
        const expected = c.expect ?? [];
        expect(expected.length, 'a fire case lists its expected findings').toBeGreaterThan(0);
        expect(found.map((f) => `${f.field}: ${f.match}`)).toEqual(expected.map((e) => `${e.field ?? 'body'}: ${e.match}`));
        expected.forEach((e, i) => {
          if (e.messageId) expect(found[i]!.messageId).toBe(e.messageId);
          if (e.data) expect(found[i]!.data).toMatchObject(e.data);
        });
      });
    }
    for (const c of pass) {
      it(`does not fire${c.lang ? ` (${c.lang})` : ''}: ${c.text.slice(0, 70)}`, () => {
        // A near-miss passes when the user sees nothing: the engine drops findings below the default minConfidence.
        const shown = runCase(rule, c).filter((f) => (f.confidence ?? 1) >= DEFAULT_MIN_CONFIDENCE);
        expect(shown.map((f) => `${f.message} (confidence ${f.confidence ?? 1})`)).toEqual([]);
      });
    }
  });
}

/** One case of a collection rule's fixture: a small schedule and what it must report. */
export interface ScheduleCase {
  why?: string;
  /** Options for the rule under test, for both presences. */
  options?: Record<string, unknown>;
  posts: { text: string; presence?: PresenceName; date?: string; file?: string }[];
  /** Expected findings, by index into `posts` (schedule-fire cases only). */
  expect?: { post: number; messageId?: string; data?: Record<string, string | number> }[];
}

/** Runs a collection rule through the engine over one schedule; findings by post index. */
export function runSchedule(rule: Rule, c: ScheduleCase) {
  const config = fixtureConfig();
  if (c.options) config.rules = { [rule.id]: { severity: 'warning', ...c.options } };
  else config.rules = { [rule.id]: 'warning' };
  const files = c.posts.map((p, i) => {
    const file = p.file ?? `post-${i}.txt`;
    const post: Post = {
      file,
      index: 0,
      presence: p.presence ?? 'personal',
      segments: [{ field: 'body', text: p.text, source: { start: 0 } }],
      platforms: [],
      ...(p.date ? { date: new Date(p.date) } : {}),
    };
    return { filePath: file, text: p.text, posts: [post] };
  });
  const { results, problems } = lintFiles(files, config, [rule]);
  expect(problems).toEqual([]);
  return results.flatMap((r) =>
    r.messages.map((m) => {
      expect(m.message, 'every placeholder is filled').not.toMatch(/\{\w+\}/);
      return { post: files.findIndex((f) => f.filePath === r.filePath), ruleId: m.ruleId, message: m.message };
    }),
  );
}

/**
 * The shared tester of collection rules: every case of
 * `fixtures/rules/<id>/<prefix>fire.yaml` must report exactly its expected
 * posts, every case of `<prefix>pass.yaml` none.
 */
export function testScheduleFixtures(rule: Rule, prefix = ''): void {
  const load = (side: string): ScheduleCase[] => {
    const file = path.join(ROOT, 'fixtures', 'rules', rule.id, `${prefix}${side}.yaml`);
    return existsSync(file) ? ((parse(readFileSync(file, 'utf8')) ?? []) as ScheduleCase[]) : [];
  };
  describe(`${rule.id} ${prefix}schedule fixtures`, () => {
    const fire = load('fire');
    const pass = load('pass');
    it('has schedules on both sides', () => {
      expect(fire.length).toBeGreaterThan(0);
      expect(pass.length).toBeGreaterThan(0);
    });
    for (const c of fire) {
      it(`fires: ${c.why ?? c.posts[0]!.text.slice(0, 60)}`, () => {
        const found = runSchedule(rule, c);
        expect(found.map((f) => f.post).sort()).toEqual((c.expect ?? []).map((e) => e.post).sort());
        for (const e of c.expect ?? []) {
          const messages = found.filter((f) => f.post === e.post).map((f) => f.message);
          for (const value of Object.values(e.data ?? {})) expect(messages.join('\n')).toContain(String(value));
        }
      });
    }
    for (const c of pass) {
      it(`does not fire: ${c.why ?? c.posts[0]!.text.slice(0, 60)}`, () => {
        expect(runSchedule(rule, c).map((f) => f.message)).toEqual([]);
      });
    }
  });
}
