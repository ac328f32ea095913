import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BuildProgress } from '../../../../../electron/node/collection/build';
import { EventStream } from '../../../../../electron/node/web/event-stream';
import { hostStatusReader } from '../../../../../electron/node/web/host-status';
import { WebLiveCollection } from '../../../../../electron/node/web/live-collection';
import { startWebHost, type WebHost } from '../../../../../electron/node/web/web-host';
import type { CollectionManifest } from '../../../../../electron/shared/collection-records';
import { COLLECTION_UPDATED_EVENT, type WebHostStatus } from '../../../../../electron/shared/web-host-status';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';
import { makeTempSite } from '../../../support/temp-site';

/** The web host over a watched temp copy of collection-min, wired as `npm run web` wires it. */
export interface WatchedWebHost {
  /** The temp copy of the curator folder the host watches. */
  source: string;
  /** The host's output folder (builds and the image cache). */
  out: string;
  live: WebLiveCollection;
  host: WebHost;
  /** The lines the host printed, as a technician reads them in the terminal. */
  lines: string[];
  /** The build's progress reports, as the pages hear them (`collection-progress`). */
  progress: BuildProgress[];
  status(): Promise<WebHostStatus>;
  manifest(): Promise<CollectionManifest>;
  close(): Promise<void>;
}

/**
 * Starts the real thing: the kiosk's worker-thread build, the folder watcher, the keep-last-good
 * updater and the web host's API. `prepare` edits the folder copy before the first build.
 */
export async function startWatchedWebHost(
  prepare: (source: string) => Promise<void> = async () => undefined,
): Promise<WatchedWebHost> {
  const source = await makeMinCollection();
  await prepare(source);
  const out = await mkdtemp(path.join(tmpdir(), 'live-out-'));
  const site = await makeTempSite();
  const events = new EventStream();
  const lines: string[] = [];
  const progress: BuildProgress[] = [];
  const live = new WebLiveCollection({
    source,
    out,
    debounceMs: 200,
    pollMs: 200,
    onUpdated: ({ version }) => events.send(COLLECTION_UPDATED_EVENT, { version }),
    print: (line) => lines.push(line),
    onProgress: (report) => progress.push(report),
  });
  await live.start(true);
  const host = await startWebHost({
    rendererRoot: site.rendererRoot,
    collectionRoot: () => live.root(),
    api: { status: hostStatusReader({ appVersion: 'test', live, watching: true }), events },
  });
  const json = async <T>(address: string) => (await (await fetch(new URL(address, host.url))).json()) as T;
  return {
    source,
    out,
    live,
    host,
    lines,
    progress,
    status: () => json<WebHostStatus>('api/status'),
    manifest: () => json<CollectionManifest>('collection/manifest.json'),
    async close() {
      live.stop();
      await host.close();
      await site.remove();
      await removeCollection(source);
      await rm(out, { recursive: true, force: true });
    },
  };
}
