import type { MotifRecord, PieceRecord, TermRecord } from '../../../electron/shared/collection-records';
import { mainMedia, thumbUrl } from '../../ui/media-urls';
import type { TextOf } from './motif-view';
import type { MotifTileData } from './MotifTile';
import type { PieceCardData } from './PieceCard';

/** Thumbnails of about this long side fill a tile on a 1080p screen. */
const TILE_THUMB_PX = 400;

/** A motif tile from its record; `pieces` is the already formatted piece count, if shown. */
export function motifTile(
  motif: MotifRecord,
  terms: ReadonlyMap<string, TermRecord>,
  text: TextOf,
  pieces?: string,
): MotifTileData {
  return {
    id: motif.id,
    name: text(motif.name) || motif.id,
    family: text(terms.get(`family:${motif.family}`)?.label) || motif.family,
    thumb: thumbUrl(mainMedia(motif.media), TILE_THUMB_PX),
    restricted: motif.larangan.restricted,
    pieces,
  };
}

/** A piece card from its record: title, then its motifs and date on one line. */
export function pieceCard(
  piece: PieceRecord,
  motifs: ReadonlyMap<string, MotifRecord>,
  text: TextOf,
  note?: string,
): PieceCardData {
  const names = piece.motifIds.map((id) => text(motifs.get(id)?.name) || id).join(', ');
  const date = text(piece.production.date.display) || String(piece.production.date.earliest ?? '');
  return {
    id: piece.id,
    title: text(piece.title) || piece.accession,
    detail: [names, date].filter(Boolean).join(' · '),
    thumb: thumbUrl(mainMedia(piece.media), TILE_THUMB_PX),
    note,
  };
}
