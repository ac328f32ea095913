/**
 * The names part's term list, cut into groups by the terms' first characters, as text. MiniSearch
 * serialises its terms walking its radix tree depth first, so the terms sharing a prefix always
 * come out next to each other: a group is one contiguous run of the list, and the groups joined in
 * order are the list again, character for character. An update then needs only the groups its
 * changed documents' terms fall in (a title change: a few of ~300), not the whole 1.9 MB list.
 */

/** How many leading characters of a term name its group. */
const KEY_CHARS = 3;
/** Neighbouring groups are kept together up to about this many characters: one stored part each. */
const GROUP_CHARS = 16_384;

/** The group a term belongs to. */
export function nameGroupKey(term: string): string {
  return term.slice(0, KEY_CHARS);
}

/** What opens the term list inside the head line (the names part is its only `index`). */
const LIST_OPEN = '"index":[';

/** One run of the term list: the keys of the terms in it and their entries' JSON, comma-joined. */
export interface NameGroup {
  keys: string[];
  text: string;
}

/**
 * A head line (see persisted-index.ts) as the text before the term list, the list's groups and the
 * text after it; the three joined back with commas between the groups are the line. Undefined when
 * the line does not read as expected (the caller then stores it whole).
 */
export function cutNameGroups(
  line: string,
  maxChars = GROUP_CHARS,
): { before: string; groups: NameGroup[]; after: string } | undefined {
  const names = line.indexOf('"names":{');
  const open = names < 0 ? -1 : line.indexOf(LIST_OPEN, names);
  if (open < 0) return undefined;
  const start = open + LIST_OPEN.length;
  const entries = termEntries(line, start);
  if (!entries) return undefined;
  const groups: NameGroup[] = [];
  const seen = new Set<string>();
  let from = start;
  for (let i = 0; i < entries.terms.length; i++) {
    const key = nameGroupKey(entries.terms[i]!);
    const last = groups.at(-1);
    const sameKey = last?.keys.at(-1) === key;
    // A key met again after another one: not a depth-first list; such a line is stored whole.
    if (!sameKey && seen.has(key)) return undefined;
    seen.add(key);
    const text = line.slice(from, entries.ends[i]);
    from = entries.ends[i]! + 1;
    if (last && (sameKey || last.text.length + text.length < maxChars)) {
      if (!sameKey) last.keys.push(key);
      last.text += `,${text}`;
    } else groups.push({ keys: [key], text });
  }
  return { before: line.slice(0, start), groups, after: line.slice(entries.close) };
}

/**
 * The terms of the list starting at `start` and where each entry (`["term",{...}]`) ends; `close`
 * is the list's closing bracket. Entries hold a JSON string and then objects of numbers only, so
 * counting brackets outside the one string finds their ends.
 */
function termEntries(line: string, start: number) {
  const terms: string[] = [];
  const ends: number[] = [];
  let i = start;
  while (line[i] !== ']') {
    if (line[i] !== '[' || line[i + 1] !== '"') return undefined;
    let j = i + 2;
    while (j < line.length && line[j] !== '"') j += line[j] === '\\' ? 2 : 1;
    terms.push(JSON.parse(line.slice(i + 1, j + 1)) as string);
    let depth = 1;
    for (j++; depth > 0; j++) {
      if (j >= line.length) return undefined;
      const c = line[j];
      if (c === '[' || c === '{') depth++;
      else if (c === ']' || c === '}') depth--;
    }
    ends.push(j);
    if (line[j] === ',') i = j + 1;
    else if (line[j] === ']') i = j;
    else return undefined;
  }
  return { terms, ends, close: i };
}
