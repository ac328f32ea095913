import { readSearchIndexTextFrom } from '../db/read';
import { createQueryHandler } from './query-handler';
import type { QueryReply, QueryRequest } from './query-protocol';

/** The worker's global scope, typed by hand: the renderer project compiles against DOM types. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<QueryRequest>) => void) | null;
  postMessage(message: QueryReply): void;
};

const handle = createQueryHandler(readSearchIndexTextFrom, (reply) => scope.postMessage(reply));
scope.onmessage = (event) => handle(event.data);
