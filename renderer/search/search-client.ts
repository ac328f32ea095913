import { readSearchIndexTextFrom } from '../db/read';
import { createQueryHandler, type IndexReader } from './query-handler';
import type { QueryReply, QueryRequest } from './query-protocol';
import type { SearchHit } from '../../electron/shared/search/kiosk-search-index';

/** The search screen's side of the query worker: every answer is a promise. */
export interface SearchClient {
  /** `ready` once names answer; `missing` when no index is stored or it failed to load. */
  readonly opened: Promise<'ready' | 'missing'>;
  /** Resolves once descriptions and labels answer too. */
  whenComplete(): Promise<void>;
  /**
   * Resolves, with the reason, if the worker dies (its script failed to load, or an error escaped
   * it): from then on `opened` is `missing` and every question is answered with nothing.
   */
  readonly failed: Promise<string>;
  search(query: string, limit: number): Promise<readonly SearchHit[]>;
  suggest(query: string): Promise<string[]>;
  /** Ends the worker and its index (a newer collection version replaces this client). */
  close(): void;
}

/** Where requests go: the worker, or the same handler inline where there are no workers (tests). */
export interface QueryPort {
  post(request: QueryRequest): void;
  onReply(listener: (reply: QueryReply) => void): void;
  /** Told once if the other side is gone for good (a worker's `error` event); never, inline. */
  onFailure(listener: (reason: string) => void): void;
  close(): void;
}

function workerPort(): QueryPort {
  // Vite bundles the worker from this `new URL(...)` pattern.
  const worker = new Worker(new URL('./query-worker.ts', import.meta.url), { type: 'module' });
  return {
    post: (request) => worker.postMessage(request),
    onReply: (listener) =>
      worker.addEventListener('message', (event: MessageEvent<QueryReply>) => listener(event.data)),
    onFailure: (listener) => {
      // An error event reaches the page only for what the worker did not catch itself (the query
      // handler answers every request it can), so the worker is treated as gone.
      worker.addEventListener('error', (event) => listener(event.message || 'the query worker failed'));
      worker.addEventListener('messageerror', () =>
        listener('a reply of the query worker could not be read'),
      );
    },
    close: () => worker.terminate(),
  };
}

/** The handler on this thread; replies are delivered asynchronously, as a worker's would be. */
export function inlinePort(readIndex: IndexReader): QueryPort {
  const listeners: ((reply: QueryReply) => void)[] = [];
  const handle = createQueryHandler(readIndex, (reply) =>
    queueMicrotask(() => listeners.forEach((listener) => listener(reply))),
  );
  return {
    post: handle,
    onReply: (listener) => listeners.push(listener),
    onFailure: () => {},
    close: () => (listeners.length = 0),
  };
}

const defaultPort = (): QueryPort =>
  typeof Worker === 'undefined' ? inlinePort(readSearchIndexTextFrom) : workerPort();

/** Opens the live slot's stored index of database `dbName` in a query worker. */
export function openSearchClient(dbName: string, port: QueryPort = defaultPort()): SearchClient {
  let nextId = 0;
  /** Questions not answered yet; called with nothing when the worker is gone. */
  const pending = new Map<number, (reply?: QueryReply) => void>();
  let resolveOpened!: (state: 'ready' | 'missing') => void;
  let resolveComplete!: () => void;
  let resolveFailed!: (reason: string) => void;
  const opened = new Promise<'ready' | 'missing'>((resolve) => (resolveOpened = resolve));
  const complete = new Promise<void>((resolve) => (resolveComplete = resolve));
  const failed = new Promise<string>((resolve) => (resolveFailed = resolve));
  let gone = false;

  // A dead worker would leave the search screen saying "loading" and every search unanswered for
  // good: it is searched no more, and the screen says search is unavailable instead. An uncaught
  // error does not always end a worker: it is ended here, so a half-broken one does not keep an
  // index in memory until the next visit opens another.
  port.onFailure((reason) => {
    if (gone) return;
    gone = true;
    console.error(`search worker failed: ${reason}`);
    port.close();
    resolveOpened('missing');
    resolveFailed(reason);
    for (const answer of pending.values()) answer();
    pending.clear();
  });

  port.onReply((reply) => {
    if (reply.type === 'opened') {
      if (!reply.ok && reply.error) console.warn(`search index did not load: ${reply.error}`);
      resolveOpened(reply.ok ? 'ready' : 'missing');
    } else if (reply.type === 'complete') resolveComplete();
    else {
      pending.get(reply.id)?.(reply);
      pending.delete(reply.id);
    }
  });
  port.post({ type: 'open', dbName });

  const ask = <T>(request: (id: number) => QueryRequest, pick: (reply?: QueryReply) => T) =>
    new Promise<T>((resolve) => {
      if (gone) return resolve(pick());
      const id = ++nextId;
      pending.set(id, (reply) => resolve(pick(reply)));
      port.post(request(id));
    });

  return {
    opened,
    whenComplete: () => complete,
    failed,
    search: (query, limit) =>
      ask(
        (id) => ({ type: 'search', id, query, limit }),
        (reply) => (reply?.type === 'hits' ? reply.hits : []),
      ),
    suggest: (query) =>
      ask(
        (id) => ({ type: 'suggest', id, query }),
        (reply) => (reply?.type === 'suggestions' ? reply.suggestions : []),
      ),
    close: () => {
      port.close();
      pending.clear();
    },
  };
}
