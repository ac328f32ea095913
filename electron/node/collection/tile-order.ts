import { attractPieceCount, MAX_ATTRACT_SLIDES, sample } from '../../shared/attract-choice';
import type { MediaRecord } from '../../shared/collection-records';
import type { CompiledRecords } from './compile';
import type { ImageJob } from './image-adapter';

/** An image whose deep-zoom tiles are still to be made, and the batch it is published with. */
export interface PendingTiles {
  job: ImageJob;
  /** `first` (home and attract imagery), `group:<key>` in the curator's order, then `motifs`. */
  batch: string;
}

type WithMedia = { id: string; media: readonly MediaRecord[] };

/** The image a card or a slide shows first, then the rest in the folder's order. */
function mainViewFirst(media: readonly MediaRecord[]): MediaRecord[] {
  const main = media.find((m) => m.view === 'full') ?? media[0];
  return main ? [main, ...media.filter((m) => m !== main)] : [];
}

/**
 * Orders the images still waiting for tiles by how soon a visitor is likely to zoom into them: the
 * pieces whose pictures stand for the groups on the home screen and those the attract loop shows
 * (chosen as the renderer chooses them), then every piece group by group in the curator's order,
 * then the motifs. Within a record its main view comes first. Records are in compiled (id) order,
 * the order the kiosk reads them in.
 */
export function orderPendingTiles(
  records: CompiledRecords,
  pending: ReadonlyMap<string, ImageJob>,
): PendingTiles[] {
  const ordered: PendingTiles[] = [];
  const taken = new Set<string>();
  const take = (record: WithMedia, batch: string) => {
    for (const media of mainViewFirst(record.media)) {
      const job = pending.get(media.id);
      if (!job || taken.has(media.id)) continue;
      taken.add(media.id);
      ordered.push({ job, batch });
    }
  };

  const groupOrder = records.terms
    .filter((term) => term.vocab === 'group')
    .sort((a, b) => a.order - b.order || a.key.localeCompare(b.key))
    .map((term) => term.key);
  const withImage = <T extends WithMedia>(list: readonly T[]) => list.filter((r) => r.media.length > 0);
  const pieces = withImage(records.pieces);
  const firstOfGroup = new Map<string, WithMedia>();
  for (const piece of pieces) if (!firstOfGroup.has(piece.group)) firstOfGroup.set(piece.group, piece);
  for (const piece of firstOfGroup.values()) take(piece, 'first');
  const attractPieces = sample(pieces, attractPieceCount());
  const attractMotifs = sample(withImage(records.motifs), MAX_ATTRACT_SLIDES - attractPieces.length);
  for (const record of [...attractPieces, ...attractMotifs]) take(record, 'first');

  const rank = (group: string) => {
    const at = groupOrder.indexOf(group);
    return at < 0 ? groupOrder.length : at;
  };
  const byGroup = [...pieces].sort((a, b) => rank(a.group) - rank(b.group) || a.group.localeCompare(b.group));
  for (const piece of byGroup) take(piece, `group:${piece.group}`);
  for (const motif of records.motifs) take(motif, 'motifs');
  return ordered;
}

/**
 * Most images made between two publishes. Each publish is one more build from the cache (seconds
 * for a museum's collection), so a group of 500 pieces is published in a few steps rather than
 * after half an hour of tiles.
 */
const MAX_TILE_BATCH = 200;

/**
 * The next batch to make and publish: the leading run of entries sharing the first one's batch,
 * at most `max` of them.
 */
export function nextTileBatch(ordered: readonly PendingTiles[], max = MAX_TILE_BATCH): PendingTiles[] {
  const first = ordered[0];
  if (!first) return [];
  const end = ordered.findIndex((entry) => entry.batch !== first.batch);
  return ordered.slice(0, Math.min(end < 0 ? ordered.length : end, max));
}
