/**
 * Reads the dating cell of an inventory spreadsheet (issue 13) the way curators write it, into what a
 * piece's `production.date` holds: display text in Indonesian and English (Javanese falls back to
 * Indonesian through the collection's `fallback`, so no unreviewed Javanese is made up here) and the
 * earliest and latest years a visitor's date filter uses. The cell as written is always returned
 * too, so an importer can keep it beside what was read.
 */

/** Years either side of an "about" date: "sekitar 1900" is read as 1895-1905. */
export const CIRCA_YEARS = 5;

/** Excel's day 0 in its 1900 date system (the 1900 leap-year bug is why it is 30 December 1899). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** A whole number in this range is a year; a larger one a day number from a date cell saved as a number. */
const YEAR_MIN = 100;
const YEAR_MAX = 2100;
/** Day numbers up to this (the year 2100) are taken as Excel dates. */
const SERIAL_MAX = 73_051;

interface DatingRead {
  display: { id: string; en: string };
  earliest?: number;
  latest?: number;
}

export type DatingCell =
  /** Nothing to read: empty, or written as unknown. */
  | { kind: 'none'; original: string }
  | { kind: 'read'; original: string; dating: DatingRead }
  /** Not understood: the text is kept as display only, and the importer warns. */
  | { kind: 'unread'; original: string; dating: DatingRead };

const UNKNOWN =
  /^(?:-+|\?+|n\/?a|tidak diketahui|tak diketahui|belum diketahui|unknown|undated|tanpa tahun|t\.?\s?t\.?)$/i;
const CIRCA =
  /^(?:circa|approximately|approx\.?|about|around|sekitar|kira-kira|kurang lebih|kl\.?|ca\.?|c\.?|±|\+\/-|~)\s*/i;
const YEAR = /^(\d{3,4})$/;
const DECADE = /^(?:tahun\s+)?(\d{3}0)\s*(?:-?\s*an|'?s)$/i;
const RANGE =
  /^(?:antara\s+|between\s+)?(\d{3,4})\s*(?:-|–|—|s\/d|s\.d\.|sampai(?:\s+dengan)?|hingga|to|until|and|dan)\s*(\d{2,4})$/i;
const BEFORE = /^(?:sebelum|before|pre-?)\s*(\d{3,4})$/i;
const AFTER = /^(?:setelah|sesudah|sejak|after|since|post-?)\s*(\d{3,4})$/i;

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };

