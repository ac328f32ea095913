import type { PieceRecord } from '../../electron/shared/collection-records';
import { EMPTY_IDS } from './facet-index';

/** The part of a piece the sorters read (a `PieceRecord` fits). */
export type SortablePiece = Pick<PieceRecord, 'id' | 'accession' | 'title'> & {
  production: { date: Pick<PieceRecord['production']['date'], 'earliest' | 'latest'> };
};

/** Sort orders offered on the collection screens. */
export type SortKey =
  { by: 'title'; language: string; fallback: readonly string[] } | { by: 'year' } | { by: 'accession' };

/** Position of each id in one order; ranks from `tail` on (e.g. undated pieces) always sort last. */
interface RankTable {
  rank: Map<string, number>;
  tail: number;
}

export interface PieceSorter {
  /**
   * A new array of `ids` in the given order; undated (for year) and unknown ids go last in either
   * direction; the empty list stays `EMPTY_IDS`.
   */
  sort(ids: readonly string[], key: SortKey, direction?: 'asc' | 'desc'): readonly string[];
}

/**
 * Sorting helpers over the in-memory collection. Each order is computed once per key as a rank
 * table, so re-sorting a filtered list on every tap compares two integers per step, not two strings.
 */
export function createPieceSorter(pieces: readonly SortablePiece[]): PieceSorter {
  const ranks = new Map<string, RankTable>();
  const byAccession = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

  function rankTable(key: SortKey): RankTable {
    const cacheKey = key.by === 'title' ? `title:${key.language}:${key.fallback.join(',')}` : key.by;
    const cached = ranks.get(cacheKey);
    if (cached) return cached;
    const ordered = [...pieces];
    let tail = pieces.length;
    if (key.by === 'title') {
      const collator = new Intl.Collator(key.language, { numeric: true, sensitivity: 'base' });
      const title = (piece: SortablePiece): string =>
        [key.language, ...key.fallback].map((lang) => piece.title[lang]).find(Boolean) ??
        Object.values(piece.title)[0] ??
        '';
      const titles = new Map(pieces.map((piece) => [piece.id, title(piece)]));
      ordered.sort(
        (a, b) =>
          collator.compare(titles.get(a.id) ?? '', titles.get(b.id) ?? '') ||
          byAccession.compare(a.accession, b.accession),
      );
    } else if (key.by === 'year') {
      // Undated pieces go after dated ones; equal years fall back to accession order.
      const year = (piece: SortablePiece): number =>
        piece.production.date.earliest ?? piece.production.date.latest ?? Number.POSITIVE_INFINITY;
      ordered.sort((a, b) => year(a) - year(b) || byAccession.compare(a.accession, b.accession));
      tail = ordered.findIndex((piece) => year(piece) === Number.POSITIVE_INFINITY);
      if (tail < 0) tail = pieces.length;
    } else {
      ordered.sort((a, b) => byAccession.compare(a.accession, b.accession));
    }
    const table: RankTable = { rank: new Map(ordered.map((piece, rank) => [piece.id, rank])), tail };
    ranks.set(cacheKey, table);
    return table;
  }

  return {
    sort(ids, key, direction = 'asc') {
      if (ids.length === 0) return EMPTY_IDS;
      const { rank, tail } = rankTable(key);
      const sign = direction === 'asc' ? 1 : -1;
      const unknown = Number.MAX_SAFE_INTEGER;
      return [...ids].sort((a, b) => {
        const ra = rank.get(a) ?? unknown;
        const rb = rank.get(b) ?? unknown;
        // Undated and unknown pieces stay at the end, in ascending order, whichever the direction.
        if (ra >= tail || rb >= tail) return ra - rb;
        return sign * (ra - rb);
      });
    },
  };
}
