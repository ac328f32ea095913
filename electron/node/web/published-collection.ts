/**
 * The web host pulling a published bundle (`--publish-url`) instead of compiling a folder: the same
 * served-folder keeping as a local build (WebLiveCollection), with the bundle puller as its "build"
 * and a poll timer instead of a folder watcher. What the kiosk already holds is served from the
 * first request: nothing on the network is in the start-up path.
 */
import { BundlePuller, type PublishStatus } from '../publish/bundle-puller';
import { folderSource, httpSource } from '../publish/bundle-source';
import { readPublicKey } from '../publish/signing-keys';
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
  const keys = await Promise.all(options.keyFiles.map((file) => readPublicKey(file)));
  const source = /^https?:\/\//i.test(options.url) ? httpSource(options.url) : folderSource(options.url);
  const puller = new BundlePuller({ source, out: options.out, keys });
  await puller.load();
  const live = new WebLiveCollection({
    source: source.where,
    out: options.out,
    onUpdated: options.onUpdated,
    ...(options.print ? { print: options.print } : {}),
    ...(options.verbose !== undefined ? { verbose: options.verbose } : {}),
    build: (_input, hooks) => puller.pull(hooks),
    sourceExists: () => true,
    startLine: (where) => `Checking ${where} for a newer published collection...`,
  });
  // Not while a pull runs: a request then aborts it (the updater's give-way), downloads and all.
  const timer = setInterval(() => live.status().building || void live.rebuild('poll'), options.intervalMs);
  timer.unref();
  return {
    live,
    status: () => puller.status(),
    syncNow: () => live.rebuild('admin'),
    stop: () => {
      clearInterval(timer);
      live.stop();
    },
  };
}
