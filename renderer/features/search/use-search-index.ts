import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { appDb, type KioskDb } from '../../db/kiosk-db';
import { readPointer, readSearchIndexJson } from '../../db/read';
import { loadSearchIndex, type SearchIndex } from '../../search';

/** What the search screen knows about the index: still loading, missing, or ready. */
export type SearchIndexState =
  { status: 'loading' } | { status: 'missing' } | { status: 'ready'; index: SearchIndex; complete: boolean };

/**
 * The index of the live collection version, loaded once and kept for every later visitor (it is
 * collection data, not visitor state). It was built at sync time; this only parses it.
 */
let loaded: { version: string; index: Promise<SearchIndex | null> } | undefined;

function indexFor(db: KioskDb, version: string): Promise<SearchIndex | null> {
  if (loaded?.version !== version) {
    loaded = {
      version,
      index: readSearchIndexJson(db).then((json) =>
        json ? loadSearchIndex(json, { queriesOnly: true }) : null,
      ),
    };
  }
  return loaded.index;
}

/**
 * Loads the persisted search index for the live collection version, and reloads it after a sync
 * flips to a new version. `complete` turns true once descriptions and labels are searchable too:
 * names answer first.
 */
export function useSearchIndex(db: KioskDb = appDb()): SearchIndexState {
  const version = useLiveQuery(async () => (await readPointer(db))?.version ?? null, [db]);
  const [state, setState] = useState<{ version: string; value: SearchIndexState } | undefined>();

  useEffect(() => {
    if (!version) return;
    let current = true;
    indexFor(db, version).then(
      (index) => {
        if (!current) return;
        if (!index) return setState({ version, value: { status: 'missing' } });
        setState({ version, value: { status: 'ready', index, complete: false } });
        void index.whenComplete().then(() => {
          if (current) setState({ version, value: { status: 'ready', index, complete: true } });
        });
      },
      () => current && setState({ version, value: { status: 'missing' } }),
    );
    return () => {
      current = false;
    };
  }, [db, version]);

  if (version === null) return { status: 'missing' };
  return state && state.version === version ? state.value : { status: 'loading' };
}
