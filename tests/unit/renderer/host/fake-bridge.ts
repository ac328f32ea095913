import { vi } from 'vitest';
import type {
  CollectionProgressEvent,
  CollectionUpdatedEvent,
  KioskApi,
  KioskSettings,
} from '../../../../electron/shared/kiosk-api';
import type {
  DailySummary,
  InsightsExportFile,
  InsightsSaveResult,
} from '../../../../electron/shared/insights-summary';
import type { AdminStatus } from '../../../../electron/shared/kiosk-status';

/** Settings as a kiosk config might give them. */
export const SETTINGS: KioskSettings = {
  languages: ['en', 'id'],
  defaultLanguage: 'en',
  idleTimeoutSec: 120,
  idleCountdownSec: 20,
  publicBaseUrl: null,
  insightsRawDays: 30,
};

/** A status as main reports it. */
export const ADMIN_STATUS: AdminStatus = {
  versions: { app: '0.1.0', electron: '45.5.0', chrome: '140.0.0.0', node: '22.20.0' },
  startedAt: '2026-11-28T00:00:00.000Z',
  uptimeSec: 60,
  memoryMB: 300,
  collection: {
    sourceDir: '/media/usb/koleksi',
    sourceMissing: false,
    building: false,
    lastGood: null,
    lastFailure: null,
  },
  config: { path: '/etc/kiosk.json', exists: true, problems: [] },
  recoveries: [],
};

/**
 * A whole stand-in for the preload's `window.kiosk`, every function a `vi.fn` so a test can see
 * what the page asked; `emit` plays main announcing a new collection to the registered listeners.
 */
export function fakeBridge() {
  const listeners = new Set<(event: CollectionUpdatedEvent) => void>();
  const progressListeners = new Set<(event: CollectionProgressEvent) => void>();
  const kiosk = {
    version: vi.fn(async () => '0.1.0'),
    settings: vi.fn(async () => SETTINGS),
    heartbeat: vi.fn(async () => true as const),
    onCollectionUpdated: vi.fn((callback: (event: CollectionUpdatedEvent) => void) => {
      listeners.add(callback);
      return () => {
        listeners.delete(callback);
      };
    }),
    onCollectionProgress: vi.fn((callback: (event: CollectionProgressEvent) => void) => {
      progressListeners.add(callback);
      return () => {
        progressListeners.delete(callback);
      };
    }),
    insights: {
      report: vi.fn(async (_days: DailySummary[]) => true as const),
    },
    admin: {
      unlock: vi.fn(async (pin: string) =>
        pin === '2468' ? { ok: true } : { ok: false, reason: 'wrong-pin' as const },
      ),
      lock: vi.fn(async () => ({ ok: true })),
      exit: vi.fn(async () => ({ ok: true })),
      reload: vi.fn(async () => ({ ok: true })),
      restart: vi.fn(async () => ({ ok: false, reason: 'locked' as const })),
      syncNow: vi.fn(async () => ({ ok: true })),
      status: vi.fn(async (): Promise<AdminStatus | null> => ADMIN_STATUS),
      saveInsights: vi.fn(async (_files: InsightsExportFile[]): Promise<InsightsSaveResult> => ({
        ok: true,
        where: '/media/usb/kiosk-insights-2026-05-01-1430',
      })),
    },
  } satisfies KioskApi;
  const emit = (event: CollectionUpdatedEvent) => listeners.forEach((listener) => listener(event));
  const emitProgress = (event: CollectionProgressEvent) =>
    progressListeners.forEach((listener) => listener(event));
  return { kiosk, listeners, emit, emitProgress };
}
