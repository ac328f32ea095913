import type { RecordKind } from '../../electron/shared/collection-records';
import { KioskDb } from '../db/kiosk-db';
import type { StoredSearchIndex } from '../db/meta-rows';
import { createSearchIndexBuilder, type SearchIndexBuilder } from '../../electron/shared/search';
import { buildStoredSearchIndex } from './search-json';
import { storeShippedSearchIndex } from './shipped-search';
import { createHttpSource } from './source';
import { storeSearchText } from './search-parts-writer';
import type { SearchIndexJob, SearchIndexReply, SearchWorkerMessage } from './search-worker-protocol';

/** The worker's global scope, typed by hand: the renderer project compiles against DOM types. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchWorkerMessage>) => void) | null;
  postMessage(message: SearchIndexReply): void;
};

/**
 * The streamed build under way. `expected` is the manifest's record count: once that many records
 * arrived, the index is finished and stored at once, while the page still writes the last chunk and
 * verifies the slot; `finish` then only waits for it (`stored`). Parts stored for a sync that fails
 * after all are listed by no index and go at the next flip.
 */
let stream:
  | {
      db: KioskDb;
      builder: SearchIndexBuilder;
      error?: unknown;
      expected: number;
      received: number;
      stored?: Promise<StoredSearchIndex>;
    }
  | undefined;

/** The database a warmed worker opened ahead of its job. */
let opened: KioskDb | undefined;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'open') {
    opened = new KioskDb(message.dbName);
    opened.open().catch(() => {});
  } else if (message.type === 'job') runJob(message.job);
  else if (message.type === 'shipped') {
    const db = takeDb(message.dbName);
    const source = createHttpSource(message.url);
    reply(storeShippedSearchIndex(db, source, message.ref)).finally(() => db.close());
  } else if (message.type === 'stream') {
    // Opened now, while the chunks arrive: not in the wait after the last one.
    const db = takeDb(message.dbName);
    const expected = Object.values(message.counts).reduce((sum, count) => sum + (count ?? 0), 0);
    const builder = createSearchIndexBuilder(message.settings, message.counts);
    stream = { db, builder, expected, received: 0 };
  } else if (message.type === 'records' || message.type === 'bytes') {
    // An error is kept for `finish`: the page is not waiting for an answer to each chunk.
    if (stream && stream.error === undefined) {
      try {
        const records =
          message.type === 'bytes'
            ? (JSON.parse(new TextDecoder().decode(message.bytes)) as unknown[])
            : message.records;
        stream.builder.add(message.kind as RecordKind, records as never[]);
        stream.received += records.length;
        if (stream.received === stream.expected) {
          stream.stored = storeStream(stream);
          // Its failure is told at `finish`, not as an unhandled rejection meanwhile.
          stream.stored.catch(() => {});
        }
      } catch (error) {
        stream.error = error;
      }
    }
  } else if (!stream) scope.postMessage({ ok: false, error: 'finish without stream' });
  else {
    const { db } = stream;
    reply((stream.stored ??= storeStream(stream))).finally(() => db.close());
  }
};

/** Finishes the streamed index and stores its parts. */
async function storeStream(current: NonNullable<typeof stream>): Promise<StoredSearchIndex> {
  if (current.error !== undefined) throw current.error;
  return storeSearchText(current.db, current.builder.finishJson());
}

/** Posts the stored index's keys, or the error. */
function reply(stored: Promise<StoredSearchIndex>): Promise<void> {
  return stored
    .then((result) => scope.postMessage({ ok: true, stored: result }))
    .catch((error: unknown) => scope.postMessage({ ok: false, error: String(error) }));
}

/**
 * The database for a job or a stream: the one a warmed worker opened, when it is that one, else a
 * new one (a warmed one for another database is closed, not left holding a connection).
 */
function takeDb(dbName: string): KioskDb {
  const warm = opened;
  opened = undefined;
  if (warm?.name === dbName) return warm;
  warm?.close();
  const db = new KioskDb(dbName);
  db.open().catch(() => {});
  return db;
}

function runJob({ dbName, slot, synonyms, languages, changes }: SearchIndexJob) {
  const db = takeDb(dbName);
  const settings = { synonyms, languages };
  reply(buildStoredSearchIndex(db, slot, settings, changes)).finally(() => db.close());
}
