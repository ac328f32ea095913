/**
 * Text normalisation that runs in front of the search library, on indexed text and on queries alike.
 *
 * Visitors type Indonesian and Javanese words in whatever spelling they grew up with: the cloths'
 * old labels say "Djokjakarta", "Soerakarta" or "tjap", today's say "Yogyakarta", "Surakarta" and
 * "cap". Instead of guessing which spelling a word is in (impossible for short words), both sides
 * are mapped to one canonical form that is blind to the reform: old and new spellings of a word
 * end up identical, so an exact, prefix or fuzzy match works whichever one was typed.
 */

/**
 * Spelling-reform rules, applied in THIS order to a lowercase, diacritic-free word.
 *
 * 1. `oe -> u`   Soewandi reform (1947): Soerakarta -> Surakarta, Kedoengwoeni -> Kedungwuni.
 * 2. `y -> j`    Before 1972 the letter j wrote today's y (Jogja/Yogya, sajang/sayang) while today's
 *                j was written dj. Which of the two a bare "j" means depends on the spelling era, so
 *                the canonical form merges j and y into one letter. This must run BEFORE rule 3:
 *                then old "Widjaja", new "Wijaya" and the Sanskrit-style "Widya" all reach "wija..."
 *                (old dj could stand for d+y as well as for j). It also turns ny/sy into nj/sj, so
 *                the 1972 rules nj -> ny and sj -> sy need no rule of their own.
 * 3. `dj -> j`   EYD (1972): Djawa -> Jawa, Djlamprang -> Jlamprang.
 * 4. `tj -> c`   EYD (1972): tjap -> cap, Tjirebon -> Cirebon.
 * 5. `ch -> kh`  EYD (1972): Achmad -> Akhmad.
 * 6. `dh -> d`, `th -> t`  Javanese romanisation marks retroflex consonants (Bathik, Ngayogyakarta
 *                Hadiningrat, dhaerah) that Indonesian spelling does not: Bathik finds batik.
 *
 * Known false friends (words that become equal although they differ; accepted because both sides
 * of the merge are still found, just with some extra hits):
 * - j/y merge: raja (king) = raya (great), saja (only) = saya (I), baju (shirt) = bayu (wind).
 * - oe: English and Dutch words with "oe" (shoe, poem, Zoeken) lose it: shoe = shu.
 * - ch: English words (church, Chinese) get "kh"; harmless because queries are folded the same way.
 * - th/dh: English "the", "with" become "te", "wit".
 * - Dutch "ij" (Zuijlen) is NOT folded into y; only the Zuylen spelling meets "zuylen".
 */
const SPELLING_RULES: readonly (readonly [RegExp, string])[] = [
  [/oe/g, 'u'],
  [/y/g, 'j'],
  [/dj/g, 'j'],
  [/tj/g, 'c'],
  [/ch/g, 'kh'],
  [/([dt])h/g, '$1'],
];

/** Combining marks left over after NFKD decomposition: the accents of é, è, ê, ñ... */
const COMBINING_MARKS = /\p{M}+/gu;

const NON_ASCII = /[\u0080-\uffff]/;

/** Anything that is not a letter or a digit separates words (spaces, hyphens, dots, quotes...). */
const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;
/** The same for lowercase ASCII text, which a plain character class splits about a third faster. */
const ASCII_WORD_SEPARATORS = /[^a-z0-9]+/;

/** Lowercase and strip diacritics, keeping everything else (separators included). */
export function foldCase(text: string): string {
  // Most text is plain ASCII; skipping the decomposition then halves the cost of indexing.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Canonical forms already computed; indexing meets the same few thousand words again and again. */
const canonicalCache = new Map<string, string>();
const CANONICAL_CACHE_LIMIT = 100_000;

/**
 * The canonical, spelling-era-blind form of one word that is already case- and accent-folded.
 * Exposed for tests and for callers that hold single words.
 */
export function canonicalWord(word: string): string {
  const known = canonicalCache.get(word);
  if (known !== undefined) return known;
  let out = word;
  for (const [pattern, replacement] of SPELLING_RULES) out = out.replace(pattern, replacement);
  if (canonicalCache.size >= CANONICAL_CACHE_LIMIT) canonicalCache.clear();
  canonicalCache.set(word, out);
  return out;
}

/**
 * Splits free text into canonical words, in reading order. Hyphens and other punctuation split
 * words ("mega-mendung" -> mega, mendung); joining them back is the job of the index-term expander.
 */
export function canonicalWords(text: string): string[] {
  const words: string[] = [];
  const folded = foldCase(text);
  for (const raw of folded.split(NON_ASCII.test(folded) ? WORD_SEPARATORS : ASCII_WORD_SEPARATORS)) {
    if (raw) words.push(canonicalWord(raw));
  }
  return words;
}

/** One canonical string for a phrase, with its word breaks removed: "Mega-Mendung" -> "megamendung". */
export function canonicalJoined(text: string): string {
  return canonicalWords(text).join('');
}

/**
 * A visitor's query as the insights record it: case- and accent-folded words, one space apart, at
 * most 60 characters ("  Mega-Mendung!" -> "mega mendung"). Unlike the canonical form it keeps the
 * visitor's spelling, which is what a curator adding synonyms needs to see.
 */
export function queryText(text: string): string {
  const folded = foldCase(text);
  const words = folded.split(NON_ASCII.test(folded) ? WORD_SEPARATORS : ASCII_WORD_SEPARATORS);
  return words.filter(Boolean).join(' ').slice(0, 60).trim();
}
