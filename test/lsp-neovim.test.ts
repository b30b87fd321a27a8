import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLE_CONFIG, presence, tempDir, type JsonFile } from './support/cli.js';
import { ROOT } from './support/rule-tester.js';

/**
 * `presence lsp` with a real client: Neovim, headless, runs
 * test/support/lsp-neovim.lua, which opens a post, waits for the
 * diagnostics, hovers, edits, waits again and writes what it got to a file.
 * CI installs Neovim (.ci/run); without it here, the test says so and is skipped.
 */
const NVIM = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
const HAVE_NVIM = NVIM.status === 0;
if (!HAVE_NVIM) console.warn('lsp-neovim.test.ts: skipped, nvim is not installed (apt-get install neovim; CI installs it)');

/** Emoji on the finding's line: Neovim counts bytes, the protocol UTF-16 units; both must land on "hungover". */
const POST = `---
presence: professional
---
🎉🎉 Still hungover from the bar crawl, call me at 503-555-0123.
`;
const EDIT = ['---', 'presence: professional', '---', 'Café night: the keg stand was epic. Who is coming?'];

interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  message: string;
  source: string;
  code: string;
}

interface NvimResult {
  error?: string;
  hover?: string;
  steps: { lines: string[]; diagnostics: NvimDiagnostic[] }[];
}

/** A UTF-16 column of a line as the byte column Neovim gives. */
function byteColumn(line: string, utf16: number): number {
  return Buffer.byteLength(line.slice(0, utf16), 'utf8');
}

describe.skipIf(!HAVE_NVIM)(`presence lsp in Neovim (${NVIM.stdout?.split('\n')[0] ?? 'absent'})`, () => {
  it('shows the diagnostics of a post on open and after an edit, at the right places, with the hover', () => {
    const dir = tempDir({ '.presencerc.yaml': EXAMPLE_CONFIG, 'posts/a.md': POST });
    const home = path.join(dir, '.nvim-home');
    mkdirSync(home);
    const out = path.join(home, 'result.json');
    const job = { cmd: [process.execPath, BIN, 'lsp'], root: dir, post: path.join(dir, 'posts/a.md'), edit: EDIT, out };
    const run = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', 'NONE', '-c', `luafile ${path.join(ROOT, 'test/support/lsp-neovim.lua')}`], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, XDG_STATE_HOME: home, XDG_CACHE_HOME: home, PRESENCE_NVIM: JSON.stringify(job) },
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.error).toBeUndefined();
    const result = JSON.parse(readFileSync(out, 'utf8')) as NvimResult;
    expect(result.error).toBeUndefined();
    expect(result.steps).toHaveLength(2);

    // On open: the command's findings for the saved file, each at its byte place in Neovim.
    const [opened, edited] = result.steps;
    const command = (JSON.parse(presence(['check', 'posts/a.md', '--format', 'json'], { cwd: dir }).stdout) as JsonFile[])[0]!.messages;
    const lines = POST.split('\n');
    const expected = command.map((m) => ({
      lnum: m.line - 1,
      col: byteColumn(lines[m.line - 1]!, m.column - 1),
      code: m.ruleId,
      message: m.message,
    }));
    expect(opened!.diagnostics.map((d) => ({ lnum: d.lnum, col: d.col, code: d.code, message: d.message }))).toEqual(expected);
    const hungover = opened!.diagnostics.find((d) => d.message.includes('"hungover"'))!;
    expect(hungover.col).toBe(Buffer.byteLength('🎉🎉 Still '));
    expect(hungover.end_col).toBe(Buffer.byteLength('🎉🎉 Still hungover'));
    expect(hungover.severity).toBe(1);
    expect(hungover.source).toBe('presence');

    // The hover of the first finding explains its rule.
    expect(result.hover).toContain(opened!.diagnostics[0]!.code);

    // After the edit: the new text's findings, after "é" (two bytes, one UTF-16 unit).
    expect(edited!.lines).toEqual(EDIT);
    const keg = edited!.diagnostics.find((d) => d.code === 'party-photo')!;
    expect(keg.lnum).toBe(3);
    expect(keg.col).toBe(Buffer.byteLength('Café night: the '));
    expect(edited!.diagnostics.some((d) => d.message.includes('hungover'))).toBe(false);
  });
});
