/**
 * Curator text arrives in any length the checker lets through (and the renderer must not trust even
 * that): laid out whole, a description of a few megabytes blocks the page for minutes. A reading
 * text is therefore laid out in parts of at most {@link READING_STEP} characters, the first one at
 * once and each next one when the visitor asks for it; labels (titles, names, terms) are cut at
 * {@link LABEL_MAX}. Every function here looks only at the part it returns, never at the whole text.
 */

/** Characters laid out at once: several screens of reading, a few milliseconds of layout. */
export const READING_STEP = 3_000;

/** The longest label shown whole; a real title or name is a hundredth of this. */
export const LABEL_MAX = 1_000;

/** A cut is looked for in the last part of the allowed span, so parts stay close to full. */
const SEARCH_BACK = 0.4;

/** Whether the code unit at `index` is the second half of a surrogate pair (never cut there). */
function insidePair(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Where the part starting at `start` ends: the whole rest when it fits in `max` characters, else
 * the last paragraph break, sentence end or space in the last stretch of the allowed span, else
 * (one unbroken word) right at the limit.
 */
export function partEnd(text: string, start: number, max = READING_STEP): number {
  if (text.length - start <= max) return text.length;
  const limit = start + max;
  const span = text.slice(start + Math.floor(max * (1 - SEARCH_BACK)), limit);
  const offset = limit - span.length;
  for (const pattern of [/\n\s*\n/g, /[.!?…]["'”’)]*\s/g, /\s/g]) {
    let last = -1;
    for (const match of span.matchAll(pattern)) last = match.index + match[0].length;
    if (last > 0) return offset + last;
  }
  return insidePair(text, limit) ? limit - 1 : limit;
}

/** Splits a text into paragraphs at blank lines; single line breaks are only wrapping. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

/** The ends of the parts shown after `reads` more parts than the first. */
export function partEnds(text: string, reads = 0, max = READING_STEP): number[] {
  const ends = [partEnd(text, 0, max)];
  for (let i = 0; i < reads && ends.at(-1)! < text.length; i++) ends.push(partEnd(text, ends.at(-1)!, max));
  return ends;
}

/** A label cut after at most `max` characters, at a space when there is one, ending in "…". */
export function capLabel(text: string, max = LABEL_MAX): string {
  if (text.length <= max) return text;
  const end = partEnd(text, 0, max);
  return `${text.slice(0, end).trimEnd()}…`;
}