/** "20", "ke-20", "XX" or "20th" to 20; undefined when it is none of these. */
function centuryNumber(text: string): number | undefined {
  const digits = /^(?:ke-?\s*)?(\d{1,2})(?:st|nd|rd|th)?$/i.exec(text);
  if (digits) return Number(digits[1]);
  if (!/^[IVXL]+$/i.test(text)) return undefined;
  let total = 0;
  const letters = text.toUpperCase().split('');
  letters.forEach((letter, i) => {
    const value = ROMAN[letter]!;
    const next = ROMAN[letters[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  });
  return total;
}

type Part = 'early' | 'mid' | 'late' | 'whole';
const PART_WORDS: readonly [RegExp, Part][] = [
  [/^(?:awal|early|permulaan)$/i, 'early'],
  [/^(?:pertengahan|tengah|mid|mid-|middle of)$/i, 'mid'],
  [/^(?:akhir|late|penghujung)$/i, 'late'],
];
const PART_TEXT: Readonly<Record<Part, { id: string; en: string }>> = {
  early: { id: 'awal ', en: 'early ' },
  mid: { id: 'pertengahan ', en: 'mid-' },
  late: { id: 'akhir ', en: 'late ' },
  whole: { id: '', en: '' },
};

/** "awal abad ke-20", "abad XIX", "early 20th century", "19th c.": a century or a third of one. */
function readCentury(text: string): DatingRead | undefined {
  const id = /^(?:(\S+)\s+)?abad\s+(.+)$/i.exec(text);
  const en =
    /^(?:(early|mid|mid-|late|middle of)\s*(?:the\s+)?)?(\d{1,2}(?:st|nd|rd|th))\s+(?:century|c\.?)$/i.exec(
      text,
    );
  const [partWord, number] = id ? [id[1], id[2]!] : en ? [en[1], en[2]!] : [undefined, undefined];
  if (number === undefined) return undefined;
  const century = centuryNumber(number.trim());
  if (!century || century > 21) return undefined;
  let part: Part = 'whole';
  if (partWord !== undefined) {
    const found = PART_WORDS.find(([pattern]) => pattern.test(partWord.trim()));
    if (!found) return undefined;
    part = found[1];
  }
  const start = (century - 1) * 100;
  const [earliest, latest] =
    part === 'early'
      ? [start, start + 33]
      : part === 'mid'
        ? [start + 34, start + 66]
        : part === 'late'
          ? [start + 67, start + 99]
          : [start, start + 99];
  return {
    display: {
      id: `${PART_TEXT[part].id}abad ke-${century}`,
      en: `${PART_TEXT[part].en}${ordinal(century)} century`,
    },
    earliest,
    latest,
  };
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

function exactYear(year: number): DatingRead {
  return { display: { id: String(year), en: String(year) }, earliest: year, latest: year };
}

/** The year of an Excel day number (the cell was a date, saved or read as a number). */
function serialYear(serial: number): number {
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).getUTCFullYear();
}

function readNumber(value: number): DatingRead | undefined {
  if (!Number.isFinite(value)) return undefined;
  if (Number.isInteger(value) && value >= YEAR_MIN && value <= YEAR_MAX) return exactYear(value);
  if (value > YEAR_MAX && value <= SERIAL_MAX) return exactYear(serialYear(value));
  return undefined;
}

function readText(text: string): DatingRead | undefined {
  const circa = CIRCA.exec(text);
  if (circa && circa[0].length < text.length) {
    const rest = text.slice(circa[0].length).trim();
    // "sekitar 1980-an", "c. 1910-1930": about a decade or a span widens it the same way.
    const inner = CIRCA.test(rest) ? undefined : readText(rest);
    if (!inner || (inner.earliest === undefined && inner.latest === undefined)) return undefined;
    return {
      display: { id: `sekitar ${inner.display.id}`, en: `about ${inner.display.en}` },
      ...(inner.earliest === undefined ? {} : { earliest: inner.earliest - CIRCA_YEARS }),
      ...(inner.latest === undefined ? {} : { latest: inner.latest + CIRCA_YEARS }),
    };
  }
  const year = YEAR.exec(text);
  if (year) return exactYear(Number(year[1]));
  const decade = DECADE.exec(text);
  if (decade) {
    const d = Number(decade[1]);
    return { display: { id: `${d}-an`, en: `${d}s` }, earliest: d, latest: d + 9 };
  }
  const range = RANGE.exec(text);
  if (range) {
    const from = Number(range[1]);
    // "1942-45": the end shares the start's century.
    const end = range[2]!.length === 2 ? Math.floor(from / 100) * 100 + Number(range[2]) : Number(range[2]);
    if (end < from) return undefined;
    return { display: { id: `${from}–${end}`, en: `${from}–${end}` }, earliest: from, latest: end };
  }
  const before = BEFORE.exec(text);
  if (before) {
    const y = Number(before[1]);
    return { display: { id: `sebelum ${y}`, en: `before ${y}` }, latest: y - 1 };
  }
  const after = AFTER.exec(text);
  if (after) {
    const y = Number(after[1]);
    return { display: { id: `setelah ${y}`, en: `after ${y}` }, earliest: y + 1 };
  }
  return readCentury(text);
}

/**
 * One dating cell as a spreadsheet reader hands it over: text, a number (a year, or a date cell's
 * day number), a Date (a date cell), or nothing.
 */
export function readDatingCell(value: string | number | Date | null | undefined): DatingCell {
  if (value instanceof Date) {
    const original = Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
    return original
      ? { kind: 'read', original, dating: exactYear(value.getUTCFullYear()) }
      : { kind: 'none', original };
  }
  if (typeof value === 'number') {
    const original = String(value);
    const dating = readNumber(value);
    return dating
      ? { kind: 'read', original, dating }
      : { kind: 'unread', original, dating: asWritten(original) };
  }
  const original = (value ?? '').replace(/\s+/g, ' ').trim();
  if (original === '' || UNKNOWN.test(original)) return { kind: 'none', original };
  // Numbers stored as text ("1900 ", "1.900" is not one: a thousands dot would be a guess).
  const dating = readText(original.replace(/\.$/, ''));
  return dating
    ? { kind: 'read', original, dating }
    : { kind: 'unread', original, dating: asWritten(original) };
}

function asWritten(text: string): DatingRead {
  return { display: { id: text, en: text } };
}
