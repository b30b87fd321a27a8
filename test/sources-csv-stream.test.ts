import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../src/sources/csv.js';
import { streamCsv } from '../src/sources/csv-stream.js';
import { decodePostFile } from '../src/sources/decode.js';
import { ROOT } from './support/rule-tester.js';

async function* pieces(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const context = { filePath: 'x.csv', defaultPresence: 'personal' as const };

async function streamed(bytes: Uint8Array, size: number) {
  const posts: unknown[] = [];
  const problems = await streamCsv(pieces(bytes, size), context, (post) => posts.push(post));
  return { posts, problems: problems.map(({ cause: _cause, ...p }) => p) };
}

function whole(bytes: Uint8Array) {
  const decoded = decodePostFile(bytes);
  if ('error' in decoded) throw new Error(decoded.error);
  const read = readCsv(decoded.text, context);
  return { posts: read.posts, problems: read.problems.map(({ cause: _cause, ...p }) => p) };
}

describe('streamCsv', () => {
  const dir = path.join(ROOT, 'fixtures/csv');
  const files = readdirSync(dir).filter((f) => f.endsWith('.csv') && !f.includes('unterminated'));

  for (const file of files) {
    it(`reads ${file} as the whole-text reader does, however the bytes are cut`, async () => {
      const bytes = readFileSync(path.join(dir, file));
      const expected = whole(bytes);
      for (const size of [1, 3, 7, 64, 1 << 16]) expect(await streamed(bytes, size), `pieces of ${size} bytes`).toEqual(expected);
    });
  }

  it('reports invalid UTF-8 and binary files', async () => {
    expect((await streamed(new Uint8Array([0x61, 0x2c, 0xe9, 0x0a]), 2)).problems[0]!.message).toMatch(/not valid UTF-8/);
    expect((await streamed(new Uint8Array([0x61, 0, 0x62]), 2)).problems[0]!.message).toMatch(/binary/);
  });

  it('reports an unterminated quote and keeps the rows before it', async () => {
    const bytes = new TextEncoder().encode('date,message\n2026-12-01,fine\n2026-12-02,"never closed\n2026-12-03,lost\n');
    const { posts, problems } = await streamed(bytes, 5);
    expect(posts).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/never closed/);
  });
});
