/** What to send for a `Range` request header against a file of a known size. */
export type RangeDecision =
  { kind: 'full' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' };

/**
 * Interprets a `Range` header (RFC 9110, section 14) for a file of `size` bytes. Only single byte
 * ranges are honoured: `bytes=a-b`, `bytes=a-` and the suffix form `bytes=-n`. Multi-range requests
 * and headers we cannot parse are answered with the whole file, which the RFC allows; media
 * elements only ever ask for one range.
 *
 * @returns `end` is inclusive, as in `Content-Range`.
 */
export function decideRange(header: string | null, size: number): RangeDecision {
  if (header === null) return { kind: 'full' };
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match) return { kind: 'full' };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { kind: 'full' };

  if (first === '') {
    // Suffix range: the last n bytes; a zero-length suffix can never be satisfied.
    const length = Number(last);
    if (length === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - length), end: size - 1 };
  }

  const start = Number(first);
  if (start >= size) return { kind: 'unsatisfiable' };
  if (last === '') return { kind: 'partial', start, end: size - 1 };
  const end = Number(last);
  // `bytes=5-2` is syntactically invalid: the RFC says ignore the header, not refuse.
  if (end < start) return { kind: 'full' };
  return { kind: 'partial', start, end: Math.min(end, size - 1) };
}
