import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EventStream } from '../../electron/node/web/event-stream';
import { hostStatusReader } from '../../electron/node/web/host-status';
import { WebLiveCollection } from '../../electron/node/web/live-collection';
import { startWebHost } from '../../electron/node/web/web-host';
import { COLLECTION_UPDATED_EVENT, type WebHostStatus } from '../../electron/shared/web-host-status';
import { makeMinCollection, removeCollection } from '../unit/support/fixture-helper';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** `npm run web` as wired by its CLI, on a temp copy of collection-min the test edits like a curator. */
export interface LiveWebHost {
  url: string;
  source: string;
  events: EventStream;
  status(): Promise<WebHostStatus>;
  /** Stops watching and serving, and deletes the temp folders. */
  close(): Promise<void>;
}

/**
 * Starts the watching web host with the kiosk's worker build. `prepare` may change the copied
 * folder before the first build (a first install with a bad photo, say).
 */
export async function startLiveWebHost(prepare?: (source: string) => Promise<void>): Promise<LiveWebHost> {
  const source = await makeMinCollection();
  await prepare?.(source);
  const out = await mkdtemp(path.join(tmpdir(), 'live-e2e-out-'));
  const events = new EventStream();
  const live = new WebLiveCollection({
    source,
    out,
    debounceMs: 300,
    onUpdated: ({ version }) => events.send(COLLECTION_UPDATED_EVENT, { version }),
  });
  await live.start(true);
  const host = await startWebHost({
    rendererRoot: path.join(root, 'dist/renderer'),
    collectionRoot: () => live.root(),
    api: { status: hostStatusReader({ appVersion: 'e2e', live, watching: true }), events },
  });
  return {
    url: host.url,
    source,
    events,
    status: async () => (await (await fetch(new URL('api/status', host.url))).json()) as WebHostStatus,
    close: async () => {
      live.stop();
      await host.close();
      await removeCollection(source);
      await rm(out, { recursive: true, force: true });
    },
  };
}
