import { useEffect, useMemo } from 'react';
import type { PieceRecord } from '../../../electron/shared/collection-records';
import { goBack, navigate } from '../../navigation/router';
import { getVisit, updateVisit } from '../../navigation/visit-state';
import { useContentText } from '../../i18n/content-text';
import { ZoomViewer } from '../../kit';
import { collectionUrl, mainMedia } from '../../ui/media-urls';
import { removeFromCompare } from '../../navigation/compare-tray';
import { usePiecesByIds } from '../../db/piece-lookups';
import { pieceRecordView } from '../../records/piece-record-view';
import { useRecordContext } from '../../records/use-record-context';
import { useZoomLabels } from '../../ui/zoom-labels';
import { compareRows } from './compare-rows';
import { CompareScreen, type CompareSide } from './CompareScreen';

/** `#/compare/<a>/<b>`: the two pieces of the compare tray side by side. */
export function CompareContainer({ a, b }: { a: string; b: string }) {
  const text = useContentText();
  const context = useRecordContext();
  const pieces = usePiecesByIds([a, b]);
  const zoomLabels = useZoomLabels();

  // A compare link opened directly (or after a swap) is what the tray holds from now on.
  useEffect(() => {
    updateVisit({ compare: [a, b] });
  }, [a, b]);

  const [pieceA, pieceB] = useMemo(
    () => [a, b].map((id) => pieces?.find((p) => p.id === id)),
    [pieces, a, b],
  );
  const records = useMemo(
    () => (context ? [pieceA, pieceB].map((p) => p && pieceRecordView(p, context)) : undefined),
    [context, pieceA, pieceB],
  );
  if (!pieces || !context || !records) return null;

  const side = (id: string, piece: PieceRecord | undefined, title: string | undefined): CompareSide => {
    const media = piece && mainMedia(piece.media);
    return {
      id,
      title,
      viewer: media && (
        <ZoomViewer
          dzi={media.tiles ? collectionUrl(media.tiles) : undefined}
          image={collectionUrl(media.display)}
          alt={text(media.alt) || title || id}
          labels={zoomLabels}
        />
      ),
    };
  };

  const onRemove = (id: string) => {
    const rest = removeFromCompare(getVisit().compare, id);
    updateVisit({ compare: rest });
    // The remaining piece's page says it waits for a partner; the visitor picks one from there.
    const other = rest[0] ?? (id === a ? b : a);
    navigate({ name: 'piece', id: other }, { replace: true });
  };

  return (
    <CompareScreen
      sides={[side(a, pieceA, records[0]?.title), side(b, pieceB, records[1]?.title)]}
      rows={compareRows(records[0], records[1], context.t)}
      onSwap={() => {
        updateVisit({ compare: [b, a] });
        navigate({ name: 'compare', a: b, b: a }, { replace: true });
      }}
      onClear={() => {
        updateVisit({ compare: [] });
        goBack();
      }}
      onRemove={onRemove}
      onOpen={(id) => navigate({ name: 'piece', id })}
    />
  );
}
