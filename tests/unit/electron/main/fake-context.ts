import type { BrowserWindow } from 'electron';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import type { KioskContext } from '../../../../electron/main/context';
import { AdminGate } from '../../../../electron/node/admin/admin-gate';
import { defaultConfig } from '../../../../electron/node/config/config-schema';
import { HeartbeatWatchdog } from '../../../../electron/node/recovery/heartbeat';
import { RecoveryJournal } from '../../../../electron/node/recovery/recovery-journal';
import { StartGuard } from '../../../../electron/node/recovery/start-guard';
import { APP_START_URL } from '../../../../electron/node/security/navigation';
import type { KioskLogger } from '../../../../electron/node/storage/rotating-log';
import { BrowserWindow as FakeBrowserWindow } from '../../../mocks/electron';

type LogFn = (message: string, detail?: unknown) => void;

/** A logger whose calls tests can inspect. */
export function fakeLog() {
  return { info: vi.fn<LogFn>(), warn: vi.fn<LogFn>(), error: vi.fn<LogFn>() } satisfies KioskLogger;
}

/** A main-process context over the electron stub, with a fake window. */
export function fakeContext(overrides: Partial<KioskContext> = {}) {
  const journal = new RecoveryJournal();
  const log = fakeLog();
  const window = new FakeBrowserWindow({ kiosk: true });
  const context: KioskContext = {
    dev: false,
    paths: {
      rendererRoot: '/app/dist/renderer',
      preload: '/app/dist/electron/preload.cjs',
      collectionWorker: '/app/dist/electron/collection-worker.cjs',
      bundledCollection: '/app/collection',
    },
    userData: '/tmp/kiosk-user-data',
    loaded: {
      path: '/tmp/kiosk-user-data/kiosk-config.json',
      exists: false,
      config: defaultConfig(),
      problems: [],
    },
    log,
    journal,
    gate: new AdminGate({ pinHash: () => context.loaded.config.adminPinHash }),
    heartbeat: new HeartbeatWatchdog({ intervalMs: 1000, missedLimit: 3 }),
    startGuard: new StartGuard(
      path.join(mkdtempSync(path.join(tmpdir(), 'kiosk-start-')), 'start-history.json'),
    ),
    outOfOrder: false,
    homeUrl: APP_START_URL,
    startedAt: new Date('2026-01-01T00:00:00Z'),
    window: window as unknown as BrowserWindow,
    updater: null,
    publishStatus: null,
    insightsSummary: null,
    exitRequested: false,
    recovery: (kind, detail) => void journal.add(kind, detail),
    ...overrides,
  };
  return { context, log, window, journal };
}
