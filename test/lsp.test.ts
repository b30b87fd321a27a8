import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DiagnosticSeverity, FileChangeType, type Diagnostic as LspDiagnostic } from 'vscode-languageserver-protocol/node';
import { EXAMPLE_CONFIG, presence, tempDir, type JsonFile } from './support/cli.js';
import { LspClient, uriOf } from './support/lsp-client.js';
import { ROOT } from './support/rule-tester.js';

/**
 * `presence lsp` spoken to over the protocol, as an editor speaks to it, for
 * what the Neovim test (lsp-neovim.test.ts) cannot script: the exact ranges
 * against the command's findings, config errors, the schedule folder, a rule
 * that throws, a file deleted while open, the client's log. No timing is
 * asserted: each step waits (generously) for what the server publishes.
 */

/** A post with findings of three rules, after emoji (two UTF-16 units each) on its line. */
const POST = `---
presence: professional
date: 2026-12-05
---
🎉🎉 Still hungover from the bar crawl last night, call me at 503-555-0123.
Adopt a puppy today!
`;

const clients: LspClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.kill();
});

async function start(dir: string, options: Parameters<typeof LspClient.start>[0] extends infer O ? Partial<O> : never = {}): Promise<LspClient> {
  const { client } = await LspClient.start({ cwd: dir, ...options });
  clients.push(client);
  return client;
}

/** Every file under a folder with its size and modification time: what a server that never writes leaves as it was. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const s = statSync(full);
        out[path.relative(dir, full)] = `${s.size}:${s.mtimeMs}`;
      }
    }
  };
  walk(dir);
  return out;
}

/** The command's findings for one file, as LSP would show them. */
function commandFindings(dir: string, args: string[], file: string): { range: LspDiagnostic['range']; code: string; message: string; severity: string }[] {
  const result = presence(['check', ...args, '--format', 'json'], { cwd: dir });
  expect(result.stderr).not.toMatch(/error|cannot|no such/i);
  const files = JSON.parse(result.stdout) as JsonFile[];
  const found = files.find((f) => path.resolve(dir, f.filePath) === path.join(dir, file));
  return (found?.messages ?? []).map((m) => ({
    range: { start: { line: m.line - 1, character: m.column - 1 }, end: { line: m.endLine - 1, character: m.endColumn - 1 } },
    code: m.ruleId,
    message: m.message,
    severity: m.severity,
  }));
}

