import type { CollectionManifest } from '../../electron/shared/collection-records';
import type { KioskDb } from '../db/kiosk-db';
import type { Slot } from '../db/schema';
import { createSearchIndex } from '../search';

/** Reads a slot's records and builds the serialised search index, wherever that runs. */
export async function buildSearchJson(
  db: KioskDb,
  slot: Slot,
  settings: Pick<CollectionManifest, 'synonyms' | 'languages'>,
): Promise<string> {
  const [pieces, motifs, terms, makers, places] = await Promise.all([
    db.records('pieces', slot).toArray(),
    db.records('motifs', slot).toArray(),
    db.records('terms', slot).toArray(),
    db.records('makers', slot).toArray(),
    db.records('places', slot).toArray(),
  ]);
  const index = createSearchIndex({
    pieces,
    motifs,
    terms,
    makers,
    places,
    synonyms: settings.synonyms,
    languages: settings.languages,
  });
  return index.toJSON();
}
