/** The encodings the server can send, in its own order of preference when the client has none. */
export type ContentCoding = 'br' | 'gzip';

/** A file sibling's suffix for each coding: `app-1a2b3c4d.js` -> `app-1a2b3c4d.js.br`. */
export const SIBLING_SUFFIX: Readonly<Record<ContentCoding, string>> = { br: '.br', gzip: '.gz' };

/** Brotli first: it is smaller, and every browser that accepts it also accepts gzip. */
const PREFERENCE: readonly ContentCoding[] = ['br', 'gzip'];

/**
 * Text formats worth compressing. Images, audio, video and woff2 are compressed already: zipping
 * them again costs time and saves nothing, so they never get siblings and are always sent as-is.
 */
const COMPRESSIBLE = new Set(['html', 'js', 'mjs', 'css', 'json', 'map', 'svg', 'dzi', 'xml', 'txt', 'vtt']);

/** True when files named like `fileName` are precompressed at build and may be sent encoded. */
export function isCompressible(fileName: string): boolean {
  const dot = fileName.lastIndexOf('.');
  return dot >= 0 && COMPRESSIBLE.has(fileName.slice(dot + 1).toLowerCase());
}

/** `Accept-Encoding` as coding -> q-value (lower-cased names; a malformed q counts as 0). */
function parseAcceptEncoding(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const item of header.split(',')) {
    const [name = '', ...params] = item.split(';').map((part) => part.trim());
    if (name === '') continue;
    let q = 1;
    for (const param of params) {
      const match = /^q\s*=\s*(.*)$/i.exec(param);
      if (!match) continue;
      const value = match[1] === '' ? NaN : Number(match[1]);
      q = Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
    }
    weights.set(name.toLowerCase(), q);
  }
  return weights;
}

/**
 * Picks the coding to send (RFC 9110, section 12.5.3) among those `available` for this file, or
 * null for the plain bytes. A coding counts with its own q-value, else with that of `*`; q=0 means
 * "not acceptable". Brotli wins ties. No header means the client did not ask: plain bytes, as
 * every common server does (the RFC allows any coding then, but old clients would choke).
 * Identity is never refused even when the client rules it out: a 406 would only break the page.
 */
export function chooseCoding(
  header: string | null,
  available: readonly ContentCoding[],
): ContentCoding | null {
  if (header === null || available.length === 0) return null;
  const weights = parseAcceptEncoding(header);
  const star = weights.get('*');
  let best: ContentCoding | null = null;
  let bestQ = 0;
  for (const coding of PREFERENCE) {
    if (!available.includes(coding)) continue;
    // `x-gzip` is gzip's old alias (RFC 9110, 8.4.1.3).
    const q = weights.get(coding) ?? (coding === 'gzip' ? weights.get('x-gzip') : undefined) ?? star ?? 0;
    if (q > bestQ) {
      best = coding;
      bestQ = q;
    }
  }
  // `identity` named with a higher weight than every coding is a request for the plain bytes.
  const identity = weights.get('identity');
  if (identity !== undefined && identity > bestQ) return null;
  return best;
}
