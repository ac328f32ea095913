/**
 * The web host pulling a published bundle (`--publish-url`) instead of compiling a folder: the same
 * served-folder keeping as a local build (WebLiveCollection), with the bundle puller as its "build"
 * and a poll timer instead of a folder watcher. What the kiosk already holds is served from the
 * first request: nothing on the network is in the start-up path.
 */
import type { PublishStatus } from '../publish/bundle-puller';
import { pollWhileIdle, publishedPull } from '../publish/published-pull';
import { WebLiveCollection, type WebLiveCollectionOptions } from './live-collection';

export interface PublishedCollectionOptions extends Pick<
  WebLiveCollectionOptions,
  'out' | 'onUpdated' | 'print' | 'verbose'
> {
  /** `http(s)://` URL of the bundle, or a bundle folder. */
  url: string;
  keyFiles: readonly string[];
  intervalMs: number;
}

export interface PublishedCollection {
  live: WebLiveCollection;
  status(): PublishStatus;
  /** Polls now (the admin's "sync now"); resolves when the poll has been handled. */
  syncNow(): Promise<void>;
  stop(): void;
}

export async function openPublishedCollection(
  options: PublishedCollectionOptions,
): Promise<PublishedCollection> {
  const pull = publishedPull({ url: options.url, keyFiles: options.keyFiles, out: options.out });
  // Here a key file that cannot be used stops the host at once, with its reason.
  await pull.open();
  const live = new WebLiveCollection({
    source: pull.status().url,
    out: options.out,
    onUpdated: options.onUpdated,
    ...(options.print ? { print: options.print } : {}),
    ...(options.verbose !== undefined ? { verbose: options.verbose } : {}),
    build: (_input, hooks) => pull.build(hooks),
    sourceExists: () => true,
    startLine: (where) => `Checking ${where} for a newer published collection...`,
  });
  const stopPolling = pollWhileIdle(live, () => void live.rebuild('poll'), options.intervalMs);
  return {
    live,
    status: () => pull.status(),
    syncNow: () => live.rebuild('admin'),
    stop: () => {
      stopPolling();
      live.stop();
    },
  };
}