const SEVERITY_NAMES: Record<number, string> = { [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning', [DiagnosticSeverity.Information]: 'suggestion' };

function asFindings(diagnostics: LspDiagnostic[]): ReturnType<typeof commandFindings> {
  return diagnostics.map((d) => ({ range: d.range, code: String(d.code), message: d.message, severity: SEVERITY_NAMES[d.severity!]! }));
}

describe('presence lsp: diagnostics', () => {
  it('publishes on open the findings the command gives for the saved file, at UTF-16 positions, with rule ids and doc links', async () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'posts/a.md': POST });
    const before = tree(dir);
    const client = await start(dir);
    const uri = await client.open(path.join(dir, 'posts/a.md'), POST, 'markdown');
    const published = await client.diagnosticsFor(uri);

    const expected = commandFindings(dir, ['posts'], 'posts/a.md');
    expect(expected.map((f) => f.code).sort()).toEqual(['broadcast-only', 'party-photo', 'party-photo', 'personal-info']);
    expect(asFindings(published.diagnostics)).toEqual(expected);

    const hungover = published.diagnostics.find((d) => d.message.includes('hungover'))!;
    // Line 5 of the file; "hungover" starts after two emoji (4 UTF-16 units) and " Still ".
    const line = POST.split('\n')[4]!;
    expect(hungover.range).toEqual({ start: { line: 4, character: line.indexOf('hungover') }, end: { line: 4, character: line.indexOf('hungover') + 'hungover'.length } });
    expect(hungover.severity).toBe(DiagnosticSeverity.Error);
    expect(hungover.source).toBe('presence');
    expect(hungover.codeDescription?.href).toBe('https://github.com/presence-lint/presence/blob/main/rules/party-photo.md');
    expect(published.diagnostics.find((d) => d.code === 'broadcast-only')!.severity).toBe(DiagnosticSeverity.Information);
    // The phone number is masked, as the command masks it.
    expect(published.diagnostics.find((d) => d.code === 'personal-info')!.message).not.toContain('503-555');

    expect(await client.stop()).toBe(0);
    expect(tree(dir)).toEqual(before);
  });

  it('lints the newest text as it is typed, and publishes nothing for older texts after it', async () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG });
    const client = await start(dir);
    const file = path.join(dir, 'post.txt');
    const uri = await client.open(file, 'Adopt a puppy this weekend at Happy Paws Rescue. Who is coming?');
    const first = await client.diagnosticsFor(uri);
    expect(first.diagnostics.filter((d) => d.code === 'party-photo')).toEqual([]);

    // Keystrokes in quick succession: the last text is the one that counts.
    let version = 0;
    const typed = 'Still hungover from the keg stand. Who is coming?';
    for (const text of ['Still h', 'Still hung', 'Still hungover', typed]) version = await client.change(uri, text);
    const latest = await client.diagnosticsFor(uri, (p) => p.version === version);
    expect(latest.diagnostics.map((d) => d.code).sort()).toEqual(['party-photo', 'party-photo']);
    expect(latest.diagnostics.map((d) => d.range.start.character).sort((a, b) => a - b)).toEqual([typed.indexOf('hungover'), typed.indexOf('keg stand')]);

    // Nothing about an older version arrives after the newest one.
    const seen = client.published(uri);
    await client.change(uri, 'All clear now. Who is coming?');
    const cleared = await client.diagnosticsFor(uri, (p) => p.diagnostics.length === 0, seen);
    const all = client.diagnostics.get(uri)!;
    expect(all.indexOf(cleared)).toBe(all.length - 1);
    expect(all.map((p) => p.version ?? 0)).toEqual([...all.map((p) => p.version ?? 0)].sort((a, b) => a - b));
    await client.stop();
  });

  it('checks every post file type presence reads, and leaves other files alone', async () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG });
    const client = await start(dir);
    const tweet = await client.open(path.join(dir, 'a.tweet'), 'So hungover today');
    const csv = await client.open(path.join(dir, 'plan.csv'), 'message,date\n"So hungover today",2026-12-05\n');
    const other = await client.open(path.join(dir, 'notes.rst'), 'So hungover today');
    expect((await client.diagnosticsFor(tweet)).diagnostics.map((d) => d.code)).toContain('party-photo');
    const csvDiagnostics = (await client.diagnosticsFor(csv)).diagnostics;
    expect(csvDiagnostics.find((d) => d.code === 'party-photo')!.range.start).toEqual({ line: 1, character: 4 });
    await client.stop();
    expect(client.published(other)).toBe(0);
  });

  it('publishes nothing for a file the config ignores, as the command skips it', async () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, '.presenceignore': 'drafts/\n' });
    const client = await start(dir);
    const ignored = await client.open(path.join(dir, 'drafts/a.txt'), 'So hungover');
    const checked = await client.open(path.join(dir, 'b.txt'), 'So hungover');
    expect((await client.diagnosticsFor(checked)).diagnostics.map((d) => d.code)).toEqual(['party-photo']);
    expect((await client.diagnosticsFor(ignored)).diagnostics).toEqual([]);
    await client.stop();
  });
});

describe('presence lsp: hover', () => {
  it("explains the finding under the cursor with the rule's doc, and for off-positioning the statement it was held against", async () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG });
    const client = await start(dir);
    const uri = await client.open(path.join(dir, 'a.md'), POST, 'markdown');
    const published = await client.diagnosticsFor(uri);
    const hungover = published.diagnostics.find((d) => d.message.includes('hungover'))!;
    const hover = await client.hover(uri, hungover.range.start.line, hungover.range.start.character + 2);
    const text = (hover!.contents as { value: string }).value;
    expect(text).toContain('**party-photo**');
    expect(text).toContain('Flags drinking and partying'); // rules/party-photo.md's opening paragraph
    expect(text).toContain('(https://github.com/presence-lint/presence/blob/main/rules/party-photo.md)');
    expect(await client.hover(uri, 1, 0)).toBeNull();

    const off = await client.open(path.join(dir, 'b.md'), '---\npresence: professional\n---\nWhat a game last night! The Timbers beat Seattle 2-1 in overtime ⚽\n', 'markdown');
    const offDiagnostics = await client.diagnosticsFor(off, (p) => p.diagnostics.some((d) => d.code === 'off-positioning'));
    const finding = offDiagnostics.diagnostics.find((d) => d.code === 'off-positioning')!;
    const offHover = await client.hover(off, finding.range.start.line, finding.range.start.character);
    expect((offHover!.contents as { value: string }).value).toContain('I am a veterinarian in animal rescue for families ready to adopt');
    await client.stop();
  });
});

