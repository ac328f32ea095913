import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PieceRecord } from '../../../electron/shared/collection-records';
import { navigate } from '../../navigation/router';
import { updateVisit, useVisit } from '../../navigation/visit-state';
import { usePiece } from '../../db/hooks';
import { appDb } from '../../db/kiosk-db';
import { prefetchPiece } from '../../db/piece-prefetch';
import { useContentText } from '../../i18n/content-text';
import { TouchButton, ZoomViewer } from '../../kit';
import { pieceCardData } from '../../ui/cards/card-data';
import { collectionUrl, mainMedia, thumbUrl } from '../../ui/media-urls';
import { addToCompare, removeFromCompare } from '../../navigation/compare-tray';
import { PieceScreen } from './PieceScreen';
import { useAccessionOrder, usePiecesByIds } from '../../db/piece-lookups';
import { useSameMotifPieceIds } from '../../db/motif-lookups';
import { pieceNeighbours } from './piece-neighbours';
import { pieceRecordView } from '../../records/piece-record-view';
import { takeAwayUrl, usePublicBaseUrl } from './public-base-url';
import { useRecordContext } from '../../records/use-record-context';
import { useZoomLabels } from '../../ui/zoom-labels';
import { usePainted } from './use-painted';
import { useZoomDepth } from './use-zoom-depth';
import { insightsRecorder } from '../../insights/recorder';
import { useErrorShown } from '../../insights/use-error-shown';
import { RegionCallouts } from '../../ui/regions/RegionCallouts';
import { useRegionCallouts } from '../../ui/regions/use-region-callouts';

/** Thumbnails of at least this long side fill the view buttons. */
const THUMB_PX = 256;
/** Related cloths shown under a piece: the curator's list, then same-motif cloths to fill it. */
const RELATED_MAX = 8;

/** The piece screen for `#/piece/<id>`: a friendly message when the collection has no such piece. */
export function PieceContainer({ id }: { id: string }) {
  const { t } = useTranslation();
  const piece = usePiece(id);
  useErrorShown(piece === null ? 'piece-not-found' : null);
  if (piece === undefined) return null;
  if (piece === null) {
    return (
      <div className="screen-message piece-missing">
        <h1>{t('piece.notFound')}</h1>
        <TouchButton variant="primary" onClick={() => navigate({ name: 'home' })}>
          {t('piece.home')}
        </TouchButton>
      </div>
    );
  }
  // Keyed by piece: the chosen view starts at the whole cloth for every piece.
  return <PieceWithRecord key={piece.id} piece={piece} />;
}

function PieceWithRecord({ piece }: { piece: PieceRecord }) {
  const text = useContentText();
  const context = useRecordContext();
  const resultIds = useVisit((s) => s.resultIds);
  // Read only when needed: the record is painted first, the list position follows.
  const collectionIds = useAccessionOrder(!resultIds.includes(piece.id));
  const tray = useVisit((s) => s.compare);
  const trayPieces = usePiecesByIds(tray);
  // The curator's related pieces first, then other cloths with the same motifs, up to RELATED_MAX.
  const sameMotif = useSameMotifPieceIds(piece.id, piece.motifIds, RELATED_MAX);
  const relatedIds = useMemo(
    () =>
      [...new Set([...piece.related, ...(sameMotif ?? [])])]
        .filter((id) => id !== piece.id)
        // The curator's own list is never cut; same-motif cloths only fill it up.
        .slice(0, Math.max(RELATED_MAX, piece.related.length)),
    [piece.related, piece.id, sameMotif],
  );
  const related = usePiecesByIds(relatedIds);
  const zoomLabels = useZoomLabels();
  const base = usePublicBaseUrl();
  const main = mainMedia(piece.media);
  const [selected, setSelected] = useState(main?.id ?? '');
  const painted = usePainted();

  const record = useMemo(() => context && pieceRecordView(piece, context), [piece, context]);
  const zoom = useZoomDepth(piece.id, selected);
  const takeAway = takeAwayUrl(base, piece.id);
  useEffect(() => {
    if (takeAway) insightsRecorder().record({ kind: 'qr', target: piece.id });
  }, [takeAway, piece.id]);
  const media = piece.media.find((m) => m.id === selected) ?? main;
  const regions = useRegionCallouts(media);

  const near = pieceNeighbours(resultIds, collectionIds ?? [], piece.id);
  // The swipe's next screens, read ahead (piece-prefetch.ts).
  useEffect(() => {
    for (const id of [near.next, near.previous]) if (id) prefetchPiece(appDb(), id);
  }, [near.next, near.previous]);

  if (!record) return null;

  const go = (id: string | undefined) =>
    id ? () => navigate({ name: 'piece', id }, { replace: true }) : undefined;
  const inCompare = tray.includes(piece.id);
  // The piece this one would be compared with: the newest one in the tray.
  const partner = trayPieces?.find((p) => p.id === tray.at(-1) && p.id !== piece.id);

  const onCompare = () => {
    if (inCompare) return updateVisit({ compare: removeFromCompare(tray, piece.id) });
    const step = addToCompare(tray, piece.id);
    updateVisit({ compare: step.tray });
    if (step.open) navigate({ name: 'compare', a: step.open[0], b: step.open[1] });
  };

  return (
    <PieceScreen
      record={record}
      viewer={
        media &&
        // Its frame stays empty for the screen's first frame (see use-painted.ts).
        (painted ? (
          <ZoomViewer
            dzi={media.tiles ? collectionUrl(media.tiles) : undefined}
            image={collectionUrl(media.display)}
            alt={text(media.alt) || record.title}
            labels={zoomLabels}
            onSwipe={(direction) => go(direction === 'left' ? near.next : near.previous)?.()}
            onZoom={zoom.onZoom}
            onFailed={() => insightsRecorder().record({ kind: 'error', what: 'zoom-failed' })}
            marks={regions.marks}
            selectedMark={regions.selected}
            onSelectMark={regions.select}
          />
        ) : (
          <div className="piece-media__pending" />
        ))
      }
      callouts={
        <RegionCallouts
          className="piece-callouts"
          callouts={regions.callouts}
          selected={regions.selected}
          onSelect={regions.select}
        />
      }
      illustrative={media?.illustrative ?? false}
      views={piece.media.map((m) => ({ id: m.id, view: m.view, thumb: thumbUrl(m, THUMB_PX) }))}
      selectedView={media?.id ?? ''}
      onSelectView={(id) => {
        const view = piece.media.find((m) => m.id === id)?.view;
        if (id !== selected && view) insightsRecorder().record({ kind: 'view', view });
        setSelected(id);
      }}
      position={near.position > 0 ? { index: near.position, total: near.total } : undefined}
      onPrevious={go(near.previous)}
      onNext={go(near.next)}
      related={context ? (related ?? []).map((p) => pieceCardData(p, context)) : []}
      onOpenPiece={(id) => navigate({ name: 'piece', id })}
      onMotif={(id) => navigate({ name: 'motif', id })}
      takeAwayUrl={takeAway}
      inCompare={inCompare}
      comparePartner={partner && (text(partner.title) || partner.accession)}
      onCompare={onCompare}
    />
  );
}
