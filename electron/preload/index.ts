/**
 * The preload: the only bridge between the page and main. It exposes ONE object, `window.kiosk`,
 * of purpose-named functions; the page never sees `ipcRenderer` or a channel name. Bundled as one
 * CommonJS file because sandboxed preloads can't `import`. The renderer gets the bridge's type with
 * `import type { KioskApi }` (see `electron/shared/kiosk-api.ts`), never this module's code.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  readCollectionProgress,
  type CollectionProgressEvent,
  type CollectionUpdatedEvent,
  type InvokeChannel,
  type InvokeContract,
} from '../shared/ipc';
import type { DailySummary, InsightsExportFile } from '../shared/insights-summary';

function invoke<C extends InvokeChannel>(
  channel: C,
  ...payload: InvokeContract[C]['request'] extends undefined ? [] : [InvokeContract[C]['request']]
): Promise<InvokeContract[C]['response']> {
  return ipcRenderer.invoke(channel, ...payload) as Promise<InvokeContract[C]['response']>;
}

const api = {
  /** The app's version (package.json). */
  version: (): Promise<string> => invoke(INVOKE_CHANNELS.appVersion),
  /** Kiosk settings from the config: languages, idle timings, QR base URL. */
  settings: () => invoke(INVOKE_CHANNELS.settings),
  /** Tells main the page is alive; call every few seconds (the watchdog reloads a silent page). */
  heartbeat: () => invoke(INVOKE_CHANNELS.heartbeat),
  /**
   * Calls `callback` when a new collection passed its checks and should be synced now.
   * @returns a function that removes the listener
   */
  onCollectionUpdated: (callback: (event: CollectionUpdatedEvent) => void): (() => void) => {
    const listener = (_event: IpcRendererEvent, payload: CollectionUpdatedEvent): void =>
      callback({ version: typeof payload?.version === 'string' ? payload.version : null });
    ipcRenderer.on(EVENT_CHANNELS.collectionUpdated, listener);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS.collectionUpdated, listener);
    };
  },
  /**
   * Calls `callback` as a collection build goes on (images checked, pictures made), so a kiosk with
   * no collection yet can say what it is doing. Malformed payloads are dropped.
   * @returns a function that removes the listener
   */
  onCollectionProgress: (callback: (event: CollectionProgressEvent) => void): (() => void) => {
    const listener = (_event: IpcRendererEvent, payload: unknown): void => {
      const progress = readCollectionProgress(payload);
      if (progress) callback(progress);
    };
    ipcRenderer.on(EVENT_CHANNELS.collectionProgress, listener);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS.collectionProgress, listener);
    };
  },
  insights: {
    /** Hands main the last days' visitor counts, which it sends with its fleet heartbeat. */
    report: (days: DailySummary[]) => invoke(INVOKE_CHANNELS.insightsReport, days),
  },
  admin: {
    /** Checks the PIN in main; opens a short admin session when right. */
    unlock: (pin: string) => invoke(INVOKE_CHANNELS.adminUnlock, { pin }),
    /** Ends the admin session now. */
    lock: () => invoke(INVOKE_CHANNELS.adminLock),
    /** Quits the kiosk (admin session required). */
    exit: () => invoke(INVOKE_CHANNELS.adminExit),
    /** Reloads the page from the start screen (admin session required). */
    reload: () => invoke(INVOKE_CHANNELS.adminReload),
    /** Restarts the whole app with a fresh start count, also out of order (admin session required). */
    restart: () => invoke(INVOKE_CHANNELS.adminRestart),
    /** Recompiles the collection folder now; a passing build triggers `onCollectionUpdated`. */
    syncNow: () => invoke(INVOKE_CHANNELS.adminSyncNow),
    /** Status page data, or null without an admin session. */
    status: () => invoke(INVOKE_CHANNELS.adminStatus),
    /**
     * Saves an insights export: main asks the technician for a folder (a USB drive) and writes the
     * files into a new subfolder there (admin session required).
     */
    saveInsights: (files: InsightsExportFile[]) => invoke(INVOKE_CHANNELS.adminInsightsSave, files),
  },
};

/** The bridge's type, derived from the code above. */
export type KioskApi = typeof api;

contextBridge.exposeInMainWorld('kiosk', api);
