import type {
  DailySummary,
  InsightsExportFile,
  InsightsSaveResult,
} from '../../electron/shared/insights-summary';
import { readCollectionProgress } from '../../electron/shared/ipc';
import type {
  CollectionProgressEvent,
  CollectionUpdatedEvent,
  KioskSettings,
} from '../../electron/shared/kiosk-api';
import type { WebHostStatus, WebUnlockResult } from '../../electron/shared/web-host-status';
import {
  COLLECTION_PROGRESS_EVENT,
  COLLECTION_UPDATED_EVENT,
  WEB_API_PREFIX,
} from '../../electron/shared/web-host-status';
import type { WebHost } from './host';
import { insightsZipName, zipInsights } from './insights-zip';

/**
 * The host in a plain browser: the web host's endpoints under `/api/` (served by electron/node/web/).
 * Any other server (a static one, Vite's) answers none of them, which reads as "no settings, no
 * status" rather than an error. The page has no heartbeat and no kiosk actions here: nothing
 * watches a browser tab, and nothing there can leave or reload a kiosk.
 */
export function webHost(): WebHost {
  return {
    kind: 'web',
    settings,
    onCollectionUpdated,
    onCollectionProgress,
    insights: { report: reportInsights, save: saveInsights },
    admin: webAdmin(),
  };
}

/** An endpoint of the web host, relative to the page so a host under a sub-path works too. */
function endpoint(name: string): URL {
  return new URL(`.${WEB_API_PREFIX}${name}`, document.baseURI);
}

/** `GET /api/settings`, answered when the host was started with `--config`. */
async function settings(): Promise<KioskSettings | null> {
  if (typeof document === 'undefined' || typeof fetch !== 'function') return null;
  const response = await fetch(endpoint('settings'), { cache: 'no-store' });
  // Another server answers with its app shell (HTML) or a 404: no settings, not an error.
  if (!response.ok || !(response.headers.get('content-type') ?? '').includes('application/json')) return null;
  const body = (await response.json()) as unknown;
  return isKioskSettings(body) ? body : null;
}

function isKioskSettings(value: unknown): value is KioskSettings {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const languages =
    v.languages === null || (Array.isArray(v.languages) && v.languages.every((l) => typeof l === 'string'));
  return (
    languages &&
    (v.defaultLanguage === null || typeof v.defaultLanguage === 'string') &&
    typeof v.idleTimeoutSec === 'number' &&
    typeof v.idleCountdownSec === 'number' &&
    (v.publicBaseUrl === null || typeof v.publicBaseUrl === 'string')
  );
}

/**
 * Listens to one kind of the host's server-sent events (`/api/events`); `read` turns an event's
 * data into what the page is told, or null to drop it. EventSource reconnects by itself when the
 * host restarts, so a page left open across a restart keeps listening.
 */
function onHostEvent<T>(name: string, read: (data: string) => T | null, callback: (event: T) => void) {
  if (typeof EventSource === 'undefined') return () => undefined;
  const source = new EventSource(endpoint('events'));
  const listener = (event: MessageEvent<string>) => {
    const value = read(event.data);
    if (value !== null) callback(value);
  };
  source.addEventListener(name, listener);
  return () => {
    source.removeEventListener(name, listener);
    source.close();
  };
}

/** A new collection went live on the host. */
function onCollectionUpdated(callback: (event: CollectionUpdatedEvent) => void): () => void {
  return onHostEvent(
    COLLECTION_UPDATED_EVENT,
    (data) => {
      try {
        const parsed = JSON.parse(data) as Partial<CollectionUpdatedEvent>;
        return { version: typeof parsed.version === 'string' ? parsed.version : null };
      } catch {
        // A malformed event still means "something new": sync and let the manifest decide.
        return { version: null };
      }
    },
    callback,
  );
}

/** The host's build progress; malformed events are dropped (the next report says the same). */
function onCollectionProgress(callback: (event: CollectionProgressEvent) => void): () => void {
  return onHostEvent(
    COLLECTION_PROGRESS_EVENT,
    (data) => {
      try {
        return readCollectionProgress(JSON.parse(data));
      } catch {
        return null;
      }
    },
    callback,
  );
}

/**
 * `POST /api/insights/summary`: the web host keeps the counts for its fleet heartbeat. A server
 * without the endpoint (a static one, Vite's: 404 or 405) has nowhere to send them: that is no
 * error. With no day counted yet there is nothing to send, and nothing is asked.
 */
async function reportInsights(days: DailySummary[]): Promise<void> {
  if (days.length === 0) return;
  const response = await fetch(endpoint('insights/summary'), {
    method: 'POST',
    cache: 'no-store',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(days),
  });
  if (!response.ok && response.status !== 404 && response.status !== 405)
    throw new Error(`the host answered ${response.status}`);
}

/** How long the download's Blob URL is kept: the browser reads it after the click returns. */
const DOWNLOAD_URL_MS = 60_000;

/**
 * An export in a plain browser: no folder to write and no server involved, so the page downloads
 * one zip. Needs no admin session here: the web host's admin door guards its status, and the data
 * is this browser's own.
 */
async function saveInsights(files: InsightsExportFile[]): Promise<InsightsSaveResult> {
  const now = new Date();
  const name = insightsZipName(now);
  try {
    const zip = await zipInsights(files, now);
    // fflate types its output over any buffer; it is a plain ArrayBuffer, which Blob wants.
    const url = URL.createObjectURL(new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_MS);
    return { ok: true, where: name };
  } catch (error) {
    return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The web host's admin endpoints: a PIN checked by the host when its config has one, open
 * otherwise. The session token lives in this object only - not in a cookie, which every tab of the
 * origin would send along (a visitor could open `/api/status` in a new tab while a technician is
 * unlocked), and not in storage, which outlives the page. Locking (the admin screen does so when
 * it closes) or reloading the page drops it.
 */
export function webAdmin(): WebHost['admin'] {
  let token: string | null = null;
  const bearer = (): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {});
  return {
    async status() {
      try {
        const response = await fetch(endpoint('status'), { cache: 'no-store', headers: bearer() });
        if (response.status === 401) {
          token = null;
          return { kind: 'pin-required' };
        }
        if (!response.ok) return { kind: 'unavailable' };
        const body = (await response.json()) as Partial<WebHostStatus>;
        return body.mode === 'browser'
          ? { kind: 'status', status: body as WebHostStatus }
          : { kind: 'unavailable' };
      } catch {
        return { kind: 'unavailable' };
      }
    },
    async unlock(pin) {
      const response = await fetch(endpoint('admin/unlock'), {
        method: 'POST',
        cache: 'no-store',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ pin }),
      });
      if (!response.ok) throw new Error(`the host answered ${response.status}`);
      const { token: given, ...result } = (await response.json()) as WebUnlockResult;
      if (result.ok && typeof given === 'string') token = given;
      return result;
    },
    async pullNow() {
      const response = await fetch(endpoint('admin/sync-now'), {
        method: 'POST',
        cache: 'no-store',
        headers: bearer(),
      }).catch(() => null);
      if (!response) return { ok: false, reason: 'failed' };
      if (response.status === 404) return { ok: false, reason: 'unsupported' };
      if (response.status === 401) {
        token = null;
        return { ok: false, reason: 'locked' };
      }
      return response.ok ? { ok: true } : { ok: false, reason: 'failed' };
    },
    async lock() {
      const ending = token;
      token = null;
      if (!ending) return;
      await fetch(endpoint('admin/lock'), {
        method: 'POST',
        cache: 'no-store',
        headers: { Authorization: `Bearer ${ending}` },
      }).catch(() => undefined);
    },
  };
}
