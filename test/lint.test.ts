import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/defaults.js';
import { activeRules, lintFiles, resolveRule } from '../src/core/lint.js';
import { defineRule, severities } from '../src/core/rule.js';
import type { Config, Post } from '../src/core/types.js';

const word = defineRule<{ word: string }>({
  id: 'word',
  description: 'Finds a word.',
  messages: { found: 'found "{word}"' },
  options: { word: { type: 'string', default: 'keg', description: 'the word' } },
  defaultSeverity: severities({ professional: 'error', personal: { public: 'error', default: 'warning' } }),
  check: ({ post, options }) => {
    const findings = [];
    for (const segment of post.segments) {
      let i = segment.text.indexOf(options.word);
      while (i >= 0) {
        findings.push({ messageId: 'found', field: segment.field, span: { start: i, end: i + options.word.length }, data: { word: options.word } });
        i = segment.text.indexOf(options.word, i + 1);
      }
    }
    return findings;
  },
});

function post(text: string, presence: Post['presence'] = 'personal', extra: Post['segments'] = []): Post {
  return { file: 'f.txt', index: 0, presence, segments: [{ field: 'body', text, source: { start: 0 } }, ...extra], platforms: [] };
}

function lint(config: Config, ...posts: Post[]) {
  return lintFiles([{ filePath: 'f.txt', text: posts.map((p) => p.segments[0]!.text).join(''), posts }], config, [word]);
}

describe('severity and options', () => {
  it('uses the default for the presence and its audience', () => {
    const config = defaultConfig();
    expect(resolveRule(word, config, 'professional').severity).toBe('error');
    expect(resolveRule(word, config, 'personal').severity).toBe('warning');
    config.presences.personal.audience = 'public';
    expect(resolveRule(word, config, 'personal').severity).toBe('error');
  });

  it('lets the presence override the top level, and the top level the default', () => {
    const config = defaultConfig();
    config.rules = { word: { severity: 'suggestion', word: 'beer' } };
    config.presences.personal.rules = { word: { word: 'wine' } };
    expect(resolveRule(word, config, 'professional')).toEqual({ severity: 'suggestion', options: { word: 'beer' } });
    expect(resolveRule(word, config, 'personal')).toEqual({ severity: 'suggestion', options: { word: 'wine' } });
    config.presences.personal.rules = { word: 'off' };
    expect(activeRules(config, [word]).personal).toEqual([]);
  });
});

describe('lintFiles', () => {
  it('maps spans to lines and columns, sorted, with counts', () => {
    const config = defaultConfig();
    const text = 'a keg\nb keg keg';
    const { results, problems } = lint(config, post(text));
    expect(problems).toEqual([]);
    expect(results[0]!.messages.map((m) => [m.line, m.column, m.endLine, m.endColumn, m.severity, m.message])).toEqual([
      [1, 3, 1, 6, 'warning', 'found "keg"'],
      [2, 3, 2, 6, 'warning', 'found "keg"'],
      [2, 7, 2, 10, 'warning', 'found "keg"'],
    ]);
    expect(results[0]).toMatchObject({ errorCount: 0, warningCount: 3, suggestionCount: 0 });
  });

  it('reports findings in other fields with their field name', () => {
    const p = post('hello', 'professional', [{ field: 'media[0].alt', text: 'a keg', source: { start: 20 } }]);
    const file = { filePath: 'f.md', text: `${'x'.repeat(19)}\na keg`, posts: [p] };
    const { results } = lintFiles([file], defaultConfig(), [word]);
    expect(results[0]!.messages[0]).toMatchObject({ field: 'media[0].alt', line: 2, column: 3, severity: 'error', presence: 'professional' });
  });

  it('does not report the same span twice', () => {
    const twice = defineRule({ ...word, id: 'twice', check: (ctx) => [...word.check(ctx as never), ...word.check(ctx as never)] });
    const { results } = lintFiles([{ filePath: 'f', text: 'keg', posts: [post('keg')] }], defaultConfig(), [twice]);
    expect(results[0]!.messages).toHaveLength(1);
  });

  it('reports an unknown message id as a problem, not a diagnostic', () => {
    const bad = defineRule({ ...word, id: 'bad', check: () => [{ messageId: 'nope' }] });
    const { results, problems } = lintFiles([{ filePath: 'f', text: 'x', posts: [post('x')] }], defaultConfig(), [bad]);
    expect(results[0]!.messages).toEqual([]);
    expect(problems[0]!.message).toBe('rule "bad" returned unknown messageId "nope" on post 0');
  });
});

describe('yieldsTo', () => {
  it('drops a finding that a rule it yields to covers, and keeps the rest', () => {
    const owner = defineRule({ ...word, id: 'owner', check: () => [{ messageId: 'found', span: { start: 2, end: 5 }, data: { word: 'keg' } }] });
    const yielding = defineRule({
      ...word,
      id: 'yielding',
      yieldsTo: ['owner'],
      check: () => [
        { messageId: 'found', span: { start: 0, end: 3 }, data: { word: 'a k' } },
        { messageId: 'found', span: { start: 6, end: 9 }, data: { word: 'keg' } },
      ],
    });
    const { results } = lintFiles([{ filePath: 'f', text: 'a keg keg', posts: [post('a keg keg')] }], defaultConfig(), [yielding, owner]);
    expect(results[0]!.messages.map((m) => `${m.ruleId}@${m.column}`)).toEqual(['owner@3', 'yielding@7']);
  });
});

describe('a rule that throws', () => {
  it('is reported once per file, with how many posts it failed on, and the other rules still run', () => {
    const broken = defineRule({
      id: 'broken',
      description: 'Throws.',
      messages: { x: 'x' },
      defaultSeverity: severities({ professional: 'error', personal: 'error' }),
      check: () => {
        throw new Error('boom');
      },
    });
    const posts = [0, 1, 2].map((index) => ({ ...post('a keg here'), index }));
    const files = ['a.txt', 'b.txt'].map((filePath) => ({ filePath, text: 'a keg here', posts }));
    const { results, problems } = lintFiles(files, defaultConfig(), [broken, word]);
    expect(problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'a.txt: rule "broken" failed on post 0: boom (and on 2 more posts of this file)',
      'b.txt: rule "broken" failed on post 0: boom (and on 2 more posts of this file)',
    ]);
    expect(results.map((r) => r.messages.length)).toEqual([3, 3]);
  });
});
