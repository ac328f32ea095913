import { formatField } from './problems';
import type { FieldPath, ProblemKind } from './problems';

/*
 * How much text the collection files may hold, and why these numbers.
 *
 * A visitor reads the kiosk standing up, for a minute or two per cloth. Exhibition labels run to
 * about 50-150 words, a panel text to about 300; silent reading is about 200-250 words a minute,
 * and Indonesian averages about 6.5 characters a word with its space. The sample collection's
 * longest texts: description 508 characters, history and larangan rule 333, meaning 320, a
 * maker's about 268, a note 201, alt text 124, summary 121, title 43; its largest file is
 * makers.yaml at 6 KB. What goes wrong in practice is a paste: a whole catalogue chapter, the text
 * of a PDF, or a spreadsheet column dropped into one field. Such a paste passed the check and
 * froze the piece's page (20 MB in one description, 1 GB of memory to check).
 *
 * So each text gets a warning where a visitor would stop reading, and an error where the text can
 * only be a mistake: well above anything written for a kiosk, well below what slows anything down.
 */

/** A limit for one class of text field, in characters (UTF-16 code units, as the kiosk lays them out). */
export interface TextLimit {
  /** Above this a visitor stops reading: a warning. */
  warn: number;
  /** Above this the text can only be a paste by mistake: an error. */
  max: number;
  /** Why the warning length, in the curator's terms. */
  reading: string;
}

/**
 * Long texts read on the piece and motif pages. 3,000 characters is about 450 words, two minutes
 * of reading and six times the sample's longest description; 20,000 is about 3,000 words, a
 * quarter of an hour and a dozen screens, which no one writes for a kiosk.
 */
export const LONG_TEXT: TextLimit = {
  warn: 3_000,
  max: 20_000,
  reading: 'about two minutes of reading standing up',
};

/**
 * Titles, names, labels, alt texts, summaries, credits and every other short field (ids and file
 * names too). A title of 300 characters fills a screen's heading several times over, and alt
 * text is read aloud by screen readers where one or two sentences (under ~150 characters) serve
 * best; 300 is more than twice the sample's longest. 3,000 is a page of text in a field meant
 * for a line: pasted into the wrong field.
 */
export const SHORT_TEXT: TextLimit = {
  warn: 300,
  max: 3_000,
  reading: 'a few lines on a kiosk screen',
};

/** Field names whose text is a long read; everything else is held to {@link SHORT_TEXT}. */
const LONG_FIELDS = new Set([
  'description',
  'meaning',
  'history',
  'rule',
  'about',
  'notes',
  'text',
  'translation',
]);

/**
 * Largest YAML file read at all, checked before it is read or parsed. The largest real files are
 * makers.yaml and the vocabularies: 500 makers with a 500-character biography in three languages
 * come to about 0.9 MB, and a piece.yaml with every long text at the warning length in three
 * languages to about 70 KB. Parsing costs memory: the YAML library needs up to ~75 bytes per
 * byte of one long quoted text, so a file just under 2 MB made of one such text peaks at 277 MB
 * for the whole `check` (118 MB without it; measured, see the README), where the 20 MB file of
 * the outside test took 1.5 GB.
 */
export const MAX_YAML_BYTES = 2 * 1024 * 1024;

/** The limit for a text at `path`; `inLangMap` when its last segment is a language code. */
export function textLimitFor(path: FieldPath, inLangMap: boolean): TextLimit {
  const owner = inLangMap ? path.slice(0, -1) : path;
  const name = owner.findLast((seg): seg is string => typeof seg === 'string');
  return name !== undefined && LONG_FIELDS.has(name) ? LONG_TEXT : SHORT_TEXT;
}

const count = (n: number): string => n.toLocaleString('en');

/** A `long-text` warning or `text-too-long` error for a text over its limit, else null. */
export function textLengthProblem(
  value: string,
  path: FieldPath,
  inLangMap: boolean,
): { kind: ProblemKind; message: string } | null {
  const limit = textLimitFor(path, inLangMap);
  const field = formatField(path);
  if (value.length > limit.max) {
    return {
      kind: 'text-too-long',
      message:
        `${field} is ${count(value.length)} characters long; the limit for this field is ${count(limit.max)}. ` +
        'Shorten it: a text this long is usually a document pasted by mistake.',
    };
  }
  if (value.length > limit.warn) {
    return {
      kind: 'long-text',
      message:
        `${field} is ${count(value.length)} characters long, more than the ${count(limit.warn)} ` +
        `(${limit.reading}) a visitor is likely to read; consider shortening it.`,
    };
  }
  return null;
}

/** File sizes as a curator reads them: `20.0 MB`, `512 KB`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** A value quoted in a message, cut short: a pasted page must not be repeated in every message about it. */
export function quoteShort(value: string, max = 60): string {
  return `"${value.length > max ? `${value.slice(0, max - 3)}...` : value}"`;
}
