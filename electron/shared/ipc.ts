/**
 * The IPC contract between main and the preload: every channel name, in one `as const` map with
 * namespaced `area:verb` names, and the request/response types of each. Only the preload and
 * `electron/main/ipc.ts` mention channels; the page only sees `window.kiosk`.
 */
import type { DailySummary, InsightsExportFile, InsightsSaveResult } from './insights-summary';
import type { AdminActionResult, AdminStatus, KioskSettings, UnlockResult } from './kiosk-status';

/** Channels the page invokes (renderer -> main, with a reply). */
export const INVOKE_CHANNELS = {
  appVersion: 'kiosk:version',
  settings: 'kiosk:settings',
  heartbeat: 'heartbeat:ping',
  adminUnlock: 'admin:unlock',
  adminLock: 'admin:lock',
  adminExit: 'admin:exit',
  adminReload: 'admin:reload',
  adminRestart: 'admin:restart',
  adminSyncNow: 'admin:sync-now',
  adminStatus: 'admin:status',
  insightsReport: 'insights:report',
  adminInsightsSave: 'admin:insights-save',
} as const;

/** Channels main sends to the page (main -> renderer, no reply). */
export const EVENT_CHANNELS = {
  collectionUpdated: 'sync:collection-updated',
  collectionProgress: 'sync:collection-progress',
} as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[keyof typeof INVOKE_CHANNELS];

/** Request payload and response of each invoke channel. */
export interface InvokeContract {
  'kiosk:version': { request: undefined; response: string };
  'kiosk:settings': { request: undefined; response: KioskSettings };
  'heartbeat:ping': { request: undefined; response: true };
  'admin:unlock': { request: { pin: string }; response: UnlockResult };
  'admin:lock': { request: undefined; response: AdminActionResult };
  'admin:exit': { request: undefined; response: AdminActionResult };
  'admin:reload': { request: undefined; response: AdminActionResult };
  'admin:restart': { request: undefined; response: AdminActionResult };
  'admin:sync-now': { request: undefined; response: AdminActionResult };
  'admin:status': { request: undefined; response: AdminStatus | null };
  /** The page's visitor-insights brief, kept by main for its fleet heartbeat. */
  'insights:report': { request: DailySummary[]; response: true };
  /** An insights export, written to a folder the technician picks (admin session required). */
  'admin:insights-save': { request: InsightsExportFile[]; response: InsightsSaveResult };
}

/** Payload of `sync:collection-updated`: a new compiled collection passed its checks. */
export interface CollectionUpdatedEvent {
  /** Content version from the new manifest, when known. */
  version: string | null;
}

/** The steps of a collection build a first-run screen can name. */
const BUILD_STEPS = ['check', 'images', 'records', 'switch', 'tiles'] as const;

/**
 * Payload of `sync:collection-progress` (and of the web host's `collection-progress` event): how far
 * a collection build is, so a kiosk with nothing to show yet can say what it is doing.
 */
export interface CollectionProgressEvent {
  step: (typeof BUILD_STEPS)[number];
  /** Images (or steps) finished; `total` 0 when not known yet. */
  done: number;
  total: number;
}

/** A progress payload from across a process boundary, checked field by field; null when malformed. */
export function readCollectionProgress(payload: unknown): CollectionProgressEvent | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const { step, done, total } = payload as Record<string, unknown>;
  const count = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  if (!BUILD_STEPS.includes(step as CollectionProgressEvent['step']) || !count(done) || !count(total)) {
    return null;
  }
  return { step: step as CollectionProgressEvent['step'], done: done as number, total: total as number };
}
