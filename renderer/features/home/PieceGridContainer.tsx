import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MotifRecord, PieceRecord } from '../../../electron/shared/collection-records';
import { navigate } from '../../app/router';
import { useMotifMap, usePieces } from '../../db/hooks';
import { useContentText } from '../../i18n/content-text';
import { mainMedia, thumbUrl } from '../../ui/media-urls';
import { PieceGrid, type PieceCard } from './PieceGrid';

/** Thumbnails of about this long side fill a grid card on a 1080p screen. */
const CARD_THUMB_PX = 400;

/** Where the grid was scrolled to, kept across visits to a piece's detail page. */
let savedOffset = 0;

export function PieceGridContainer() {
  const { t } = useTranslation();
  const text = useContentText();
  const pieces = usePieces();
  const motifs = useMotifMap();
  const cards = useMemo(
    () => (pieces && motifs ? pieces.map((piece) => toCard(piece, motifs, text)) : undefined),
    [pieces, motifs, text],
  );
  if (!cards) return null;
  return (
    <PieceGrid
      label={t('app.collectionLabel')}
      summary={t('grid.count', { total: cards.length })}
      emptyText={t('grid.empty')}
      cards={cards}
      onOpen={(id) => navigate({ name: 'piece', id })}
      initialOffset={savedOffset}
      onScrollOffset={(offset) => (savedOffset = offset)}
    />
  );
}

function toCard(
  piece: PieceRecord,
  motifs: ReadonlyMap<string, MotifRecord>,
  text: ReturnType<typeof useContentText>,
): PieceCard {
  return {
    id: piece.id,
    title: text(piece.title),
    motifs: piece.motifIds.map((id) => text(motifs.get(id)?.name) || id).join(', '),
    year: text(piece.production.date.display) || String(piece.production.date.earliest ?? ''),
    thumb: thumbUrl(mainMedia(piece.media), CARD_THUMB_PX),
  };
}
