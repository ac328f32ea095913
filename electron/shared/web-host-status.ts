import type { CollectionStatus, UnlockResult } from './kiosk-status';

/**
 * What the web host answers on `GET /api/status` in browser mode: the part of the kiosk's
 * `AdminStatus` (kiosk-status.ts) a plain Node host can know. There is no Electron, no kiosk config
 * and no recovery journal in browser mode, so those fields are absent rather than faked.
 * Type-only: shared by the web host and the renderer's admin screen.
 */
export interface WebHostStatus {
  mode: 'browser';
  versions: { app: string; node: string };
  startedAt: string;
  uptimeSec: number;
  /** Resident memory of the host process. */
  memoryMB: number;
  /** True when the host rebuilds on changes of the curator folder (`npm run web`, the default). */
  watching: boolean;
  /** Null when the host serves no collection at all (`--collection none`). */
  collection: CollectionStatus | null;
  /** With `--publish-url`: what the host holds from the publisher; absent otherwise. */
  publish?: PublishStatusView;
}

/**
 * What a kiosk holds from its publisher. `version` is the `latest.json` version now live (null
 * before the first); `verifiedAt` when its signature and every file were checked; `problem` the
 * last poll's problem as a plain sentence, or null. Never "up to date" on the basis of time alone.
 */
export interface PublishStatusView {
  url: string;
  version: number | null;
  verifiedAt: string | null;
  problem: string | null;
  /** When the publisher was last asked (null before the first poll). */
  checkedAt: string | null;
}

/** Reserved path prefix of the web host's own endpoints; never a renderer or collection path. */
export const WEB_API_PREFIX = '/api/';

/** Server-sent event the web host emits when a new collection build has been switched in. */
export const COLLECTION_UPDATED_EVENT = 'collection-updated';

/** The `/api/events` event name for a collection build's progress (see `CollectionProgressEvent`). */
export const COLLECTION_PROGRESS_EVENT = 'collection-progress';

/**
 * Answer of `POST /api/admin/unlock` when the web host has an admin PIN: the kiosk's unlock answer,
 * plus, when the PIN was right, the session token the page sends as `Authorization: Bearer` with
 * `GET /api/status` and `POST /api/admin/lock`. The page keeps it in memory only.
 */
export interface WebUnlockResult extends UnlockResult {
  token?: string;
}
