/** A file's bytes decoded as UTF-8 text, or why they cannot be. */
export type Decoded = { text: string } | { error: string; line?: number };

/** How much of the start of a file is looked at for NUL bytes, as git does to tell binary files. */
export const NUL_SCAN_BYTES = 8000;

/**
 * Why the start of a file shows it is not UTF-8 text, or undefined when it
 * may be: a UTF-16 (or UTF-32) byte-order mark, UTF-16 without one (NUL
 * bytes in every other place, as ASCII text takes in UTF-16), or NUL bytes
 * (binary: an image, an archive). Only the first {@link NUL_SCAN_BYTES}
 * bytes are read, so that a reader that streams a file judges it as
 * {@link decodePostFile} does.
 */
export function undecodableStart(bytes: Uint8Array): string | undefined {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return 'file is UTF-16 encoded; save it as UTF-8';
  }
  const scan = Math.min(bytes.length, NUL_SCAN_BYTES);
  // NUL bytes at even and at odd offsets: UTF-16 text of the Latin alphabet has them on one side only.
  const nuls = [0, 0];
  for (let i = 0; i < scan; i++) if (bytes[i] === 0) nuls[i % 2]!++;
  if (nuls[0]! + nuls[1]! === 0) return undefined;
  const pairs = Math.floor(scan / 2);
  const [fewer, more] = nuls[0]! < nuls[1]! ? [nuls[0]!, nuls[1]!] : [nuls[1]!, nuls[0]!];
  if (pairs >= 2 && more >= pairs / 2 && fewer * 20 <= more) {
    return 'file looks UTF-16 encoded (without a byte-order mark); save it as UTF-8';
  }
  return 'file looks binary (it contains NUL bytes), not a text post';
}

/**
 * Decodes a post file: UTF-8 with or without a byte-order mark. Binary files
 * (a NUL byte near the start, as git judges), UTF-16 files and invalid UTF-8
 * are refused with a reason, never decoded into replacement characters.
 */
export function decodePostFile(bytes: Uint8Array): Decoded {
  const refused = undecodableStart(bytes);
  if (refused) return { error: refused };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch (error) {
    // Not a decoding error: a file too large for one string.
    if (!(error instanceof TypeError)) return { error: `file cannot be read as text: ${(error as Error).message}` };
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const at = lossy.indexOf('\uFFFD');
    const line = at < 0 ? undefined : lossy.slice(0, at).split('\n').length;
    return line === undefined ? { error: 'file is not valid UTF-8' } : { error: 'file is not valid UTF-8', line };
  }
}
