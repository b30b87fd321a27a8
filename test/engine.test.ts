// The engine behind the command, the library and the editor (src/engine):
// configs found from each file's folder, --rule, --ignore-pattern, and
// print-config showing what check uses for a file.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPresence, lint } from '../src/api.js';
import { EXAMPLE_CONFIG, presence, tempDir } from './support/cli.js';

const PARTY = 'Three rounds of tequila shots and I am wasted lol\n';
/** A config whose personal presence turns party-photo off. */
const QUIET_PARTY = `${EXAMPLE_CONFIG}rules:\n  party-photo: off\n`;

describe('each file is checked under the config nearest above it', () => {
  const tree = (): string =>
    tempDir({
      '.presencerc.yaml': EXAMPLE_CONFIG,
      'posts/brand-a/.presencerc.yaml': QUIET_PARTY,
      'posts/brand-a/night.txt': PARTY,
      'posts/brand-b/night.txt': PARTY,
    });

  it('a sub-folder config governs its posts, from the root and from elsewhere', () => {
    const dir = tree();
    const fromRoot = presence(['check', 'posts', '--format', 'json'], { cwd: dir });
    expect(fromRoot.stderr).toBe('');
    const byFile = Object.fromEntries(JSON.parse(fromRoot.stdout).map((r: { filePath: string; messages: { ruleId: string }[] }) => [r.filePath, r.messages.map((m) => m.ruleId)]));
    expect(byFile['posts/brand-a/night.txt']).not.toContain('party-photo');
    expect(byFile['posts/brand-b/night.txt']).toContain('party-photo');
    // From a folder beside them, the nearest config of each file still decides.
    const fromPosts = presence(['check', 'brand-a/night.txt', 'brand-b/night.txt', '--format', 'json'], { cwd: path.join(dir, 'posts') });
    const ids = JSON.parse(fromPosts.stdout).map((r: { messages: { ruleId: string }[] }) => r.messages.map((m) => m.ruleId));
    expect(ids[0]).not.toContain('party-photo');
    expect(ids[1]).toContain('party-photo');
  });

  it('says "no config found" only of files that have none above them', () => {
    const dir = tempDir({ 'posts/.presencerc.yaml': EXAMPLE_CONFIG, 'posts/a.txt': 'hello\n', 'loose/b.txt': 'hello\n' });
    expect(presence(['check', 'posts'], { cwd: dir }).stderr).toBe('');
    const mixed = presence(['check', '.'], { cwd: dir });
    expect(mixed.stderr).toBe('presence: no config found above 1 of the 2 files checked; they were checked with the built-in defaults.\n  hint: run `presence init` to write .presencerc.yaml with your two positioning statements.\n');
    expect(presence(['check', 'loose'], { cwd: dir }).stderr).toMatch(/^presence: no config found; using built-in defaults\.\n/);
  });

  it('--config names one config for every file', () => {
    const dir = tree();
    const r = presence(['check', 'posts', '--format', 'json', '--config', '.presencerc.yaml'], { cwd: dir });
    for (const result of JSON.parse(r.stdout)) expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toContain('party-photo');
  });

  it('a broken config in a sub-folder stops the run with its file and line', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'a/.presencerc.yaml': 'rules:\n  party-foto: off\n', 'a/p.txt': 'hello\n', 'b/p.txt': 'hello\n' });
    const r = presence(['check', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a/.presencerc.yaml:2:3');
    expect(r.stderr).toContain('did you mean "party-photo"');
  });

  it('a nested config\'s ignorePatterns apply to its files', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'a/.presencerc.yaml': `${EXAMPLE_CONFIG}ignorePatterns: ["drafts/"]\n`, 'a/drafts/x.txt': PARTY, 'a/ok.txt': 'hello\n' });
    const r = presence(['check', '.', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).map((f: { filePath: string }) => f.filePath)).toEqual(['a/ok.txt']);
    expect(r.stderr).toContain('1 post file is ignored by the ignore rules of the config in its folder');
  });

  it('the library finds the same configs', async () => {
    const dir = tree();
    const result = await lint({ files: ['posts'] }, { cwd: dir });
    const ids = result.results.map((r) => r.messages.map((m) => m.ruleId));
    expect(ids[0]).not.toContain('party-photo');
    expect(ids[1]).toContain('party-photo');
  });
});