describe('presence lsp: configs', () => {
  it("shows a broken config's errors at their positions, tells the post and the log, and checks again once the config is fixed", async () => {
    const broken = `${EXAMPLE_CONFIG}rules:\n  party-fotos: error\n`;
    const dir = tempDir({ '.presencerc.yaml': broken, 'post.txt': 'So hungover' });
    const client = await start(dir, { capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
    await client.waitFor('the file watchers', () => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'));
    const post = await client.open(path.join(dir, 'post.txt'), 'So hungover');
    const postDiagnostics = await client.diagnosticsFor(post);
    expect(postDiagnostics.diagnostics).toHaveLength(1);
    expect(postDiagnostics.diagnostics[0]!.message).toMatch(/cannot check this post: its config .*\.presencerc\.yaml has an error/);
    await client.waitFor('the log message', () => client.logs.find((l) => l.message.includes('unknown rule')));

    const configUri = uriOf(path.join(dir, '.presencerc.yaml'));
    const configDiagnostics = await client.diagnosticsFor(configUri);
    const line = broken.split('\n').findIndex((l) => l.includes('party-fotos'));
    expect(configDiagnostics.diagnostics).toHaveLength(1);
    expect(configDiagnostics.diagnostics[0]!.range).toEqual({ start: { line, character: 2 }, end: { line, character: 2 + 'party-fotos'.length } });
    expect(configDiagnostics.diagnostics[0]!.message).toContain('did you mean "party-photo"');

    // The config is fixed outside the editor: the client reports the change, the post is checked again.
    writeFileSync(path.join(dir, '.presencerc.yaml'), EXAMPLE_CONFIG);
    const seen = client.published(post);
    await client.filesChanged([{ file: path.join(dir, '.presencerc.yaml'), type: FileChangeType.Changed }]);
    const fixed = await client.diagnosticsFor(post, (p) => p.diagnostics.some((d) => d.code === 'party-photo'), seen);
    expect(fixed.diagnostics.map((d) => d.code)).toEqual(['party-photo']);
    await client.diagnosticsFor(configUri, (p) => p.diagnostics.length === 0);
    expect(await client.stop()).toBe(0);
  });

  it('lints a config open in the editor, and a saved config change re-lints the open posts', async () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG });
    const client = await start(dir);
    const post = await client.open(path.join(dir, 'post.txt'), 'So hungover');
    expect((await client.diagnosticsFor(post)).diagnostics.map((d) => d.code)).toEqual(['party-photo']);
    const configFile = path.join(dir, '.presencerc.yaml');
    const config = await client.open(configFile, EXAMPLE_CONFIG, 'yaml');
    expect((await client.diagnosticsFor(config)).diagnostics).toEqual([]);

    const off = `${EXAMPLE_CONFIG}rules:\n  party-photo: off\n  bogus-key: 3\n`;
    writeFileSync(configFile, `${EXAMPLE_CONFIG}rules:\n  party-photo: off\n`);
    await client.change(config, `${EXAMPLE_CONFIG}rules:\n  party-photo: off\n`);
    await client.save(config);
    await client.diagnosticsFor(post, (p) => p.diagnostics.length === 0);

    writeFileSync(configFile, off);
    const seenConfig = client.published(config);
    await client.change(config, off);
    await client.save(config);
    const configDiagnostics = await client.diagnosticsFor(config, (p) => p.diagnostics.length > 0, seenConfig);
    expect(configDiagnostics.diagnostics[0]!.range.start.line).toBe(off.split('\n').findIndex((l) => l.includes('bogus-key')));
    await client.stop();
  });
});

describe('presence lsp: the schedule folder', () => {
  it("gives the collection rules the folder's saved posts, read once and updated on save, not on a keystroke", async () => {
    const hike = (date: string) => `---\npresence: personal\ndate: ${date}\n---\nSunday hike with Luna at Forest Park 🌲\n`;
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'schedule/a.md': hike('2026-12-05'), 'schedule/b.md': hike('2026-12-07') });
    const client = await start(dir);
    const a = await client.open(path.join(dir, 'schedule/a.md'), hike('2026-12-05'), 'markdown');
    const b = await client.open(path.join(dir, 'schedule/b.md'), hike('2026-12-07'), 'markdown');
    // On open, the post's own findings first, then those of the rules that compare it with the schedule.
    const own = await client.diagnosticsFor(b);
    expect(own.diagnostics).toEqual([]);
    const duplicate = await client.diagnosticsFor(b, (p) => p.diagnostics.length > 0);
    expect(duplicate.diagnostics.map((d) => d.code)).toEqual(['duplicate-post']);
    expect(asFindings(duplicate.diagnostics)).toEqual(commandFindings(dir, ['schedule'], 'schedule/b.md'));
    expect((await client.diagnosticsFor(a)).diagnostics).toEqual([]);

    // a.md is edited but not saved: b.md's context is still the saved a.md.
    const other = `---\npresence: personal\ndate: 2026-12-05\n---\nA rainy day with a book\n`;
    const seen = client.published(b);
    const version = await client.change(a, other);
    await client.diagnosticsFor(a, (p) => p.version === version);
    expect(client.published(b)).toBe(seen);
    // While b.md is typed in (still the same text to the rule: case aside), its schedule finding stays.
    const typed = await client.change(b, hike('2026-12-07').replace('Sunday', 'sunday'));
    expect((await client.diagnosticsFor(b, (p) => p.version === typed)).diagnostics.map((d) => d.code)).toEqual(['duplicate-post']);

    // a.md saved: b.md is checked again against the new a.md.
    writeFileSync(path.join(dir, 'schedule/a.md'), other);
    const before = client.published(b);
    await client.save(a);
    expect((await client.diagnosticsFor(b, () => true, before)).diagnostics).toEqual([]);
    await client.stop();
  });
});

