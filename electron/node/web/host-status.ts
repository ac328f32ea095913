import type { CollectionStatus } from '../../shared/kiosk-status';
import type { PublishStatusView, WebHostStatus } from '../../shared/web-host-status';

/** Options for {@link hostStatusReader}. */
export interface HostStatusSource {
  appVersion: string;
  /** The served collection, or null with `--collection none`. */
  live: { status(): CollectionStatus } | null;
  watching: boolean;
  /** With `--publish-url`: the puller's status. */
  publish?: () => PublishStatusView;
  now?: () => Date;
  memoryBytes?: () => number;
}

/** Returns the function that answers `GET /api/status`: a fresh snapshot on every call. */
export function hostStatusReader(source: HostStatusSource): () => WebHostStatus {
  const now = source.now ?? (() => new Date());
  const started = now();
  const memory = source.memoryBytes ?? (() => process.memoryUsage.rss());
  return () => ({
    mode: 'browser',
    versions: { app: source.appVersion, node: process.versions.node },
    startedAt: started.toISOString(),
    uptimeSec: Math.round((now().getTime() - started.getTime()) / 1000),
    memoryMB: Math.round(memory() / (1024 * 1024)),
    watching: source.watching && source.live !== null,
    collection: source.live?.status() ?? null,
    ...(source.publish ? { publish: source.publish() } : {}),
  });
}