describe('--rule and --ignore-pattern', () => {
  it('--rule sets a severity over every config, and an unknown id is a usage error', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'p.txt': PARTY });
    const off = presence(['check', 'p.txt', '--rule', 'party-photo:off', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(off.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('party-photo');
    const warn = presence(['check', 'p.txt', '--rule', 'party-photo:suggestion', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(warn.stdout)[0].messages.find((m: { ruleId: string }) => m.ruleId === 'party-photo').severity).toBe('suggestion');
    const unknown = presence(['check', 'p.txt', '--rule', 'party-foto:off'], { cwd: dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('presence: --rule names an unknown rule "party-foto" (did you mean "party-photo"?)\n  hint: Run `presence rules` to list the rules.\n');
    const malformed = presence(['check', 'p.txt', '--rule', 'party-photo:loud'], { cwd: dir });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('expected rule-id:severity');
  });

  it('--ignore-pattern leaves files out, as patterns from the current folder', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'personal/a.txt': PARTY, 'work/b.txt': 'hello\n' });
    const r = presence(['check', '.', '--ignore-pattern', 'personal/**', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(r.stdout).map((f: { filePath: string }) => f.filePath)).toEqual(['work/b.txt']);
  });
});

describe('print-config shows what check uses for a file', () => {
  it('reads the file\'s front matter for its presence and platforms', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'post.md': '---\npresence: professional\nplatforms: [linkedin]\n---\nHello\n' });
    const printed = JSON.parse(presence(['print-config', 'post.md'], { cwd: dir }).stdout);
    expect(printed).toMatchObject({ presence: 'professional', presenceFrom: 'the post', platforms: ['linkedin'] });
    const absent = JSON.parse(presence(['print-config', 'other.md'], { cwd: dir }).stdout);
    expect(absent).toMatchObject({ presence: 'personal', presenceFrom: 'default' });
  });

  it('names the nested config that governs the file', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'a/.presencerc.yaml': QUIET_PARTY });
    const printed = JSON.parse(presence(['print-config', 'a/x.txt'], { cwd: dir }).stdout);
    expect(printed.config).toBe(path.join('a', '.presencerc.yaml'));
    expect(printed.rules['party-photo']).toMatchObject({ severity: 'off', from: 'rules' });
  });
});

describe('the engine as a library', () => {
  it('lints texts with one setup, by the file each will be saved as', async () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'a/.presencerc.yaml': QUIET_PARTY });
    const engine = await createPresence({ cwd: dir });
    const outside = await engine.lintText(PARTY, { filePath: 'b/night.txt' });
    const inside = await engine.lintText(PARTY, { filePath: 'a/night.txt' });
    expect(outside.results[0]!.messages.map((m) => m.ruleId)).toContain('party-photo');
    expect(inside.results[0]!.messages.map((m) => m.ruleId)).not.toContain('party-photo');
    expect((await engine.configForFile('a/night.txt')).loaded.filepath).toBe(path.join(dir, 'a', '.presencerc.yaml'));
  });

  it('isPathIgnored answers as the run would', async () => {
    const dir = tempDir({ '.presencerc.yaml': `${EXAMPLE_CONFIG}ignorePatterns: ["drafts/"]\n`, '.presenceignore': 'old/\n' });
    const engine = await createPresence({ cwd: dir });
    expect(await engine.isPathIgnored('drafts/x.md')).toBe(true);
    expect(await engine.isPathIgnored('old/x.md')).toBe(true);
    expect(await engine.isPathIgnored('posts/x.md')).toBe(false);
  });
});

