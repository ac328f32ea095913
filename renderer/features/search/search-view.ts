import { canonicalWords, type SearchHit } from '../../../electron/shared/search';

/** Hits split into the screen's two result groups, each best first. */
export interface SplitHits {
  motifIds: string[];
  pieceIds: string[];
}

export function splitHits(hits: readonly SearchHit[]): SplitHits {
  const motifIds: string[] = [];
  const pieceIds: string[] = [];
  for (const hit of hits) (hit.kind === 'motif' ? motifIds : pieceIds).push(hit.id);
  return { motifIds, pieceIds };
}

/**
 * True when every typed word begins a word of one of `texts`, compared in the search's canonical
 * spelling (so "djlamprang" begins "Jlamprang"). Lets a result say whether its visible name is why
 * it was found, or something else (a description, a label, a near spelling).
 */
export function namesMatch(query: string, texts: readonly string[]): boolean {
  const typed = canonicalWords(query);
  if (typed.length === 0) return false;
  const words = texts.flatMap((text) => canonicalWords(text));
  const joined = words.join('');
  return typed.every((word) => words.some((w) => w.startsWith(word)) || joined.includes(word));
}

/** The `count` motifs carried by the most pieces (ties by id), offered when nothing matches. */
export function popularMotifIds(counts: ReadonlyMap<string, number>, count: number): string[] {
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, count)
    .map(([id]) => id);
}

/** What the result area shows for the current text. */
export type SearchPhase = 'empty' | 'short' | 'results' | 'none';

/** Letters and digits typed, as the index counts them (it ignores anything shorter than two). */
export function searchPhase(query: string, hitCount: number, minLength: number): SearchPhase {
  const length = canonicalWords(query).join('').length;
  if (length === 0) return 'empty';
  if (length < minLength) return 'short';
  return hitCount > 0 ? 'results' : 'none';
}