describe('presence lsp: survives', () => {
  it('a rule that throws: the other findings are shown, the failure is logged, and the server goes on', async () => {
    const dir = tempDir({
      '.presencerc.yaml': `${EXAMPLE_CONFIG}plugins: ["${path.join(ROOT, 'fixtures/plugins/throws-at-check.js')}"]\n`,
    });
    const client = await start(dir);
    const uri = await client.open(path.join(dir, 'post.txt'), 'boom, so hungover');
    const published = await client.diagnosticsFor(uri);
    expect(published.diagnostics.map((d) => d.code)).toContain('party-photo');
    const problem = published.diagnostics.find((d) => d.message.includes('fragile rule exploded'));
    expect(problem).toBeDefined();
    await client.waitFor('the log message', () => client.logs.find((l) => l.message.includes('fragile rule exploded')));
    const version = await client.change(uri, 'all calm, so hungover');
    const next = await client.diagnosticsFor(uri, (p) => p.version === version);
    expect(next.diagnostics.map((d) => d.code)).toEqual(['party-photo']);
    expect(await client.stop()).toBe(0);
  });

  it('a file deleted while open, with its folder: its text is still checked, and the log says so', async () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'drafts/a.md': 'So hungover' });
    const client = await start(dir);
    const file = path.join(dir, 'drafts/a.md');
    const uri = await client.open(file, 'So hungover', 'markdown');
    await client.diagnosticsFor(uri);
    rmSync(path.join(dir, 'drafts'), { recursive: true });
    await client.filesChanged([{ file, type: FileChangeType.Deleted }]);
    await client.waitFor('the log message', () => client.logs.find((l) => l.message.includes('was deleted')));
    const version = await client.change(uri, 'Still hungover from the keg stand. Who is coming?');
    const next = await client.diagnosticsFor(uri, (p) => p.version === version);
    expect(next.diagnostics.map((d) => d.code)).toEqual(['party-photo', 'party-photo']);
    expect(await client.stop()).toBe(0);
  });

  it('a config that is not YAML, and a workspace with no config at all', async () => {
    const dir = tempDir({ 'team/.presencerc.yaml': 'presences: [unclosed\n', 'solo/post.txt': 'So hungover' });
    const client = await start(dir);
    const team = await client.open(path.join(dir, 'team/post.txt'), 'So hungover');
    expect((await client.diagnosticsFor(team)).diagnostics[0]!.message).toContain('cannot check this post');
    const solo = await client.open(path.join(dir, 'solo/post.txt'), 'So hungover');
    // No config: the built-in defaults, as the command uses them.
    expect(asFindings((await client.diagnosticsFor(solo)).diagnostics)).toEqual(commandFindings(path.join(dir, 'solo'), ['post.txt'], 'post.txt'));
    expect(await client.stop()).toBe(0);
  });
});

describe('presence lsp: the process', () => {
  it('takes --stdio (editors pass it), says who it is, and exits 1 on exit without shutdown', async () => {
    const dir = tempDir();
    const { client, initialized } = await LspClient.start({ cwd: dir, args: ['--stdio'] });
    clients.push(client);
    expect(initialized.serverInfo?.name).toBe('presence');
    expect(initialized.capabilities.positionEncoding).toBe('utf-16');
    expect(initialized.capabilities.hoverProvider).toBe(true);
    await client.connection.sendNotification('exit');
    await client.waitFor('the exit', () => client.exitCode !== undefined);
    expect(client.exitCode).toBe(1);
  });
});