describe('a hook sees the schedule: the rest of it is read as context', () => {
  const TEXT = 'Adoption day at the shelter this Saturday! Come and meet the dogs.\n';
  const post = (date: string) => `---\ndate: ${date}\n---\n${TEXT}`;
  const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
  const repo = (files: Record<string, string>): string => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, ...files });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'schedule');
    return dir;
  };

  it('--staged catches a duplicate of an already committed post, and says how many context posts it read', () => {
    const dir = repo({ 'posts/mon.md': post('2026-12-07T09:00:00Z'), 'posts/other.md': post('2026-11-01T09:00:00Z').replace('Adoption', 'Vaccination') });
    writeFileSync(path.join(dir, 'posts/tue.md'), post('2026-12-08T09:00:00Z'));
    git(dir, 'add', 'posts/tue.md');
    const r = presence(['check', '--staged', '--format', 'json'], { cwd: dir });
    const results = JSON.parse(r.stdout);
    expect(results.map((f: { filePath: string }) => f.filePath)).toEqual([path.join('posts', 'tue.md')]);
    expect(results[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain('duplicate-post');
    expect(r.stderr).toContain('presence: read 2 other posts of the schedule as context');
    expect(r.code).toBe(0); // duplicate-post is a warning
    // A passing hook run with warnings ends with one line on stderr (a hook's stdout is often hidden).
    expect(r.stderr).toMatch(/presence: \d+ warnings? and no errors; the check passes\.\n$/);
    // Outside a hook, the report says it all.
    expect(presence(['check', 'posts', '--format', 'json'], { cwd: dir }).stderr).toBe('');
  });

  it('a finding on a context post is shown where it names the checked file, and only then', () => {
    // The staged post is the earlier one: the duplicate is reported on the committed one, naming the staged one.
    const dir = repo({ 'posts/tue.md': post('2026-12-08T09:00:00Z'), 'posts/hashtags.md': '#a #b #c #d #e #f #g #h #i #j #k #l\n' });
    writeFileSync(path.join(dir, 'posts/mon.md'), post('2026-12-07T09:00:00Z'));
    git(dir, 'add', 'posts/mon.md');
    const results = JSON.parse(presence(['check', '--staged', '--format', 'json'], { cwd: dir }).stdout);
    const byFile = Object.fromEntries(results.map((f: { filePath: string; messages: { ruleId: string; message: string }[] }) => [f.filePath, f.messages]));
    expect(byFile[path.join('posts', 'tue.md')].map((m: { ruleId: string }) => m.ruleId)).toEqual(['duplicate-post']);
    expect(byFile[path.join('posts', 'tue.md')][0].message).toContain(`${path.join('posts', 'mon.md')}:`);
    // The committed post with too many hashtags takes no part: not reported.
    expect(byFile[path.join('posts', 'hashtags.md')]).toBeUndefined();
  });

  it('a context post over the weekly business limit is shown when a checked post is one of that week\'s', () => {
    // The committed Thursday post was fine alone; the staged Tuesday one makes its week hold two business posts.
    const brand = (date: string) => `---\ndate: ${date}\n---\nSo proud of the Happy Paws Rescue volunteers this week (${date.slice(0, 10)}).\n`;
    const dir = repo({ 'posts/thu.md': brand('2026-12-10T09:00:00Z'), 'posts/later.md': brand('2026-12-30T09:00:00Z') });
    writeFileSync(path.join(dir, 'posts/tue.md'), brand('2026-12-08T09:00:00Z'));
    git(dir, 'add', 'posts/tue.md');
    const results = JSON.parse(presence(['check', '--staged', '--format', 'json'], { cwd: dir }).stdout);
    const byFile = Object.fromEntries(results.map((f: { filePath: string; messages: { ruleId: string; message: string }[] }) => [f.filePath, f.messages.map((m) => m.ruleId)]));
    expect(byFile[path.join('posts', 'thu.md')]).toEqual(['business-repost']);
    // The post three weeks later shares no week with the staged one: not reported.
    expect(byFile[path.join('posts', 'later.md')]).toBeUndefined();
  });

  it('on threads, context posts are read as context: not counted as checked, the same findings as on one thread', () => {
    const files: Record<string, string> = { 'posts/mon.md': post('2026-12-07T09:00:00Z') };
    for (let i = 0; i < 6; i++) files[`posts/old-${i}.md`] = `---\ndate: 2026-10-0${i + 1}T09:00:00Z\n---\nOld news number ${i}, still hungover from the gala.\n`;
    const dir = repo(files);
    writeFileSync(path.join(dir, 'posts/tue.md'), post('2026-12-08T09:00:00Z'));
    git(dir, 'add', 'posts/tue.md');
    const run = (threads: string) => presence(['check', '--staged', '--concurrency', threads, '--format', 'markdown'], { cwd: dir, env: { PRESENCE_WORKERS_ONLY: '1' } });
    const one = run('off');
    const two = run('2');
    expect(one.stdout).toContain('1 post in 1 file');
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toContain('presence: read 7 other posts of the schedule as context');
  });

  it('named files read the schedule with --context, or when pre-commit runs presence; not by default', () => {
    const dir = repo({ 'posts/mon.md': post('2026-12-07T09:00:00Z') });
    writeFileSync(path.join(dir, 'posts/tue.md'), post('2026-12-08T09:00:00Z'));
    const ids = (r: { stdout: string }) => JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
    const alone = presence(['check', 'posts/tue.md', '--format', 'json'], { cwd: dir });
    expect(ids(alone)).not.toContain('duplicate-post');
    expect(alone.stderr).toBe('');
    expect(ids(presence(['check', '--context', 'posts/tue.md', '--format', 'json'], { cwd: dir }))).toContain('duplicate-post');
    const hook = presence(['check', '--', 'posts/tue.md'], { cwd: dir, env: { PRE_COMMIT: '1' } });
    expect(hook.stdout).toContain('duplicate-post');
    expect(hook.stderr).toContain('presence: read 1 other post of the schedule as context');
    expect(ids(presence(['check', '--no-context', 'posts/tue.md', '--format', 'json'], { cwd: dir, env: { PRE_COMMIT: '1' } }))).not.toContain('duplicate-post');
  });

  it('a folder checked is its own schedule: nothing is read as context', () => {
    const dir = repo({ 'a/mon.md': post('2026-12-07T09:00:00Z'), 'b/tue.md': post('2026-12-08T09:00:00Z') });
    const r = presence(['check', 'b', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)[0].messages).toEqual([]);
  });
});
