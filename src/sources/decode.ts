/** A file's bytes decoded as UTF-8 text, or why they cannot be. */
export type Decoded = { text: string } | { error: string; line?: number };

const NUL_SCAN_BYTES = 8000;

/**
 * Decodes a post file: UTF-8 with or without a byte-order mark. Binary files
 * (a NUL byte near the start, as git judges), UTF-16 files and invalid UTF-8
 * are refused with a reason, never decoded into replacement characters.
 */
export function decodePostFile(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { error: 'file is UTF-16 encoded; save it as UTF-8' };
  }
  const scan = Math.min(bytes.length, NUL_SCAN_BYTES);
  for (let i = 0; i < scan; i++) {
    if (bytes[i] === 0) return { error: 'file looks binary (it contains NUL bytes), not a text post' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const at = lossy.indexOf('\uFFFD');
    const line = at < 0 ? undefined : lossy.slice(0, at).split('\n').length;
    return line === undefined ? { error: 'file is not valid UTF-8' } : { error: 'file is not valid UTF-8', line };
  }
}
