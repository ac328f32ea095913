/**
 * The sha256 of `collection-worker.cjs`, written into the main bundle by
 * `electron/node/build/bundle-electron.ts` (esbuild `define`), so the fingerprint sits inside the
 * integrity-checked asar while the worker itself is unpacked beside it. Null in an unbundled run,
 * where main refuses to start the worker.
 */
declare const __COLLECTION_WORKER_SHA256__: string | undefined;

export const COLLECTION_WORKER_SHA256: string | null =
  typeof __COLLECTION_WORKER_SHA256__ === 'string' ? __COLLECTION_WORKER_SHA256__ : null;
