import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { appDb, type KioskDb } from '../../db/kiosk-db';
import { readPointer } from '../../db/read';
import { openSearchClient, type SearchClient } from '../../search/search-client';

/** What the search screen knows about the index: still loading, missing, or ready. */
export type SearchIndexState =
  { status: 'loading' } | { status: 'missing' } | { status: 'ready'; index: SearchClient; complete: boolean };

/**
 * The query worker of the live collection version, opened once and kept for every later visitor
 * (it holds collection data, not visitor state); a new version closes it and opens another. A
 * worker that died is forgotten (the client ended it), so the next visit opens another.
 */
let opened: { db: KioskDb; version: string; client: SearchClient } | undefined;

function clientFor(db: KioskDb, version: string): SearchClient {
  if (opened?.db !== db || opened.version !== version) {
    opened?.client.close();
    const client = openSearchClient(db.name);
    void client.failed.then(() => {
      if (opened?.client === client) opened = undefined;
    });
    opened = { db, version, client };
  }
  return opened.client;
}

/**
 * The search index of the live collection version, built at sync time and loaded in a worker;
 * reopened after a sync flips to a new version. `complete` turns true once descriptions and labels
 * are searchable too: names answer first.
 */
export function useSearchIndex(db: KioskDb = appDb()): SearchIndexState {
  const version = useLiveQuery(async () => (await readPointer(db))?.version ?? null, [db]);
  const [state, setState] = useState<{ version: string; value: SearchIndexState } | undefined>();

  useEffect(() => {
    if (!version) return;
    let current = true;
    const client = clientFor(db, version);
    // A worker that dies after opening: the screen says search is unavailable, not "no results".
    void client.failed.then(() => {
      if (current) setState({ version, value: { status: 'missing' } });
    });
    void client.opened.then((result) => {
      if (!current) return;
      if (result === 'missing') return setState({ version, value: { status: 'missing' } });
      setState({ version, value: { status: 'ready', index: client, complete: false } });
      void client.whenComplete().then(() => {
        if (current) setState({ version, value: { status: 'ready', index: client, complete: true } });
      });
    });
    return () => {
      current = false;
    };
  }, [db, version]);

  if (version === null) return { status: 'missing' };
  return state && state.version === version ? state.value : { status: 'loading' };
}
