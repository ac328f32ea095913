import type { RecordKind } from '../../electron/shared/collection-records';
import { KioskDb } from '../db/kiosk-db';
import type { StoredSearchIndex } from '../db/meta-rows';
import { createSearchIndexBuilder, type SearchIndexBuilder } from '../search';
import { buildStoredSearchIndex } from './search-json';
import { storeSearchText } from './search-parts-writer';
import type { SearchIndexJob, SearchIndexReply, SearchWorkerMessage } from './search-worker-protocol';

/** The worker's global scope, typed by hand: the renderer project compiles against DOM types. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchWorkerMessage>) => void) | null;
  postMessage(message: SearchIndexReply): void;
};

let stream: { db: KioskDb; builder: SearchIndexBuilder; error?: unknown } | undefined;

/** The database a warmed worker opened ahead of its job. */
let opened: KioskDb | undefined;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'open') {
    opened = new KioskDb(message.dbName);
    opened.open().catch(() => {});
  } else if (message.type === 'job') runJob(message.job);
  else if (message.type === 'stream') {
    // Opened now, while the chunks arrive: not in the wait after the last one.
    const db = new KioskDb(message.dbName);
    db.open().catch(() => {});
    stream = { db, builder: createSearchIndexBuilder(message.settings, message.counts) };
  } else if (message.type === 'records' || message.type === 'bytes') {
    // An error is kept for `finish`: the page is not waiting for an answer to each chunk.
    if (stream && stream.error === undefined) {
      try {
        const records =
          message.type === 'bytes'
            ? (JSON.parse(new TextDecoder().decode(message.bytes)) as unknown[])
            : message.records;
        stream.builder.add(message.kind as RecordKind, records as never[]);
      } catch (error) {
        stream.error = error;
      }
    }
  } else finishStream();
};

function finishStream() {
  let json: string;
  try {
    if (!stream) throw new Error('finish without stream');
    if (stream.error !== undefined) throw stream.error;
    json = stream.builder.finishJson();
  } catch (error) {
    scope.postMessage({ ok: false, error: String(error) });
    return;
  }
  const { db } = stream;
  reply(storeSearchText(db, json)).finally(() => db.close());
}

/** Posts the stored index's keys, or the error. */
function reply(stored: Promise<StoredSearchIndex>): Promise<void> {
  return stored
    .then((result) => scope.postMessage({ ok: true, stored: result }))
    .catch((error: unknown) => scope.postMessage({ ok: false, error: String(error) }));
}

function runJob({ dbName, slot, synonyms, languages, changes }: SearchIndexJob) {
  const db = opened?.name === dbName ? opened : new KioskDb(dbName);
  opened = undefined;
  const settings = { synonyms, languages };
  reply(buildStoredSearchIndex(db, slot, settings, changes)).finally(() => db.close());
}
