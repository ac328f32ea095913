import type { RecordKind } from '../../electron/shared/collection-records';
import { KioskDb } from '../db/kiosk-db';
import { createSearchIndexBuilder, type SearchIndexBuilder } from '../search';
import { buildSearchJson, updateSearchJson } from './search-json';
import type { SearchIndexJob, SearchIndexReply, SearchWorkerMessage } from './search-worker-protocol';

/** The worker's global scope, typed by hand: the renderer project compiles against DOM types. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SearchWorkerMessage>) => void) | null;
  postMessage(message: SearchIndexReply): void;
};

let stream: { builder: SearchIndexBuilder; error?: unknown } | undefined;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'job') runJob(message.job);
  else if (message.type === 'stream') {
    stream = { builder: createSearchIndexBuilder(message.settings, message.counts) };
  } else if (message.type === 'records') {
    // An error is kept for `finish`: the page is not waiting for an answer to each chunk.
    if (stream && stream.error === undefined) {
      try {
        stream.builder.add(message.kind as RecordKind, message.records as never[]);
      } catch (error) {
        stream.error = error;
      }
    }
  } else {
    try {
      if (!stream) throw new Error('finish without stream');
      if (stream.error !== undefined) throw stream.error;
      scope.postMessage({ ok: true, json: stream.builder.finish().toJSON() });
    } catch (error) {
      scope.postMessage({ ok: false, error: String(error) });
    }
  }
};

function runJob({ dbName, slot, synonyms, languages, changes }: SearchIndexJob) {
  const db = new KioskDb(dbName);
  const settings = { synonyms, languages };
  (changes ? updateSearchJson(db, slot, settings, changes) : buildSearchJson(db, slot, settings))
    .then((json) => scope.postMessage({ ok: true, json }))
    .catch((error: unknown) => scope.postMessage({ ok: false, error: String(error) }))
    .finally(() => db.close());
}
