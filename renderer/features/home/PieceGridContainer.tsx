import { useTranslation } from 'react-i18next';
import type { MotifRecord, PieceRecord } from '../../../electron/shared/collection-records';
import { navigate } from '../../app/router';
import { useMotifMap, usePieces } from '../../db/hooks';
import { useContentText } from '../../i18n/content-text';
import { mainMedia, thumbUrl } from '../../ui/media-urls';
import { PieceGrid, type PieceCard } from './PieceGrid';

/** Thumbnails of about this long side fill a grid card on a 1080p screen. */
const CARD_THUMB_PX = 400;

export function PieceGridContainer() {
  const { t } = useTranslation();
  const text = useContentText();
  const pieces = usePieces();
  const motifs = useMotifMap();
  if (!pieces || !motifs) return null;
  return (
    <PieceGrid
      label={t('app.collectionLabel')}
      emptyText={t('grid.empty')}
      cards={pieces.map((piece) => toCard(piece, motifs, text))}
      onOpen={(id) => navigate({ name: 'piece', id })}
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
