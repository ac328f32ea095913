import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CollectionManifest } from '../../../../electron/shared/collection-records';
import { KioskDb } from '../../../../renderer/db/kiosk-db';
import { SEARCH_PART_PREFIX } from '../../../../renderer/db/meta-rows';
import { readSearchParts } from '../../../../renderer/db/read';
import { loadSearchIndex } from '../../../../electron/shared/search';
import type { SearchIndexReply, SearchWorkerMessage } from '../../../../renderer/sync/search-worker-protocol';
import type * as PartsWriter from '../../../../renderer/sync/search-parts-writer';
import { piece } from '../../support/memory-collection';

/**
 * Every store the worker starts, kept: its message handler is synchronous, so right after a message
 * the list says exactly whether that message started storing, with no wait for IndexedDB.
 */
const stores = vi.hoisted(() => [] as Promise<unknown>[]);
vi.mock('../../../../renderer/sync/search-parts-writer', async (importOriginal) => {
  const real = await importOriginal<typeof PartsWriter>();
  return {
    ...real,
    storeSearchText: (...args: Parameters<typeof real.storeSearchText>) => {
      const stored = real.storeSearchText(...args);
      stores.push(stored);
      return stored;
    },
  };
});

/** The worker's scope, stood in for: what it posts is kept. */
const scope = {
  onmessage: null as ((event: { data: SearchWorkerMessage }) => void) | null,
  replies: [] as SearchIndexReply[],
  postMessage(message: SearchIndexReply) {
    scope.replies.push(message);
  },
};
const send = (message: SearchWorkerMessage) => scope.onmessage!({ data: message });

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  await import('../../../../renderer/sync/search-worker');
});

let n = 0;
let db: KioskDb | undefined;
afterEach(async () => {
  scope.replies = [];
  stores.length = 0;
  await db?.delete();
});

const settings = { synonyms: [], languages: ['id', 'en'] };
const counts = (pieces: number) => ({ pieces, motifs: 0, terms: 0, makers: 0, places: 0 });
const storedParts = () => db!.meta.where('key').startsWith(SEARCH_PART_PREFIX).primaryKeys();

/** Opens a database and streams two of the three pieces the manifest counts. */
async function streamTwoOfThree(): Promise<void> {
  db = new KioskDb(`worker-stream-${process.pid}-${n++}`);
  await db.open();
  send({ type: 'stream', dbName: db.name, settings, counts: counts(3) as CollectionManifest['counts'] });
  send({ type: 'records', kind: 'pieces', records: [piece('p1', 'Kain Lasem'), piece('p2', 'Sarung')] });
}

describe('the search worker, fed a streamed build', () => {
  it('stores the index once the manifest’s records are in, before being told to finish', async () => {
    await streamTwoOfThree();
    expect(stores).toHaveLength(0);
    send({ type: 'records', kind: 'pieces', records: [piece('p3', 'Selendang Zamrud')] });
    expect(stores).toHaveLength(1);
    await stores[0];
    const early = await storedParts();
    expect(early.length).toBeGreaterThan(0);
    expect(scope.replies).toEqual([]);

    send({ type: 'finish' });
    await vi.waitFor(() => expect(scope.replies).toHaveLength(1));
    const [reply] = scope.replies;
    if (!reply?.ok) throw new Error(`no stored index: ${JSON.stringify(reply)}`);
    expect([...new Set(reply.stored.parts)].sort()).toEqual([...early].sort());
    const index = loadSearchIndex((await readSearchParts(db!, reply.stored.parts))!);
    expect(index.search('zamrud').map((hit) => hit.id)).toEqual(['p3']);
  });

  it('stores nothing before `finish` while records are missing, and then builds from what came', async () => {
    await streamTwoOfThree();
    expect(stores).toHaveLength(0);
    expect(await storedParts()).toEqual([]);
    send({ type: 'finish' });
    await vi.waitFor(() => expect(scope.replies).toHaveLength(1));
    const [reply] = scope.replies;
    if (!reply?.ok) throw new Error(`no stored index: ${JSON.stringify(reply)}`);
    const index = loadSearchIndex((await readSearchParts(db!, reply.stored.parts))!);
    expect(index.search('sarung').map((hit) => hit.id)).toEqual(['p2']);
  });
});
