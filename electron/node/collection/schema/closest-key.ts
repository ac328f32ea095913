/**
 * Lowercase without hyphens, underscores or spaces: `Mega_Mendung`, `mega mendung` and
 * `megamendung` all read as the same id, and a missing hyphen costs nothing.
 */
function normalise(s: string): string {
  return s.toLowerCase().replace(/[-_\s]/g, '');
}

/**
 * Edits needed to turn `a` into `b`, where swapping two neighbouring letters counts as one edit
 * (optimal string alignment): `kawnug` is one edit from `kawung`, as a curator sees it.
 */
export function typoDistance(a: string, b: string): number {
  // Three rolling rows: the one two back is what a swap of neighbours is measured against.
  let twoBack = new Int32Array(b.length + 1);
  let prev = new Int32Array(b.length + 1).map((_, j) => j);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, twoBack[j - 2]! + 1);
      row[j] = d;
    }
    [twoBack, prev, row] = [prev, row, twoBack];
  }
  return prev[b.length]!;
}

/** Edits a typo of this length may have and still be a fair guess: one for short words, a third for long. */
function allowedEdits(length: number): number {
  return length <= 4 ? 1 : Math.max(2, Math.floor(length / 3));
}

/** Longer than any id or field name: a suggestion for pasted text would only be noise (and slow). */
const MAX_GUESS_LENGTH = 100;

/**
 * The known key or id a typo most likely meant, if one is close enough to be a fair guess:
 * `Jlamprang` -> `jlamprang`, `jelamprang` -> `jlamprang`, `mega-mendung` -> `megamendung`,
 * `kawnug` -> `kawung`, `parang` -> `parang-rusak` (the only known id that starts with it).
 */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const typed = normalise(key);
  if (typed === '' || key.length > MAX_GUESS_LENGTH) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const k of known) {
    const candidate = normalise(k);
    // Cheap bound first: a length difference alone costs that many edits.
    if (Math.abs(candidate.length - typed.length) > allowedEdits(typed.length)) continue;
    // Ties once normalised go to the spelling nearest as written (`Kawung` picks `kawung` over
    // `ka-wung`); the raw distance, under 1,000 for keys this short, never outweighs an edit.
    const score = typoDistance(typed, candidate) + typoDistance(key, k) / 1000;
    if (score < bestScore) {
      best = k;
      bestScore = score;
    }
  }
  if (best !== undefined && Math.floor(bestScore) <= allowedEdits(typed.length)) return best;
  // An id given only by its first word, when exactly one known id starts with it.
  if (typed.length < 4) return undefined;
  const starting = known.filter((k) => normalise(k).startsWith(typed));
  return starting.length === 1 ? starting[0] : undefined;
}
