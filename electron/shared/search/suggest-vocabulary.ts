import { canonicalWord, foldCase } from './normalise';

/**
 * The words a "did you mean" may propose: names from titles, motifs, makers and places, each kept
 * with the spelling a visitor would recognise (the canonical form "jogjakarta" is not something to
 * show on screen). Entries are `[canonical, display, occurrences]`, most frequent first.
 */
export type SuggestVocabulary = [canonical: string, display: string, count: number][];

const SURFACE_WORD = /[\p{L}\p{N}]+/gu;

/** Collects the vocabulary from the short, name-like fields of the documents. */
export function buildVocabulary(phrases: Iterable<string>): SuggestVocabulary {
  const counter = new VocabularyCounter();
  counter.add(phrases);
  return counter.vocabulary();
}

/**
 * `buildVocabulary` fed phrase by phrase, e.g. chunk by chunk during a sync, so only the sort is
 * left for the end; the same phrases in the same order give the same vocabulary.
 */
export class VocabularyCounter {
  private readonly entries = new Map<string, [string, string, number]>();

  add(phrases: Iterable<string>): void {
    for (const phrase of phrases) {
      for (const surface of phrase.match(SURFACE_WORD) ?? []) {
        if (surface.length < 3 || /\d/.test(surface)) continue;
        const canonical = canonicalWord(foldCase(surface));
        const entry = this.entries.get(canonical);
        if (entry) entry[2]++;
        else this.entries.set(canonical, [canonical, surface.toLowerCase(), 1]);
      }
    }
  }

  vocabulary(): SuggestVocabulary {
    return [...this.entries.values()].sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
  }
}

/**
 * `vocabulary` with the entries of `more` added: counts add up, a known word keeps its displayed
 * spelling. Used by updates that see only the changed documents.
 */
export function addToVocabulary(vocabulary: SuggestVocabulary, more: SuggestVocabulary): SuggestVocabulary {
  const entries = new Map<string, [string, string, number]>(
    vocabulary.map(([canonical, display, count]) => [canonical, [canonical, display, count]]),
  );
  for (const [canonical, display, count] of more) {
    const entry = entries.get(canonical);
    if (entry) entry[2] += count;
    else entries.set(canonical, [canonical, display, count]);
  }
  return [...entries.values()].sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
}

/**
 * Up to `limit` vocabulary words nearest to the canonical `word`, best first: smallest edit
 * distance, then most frequent. Looser than the search's own fuzziness on purpose: a suggestion is
 * only offered after the search found nothing.
 */
export function nearestWords(vocabulary: SuggestVocabulary, word: string, limit: number): string[] {
  const maxDistance = Math.max(1, Math.ceil(word.length / 3));
  const found: { display: string; distance: number; rank: number }[] = [];
  vocabulary.forEach(([canonical, display], rank) => {
    if (Math.abs(canonical.length - word.length) > maxDistance) return;
    const distance = editDistance(word, canonical, maxDistance);
    if (distance <= maxDistance) found.push({ display, distance, rank });
  });
  found.sort((a, b) => a.distance - b.distance || a.rank - b.rank);
  return found.slice(0, limit).map((f) => f.display);
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment),
 * giving up (returning `max + 1`) once it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, beforePrevious[j - 2] + 1);
      }
      current[j] = best;
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}
