import type { TermRecord } from '../../../electron/shared/collection-records';
import type { PieceSummary } from '../../records/piece-summary';

/** One of the museum's groups as the home screen shows it. */
export interface HomeGroup {
  /** The term key, e.g. `pesisiran`: the value of the browse screen's `group` filter. */
  key: string;
  term: TermRecord | undefined;
  count: number;
  /** A piece of the group whose picture stands for it on the tile. */
  sample: PieceSummary | undefined;
}

/** The museum's five groups, in the order used when the vocabulary gives none. */
const MUSEUM_GROUPS = ['mancanegara', 'nusantara', 'pedalaman', 'pesisiran', 'kontemporer'] as const;

/**
 * The home screen's group tiles: every term of the `group` vocabulary in the curator's order, plus
 * any group a piece names without a term (so no piece is unreachable), with the number of pieces in
 * each. One pass over the pieces; the sample picture is the group's first piece with an image.
 */
export function homeGroups(
  terms: ReadonlyMap<string, TermRecord>,
  pieces: readonly PieceSummary[],
): HomeGroup[] {
  const groups = new Map<string, HomeGroup>();
  const vocabulary = [...terms.values()]
    .filter((term) => term.vocab === 'group')
    .sort((a, b) => a.order - b.order || a.key.localeCompare(b.key));
  for (const term of vocabulary) groups.set(term.key, { key: term.key, term, count: 0, sample: undefined });
  if (groups.size === 0) {
    for (const key of MUSEUM_GROUPS) groups.set(key, { key, term: undefined, count: 0, sample: undefined });
  }
  for (const piece of pieces) {
    let group = groups.get(piece.group);
    if (!group) {
      group = { key: piece.group, term: terms.get(`group:${piece.group}`), count: 0, sample: undefined };
      groups.set(piece.group, group);
    }
    group.count++;
    if (!group.sample && piece.media.length > 0) group.sample = piece;
  }
  return [...groups.values()];
}
