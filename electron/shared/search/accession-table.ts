import { canonicalWords } from './normalise';

/**
 * Accession numbers, found however a visitor types them on the kiosk's keyboard, which has letters,
 * digits, a space and a hyphen but no dot or slash: "MBP.2006.0012" is typed "mbp 2006 0012",
 * "mbp-2006-0012", "mbp20060012", "2006 0012", "20060012", "0012" or "12", and any start of those
 * while typing. Other museums' numbers work the same way ("TC 2003/17", "1985.123.4a", "RV-1234-5"):
 * letters and digits count, everything between them is a separator.
 *
 * Each number is cut into its parts (MBP, 2006, 0012) and indexed as every tail of the number
 * written whole (mbp20060012, 20060012, 0012), plus each part alone and without leading zeros
 * (2006, 12). The terms live in one sorted list, so the numbers starting with what was typed are a
 * binary search away and come out in accession order; a short prefix that starts thousands of
 * numbers ("20") costs no more than the `limit` it returns.
 */

/** A typed query that reaches the end of a number ("2006 0012", "0012"): the one right answer. */
const ACCESSION_COMPLETE = 40;
/** A typed start of a number, or one of its parts: below a dated cloth that matches exactly. */
const ACCESSION_PREFIX = 20;

interface Entry {
  term: string;
  id: string;
  /** True when the term runs to the end of the number: typing it whole completes the number. */
  end: boolean;
}

/** The sorted terms of every accession number in the collection. */
export interface AccessionTable {
  terms: string[];
  ids: string[];
  ends: boolean[];
}

/** The terms one accession number is found by (see the file comment). */
export function accessionTerms(accession: string): { term: string; end: boolean }[] {
  const parts = canonicalWords(accession);
  const terms = new Map<string, boolean>();
  const add = (term: string, end: boolean) => {
    if (term) terms.set(term, (terms.get(term) ?? false) || end);
  };
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    // A letters-only part is shared by the whole collection (MBP): only its tail form counts.
    if (/\d/.test(part) || i === 0) add(parts.slice(i).join(''), true);
    if (/\d/.test(part)) {
      add(part, last);
      add(part.replace(/^0+(?=\d)/, ''), last);
    }
  });
  return [...terms].map(([term, end]) => ({ term, end }));
}

/** Builds the table from document id -> accession number. */
export function buildAccessionTable(accessions: Readonly<Record<string, string>>): AccessionTable {
  const entries: Entry[] = [];
  for (const [id, accession] of Object.entries(accessions)) {
    for (const { term, end } of accessionTerms(accession)) entries.push({ term, id, end });
  }
  // Equal terms: the ones that end a number first, then by id, so the order never varies.
  entries.sort((a, b) =>
    a.term < b.term ? -1 : a.term > b.term ? 1 : Number(b.end) - Number(a.end) || (a.id < b.id ? -1 : 1),
  );
  return {
    terms: entries.map((e) => e.term),
    ids: entries.map((e) => e.id),
    ends: entries.map((e) => e.end),
  };
}

function lowerBound(terms: readonly string[], key: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (terms[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The numbers that start with `key` (or equal it, when `prefix` is false), each document once at
 * its best entry, at most `limit` of them, best first: a completed number, then accession order.
 */
function lookup(table: AccessionTable, key: string, prefix: boolean, limit: number): Map<string, number> {
  const found = new Map<string, number>();
  for (let i = lowerBound(table.terms, key); i < table.terms.length && found.size < limit; i++) {
    const term = table.terms[i]!;
    if (prefix ? !term.startsWith(key) : term !== key) break;
    const id = table.ids[i]!;
    if (found.has(id)) continue;
    const complete = term === key && table.ends[i]!;
    // Later entries score a hair lower, so equal tiers keep accession order after sorting by score.
    found.set(id, (complete ? ACCESSION_COMPLETE : ACCESSION_PREFIX) - found.size * 1e-6);
  }
  return found;
}

/**
 * Accession matches for the words of a query that holds a digit: the words written together as
 * the start of a number; failing that, the numeric parts one by one (all must match, the last as a
 * prefix), for a number typed without its leading zeros ("mbp 2006 12" for MBP.2006.0012).
 */
export function accessionScores(table: AccessionTable, words: readonly string[], limit: number) {
  const joined = words.join('');
  const whole = lookup(table, joined, true, limit);
  const numeric = words.filter((word) => /\d/.test(word));
  if (whole.size > 0 || numeric.length < 2) return whole;
  let matches: Map<string, number> | undefined;
  numeric.forEach((word, i) => {
    const last = i === numeric.length - 1;
    const found = lookup(table, word.replace(/^0+(?=\d)/, ''), last && word.length > 1, Infinity);
    matches = matches ? new Map([...matches].filter(([id]) => found.has(id))) : found;
  });
  const out = new Map<string, number>();
  for (const id of [...(matches?.keys() ?? [])].slice(0, limit))
    out.set(id, ACCESSION_PREFIX - out.size * 1e-6);
  return out;
}
