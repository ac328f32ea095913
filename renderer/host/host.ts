import type {
  CollectionProgressEvent,
  CollectionUpdatedEvent,
  KioskSettings,
} from '../../electron/shared/kiosk-api';
import type {
  DailySummary,
  InsightsExportFile,
  InsightsSaveResult,
} from '../../electron/shared/insights-summary';
import type { AdminActionResult, AdminStatus, UnlockResult } from '../../electron/shared/kiosk-status';
import type { WebHostStatus } from '../../electron/shared/web-host-status';

/** A host's answer when the admin screen asks for its status page. */
type HostStatusAnswer<S = AdminStatus | WebHostStatus> =
  | { kind: 'status'; status: S }
  /** The host wants the PIN: this page holds no (or no longer a) session. */
  | { kind: 'pin-required' }
  /** The host could not answer (the web host unreachable, or an answer of the wrong shape). */
  | { kind: 'unavailable' };

/** The admin door every host has: the PIN, the session and the status page. */
export interface HostAdmin<S = AdminStatus | WebHostStatus> {
  /** Checks the PIN where the host keeps it (the page never sees the hash); opens a session when right. */
  unlock(pin: string): Promise<UnlockResult>;
  /** Ends the session now. */
  lock(): Promise<void>;
  /** The status page's data, or why there is none. */
  status(): Promise<HostStatusAnswer<S>>;
}

/**
 * What only Electron's kiosk can do (admin session required): nothing a web host serves can be
 * left, reloaded or restarted from the page, and its build follows the folder by itself.
 */
interface KioskActions {
  /** Quits the kiosk. */
  exit(): Promise<AdminActionResult>;
  /** Reloads the page from the start screen. */
  reload(): Promise<AdminActionResult>;
  /** Restarts the whole app with a fresh start count. */
  restart(): Promise<AdminActionResult>;
  /** Recompiles the collection folder now; a passing build is announced by `onCollectionUpdated`. */
  syncNow(): Promise<AdminActionResult>;
}

/** What the page asks of whichever host serves it. */
interface HostBase {
  /** The kiosk config's page settings; null when the host has none. May reject. */
  settings(): Promise<KioskSettings | null>;
  /**
   * Calls `callback` whenever the host has switched in a new collection that passed its checks.
   * @returns the unsubscribe function
   */
  onCollectionUpdated(callback: (event: CollectionUpdatedEvent) => void): () => void;
  /**
   * Calls `callback` as the host's collection build goes on, so a kiosk with nothing to show yet
   * can say what it is doing and how far along it is.
   * @returns the unsubscribe function
   */
  onCollectionProgress(callback: (event: CollectionProgressEvent) => void): () => void;
  /** Visitor insights' ways out of the page (the records themselves stay in the page's IndexedDB). */
  insights: {
    /**
     * Hands the host the last days' brief (at most `SUMMARY_DAYS`), which it sends with its fleet
     * heartbeat when it has a fleet receiver; a host without one keeps it for nothing. May reject.
     */
    report(days: DailySummary[]): Promise<void>;
    /**
     * Saves an export (admin session required in Electron): Electron asks the technician for a
     * folder (a USB drive) and writes the files there; the web host downloads them from the page
     * as one zip.
     */
    save(files: InsightsExportFile[]): Promise<InsightsSaveResult>;
  };
}

/** Electron's main process, over the preload bridge. */
export interface ElectronHost extends HostBase {
  kind: 'electron';
  /** Tells main the page is alive; its watchdog reloads a page that falls silent. */
  heartbeat(): Promise<void>;
  admin: HostAdmin<AdminStatus> & KioskActions;
}

/** The web host (`npm run web`) in a plain browser, over its `/api/` endpoints. */
export interface WebHost extends HostBase {
  kind: 'web';
  admin: HostAdmin<WebHostStatus> & {
    /**
     * A web host pulling a published bundle asks its publisher now ("sync now"); `unsupported`
     * from a host that compiles a folder, which follows the folder by itself.
     */
    pullNow(): Promise<AdminActionResult | { ok: false; reason: 'unsupported' }>;
  };
}

/**
 * The one thing the page knows about where it runs. `kind` tells a screen which capabilities exist:
 * the heartbeat and the kiosk actions only in Electron.
 */
export type Host = ElectronHost | WebHost;
