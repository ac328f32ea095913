import { useMemo } from 'react';
import { useMotifMap } from '../../db/hooks';
import { usePiecesByIds } from '../../db/piece-lookups';
import { useContentText } from '../../i18n/content-text';
import type { InsightsView } from '../../insights/insights-view';

/** Piece titles and motif names by id, in the page's language. */
export interface InsightTitles {
  pieces: ReadonlyMap<string, string>;
  motifs: ReadonlyMap<string, string>;
}

const NO_IDS: readonly string[] = [];

/**
 * The names of the pieces and motifs the view ranks, from the live collection. An id the
 * collection no longer has (or a record without a title) is left out: the screen shows the id.
 */
export function useInsightTitles(view: InsightsView | null): InsightTitles {
  const text = useContentText();
  const pieceIds = useMemo(() => view?.pieces.map((p) => p.id) ?? NO_IDS, [view]);
  const pieces = usePiecesByIds(pieceIds);
  const motifs = useMotifMap();
  return useMemo(() => {
    const named = (entries: Array<[string, string]>) => new Map(entries.filter(([, name]) => name !== ''));
    return {
      pieces: named((pieces ?? []).map((p) => [p.id, text(p.title)])),
      motifs: named(
        (view?.motifs ?? []).flatMap((m): Array<[string, string]> => {
          const record = motifs?.get(m.id);
          return record ? [[m.id, text(record.name)]] : [];
        }),
      ),
    };
  }, [pieces, motifs, view, text]);
}
