/**
 * Main-process entry (bundled to `dist/electron/main.cjs`). Order matters: the scheme must be
 * privileged and the user-data folder fixed before `ready`; security rules must be in place before
 * the window exists. Each feature lives in its own `setupX()`; nothing clever happens here.
 */
import { app } from 'electron';
import { createRequestHandler } from '../node/server/request-handler';
import { createKioskContext } from './context';
import { setupIpc } from './ipc';
import { createIpcHandlers } from './ipc-handlers';
import { setupFleetReport } from './fleet-report';
import { servedCollectionRoot, setupCollectionUpdates } from './live-collection/live-collection';
import { setupCrashRecovery } from './recovery/crash-backoff';
import { setupHeartbeatCheck } from './recovery/heartbeat';
import { setupLoadFailures } from './recovery/load-failures';
import { setupOutOfOrderRetry } from './recovery/out-of-order';
import { setupScheduledRelaunch } from './recovery/scheduled-relaunch';
import { applyKioskSwitches, registerKioskScheme, setupProtocol } from './scheme';
import { setupSecurity } from './security';
import { setupWindowGuards } from './security/window-guards';
import { createKioskWindow } from './window';

registerKioskScheme();
applyKioskSwitches();
const context = createKioskContext();

if (!app.requestSingleInstanceLock()) {
  // Another kiosk already runs: hand over to it (it focuses itself) and leave.
  app.quit();
} else {
  app.on('second-instance', () => {
    const window = context.window;
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

function start(): void {
  const { log } = context;
  log.info('kiosk starting', {
    version: app.getVersion(),
    dev: context.dev,
    config: context.loaded.path,
    outOfOrder: context.outOfOrder,
  });
  setupSecurity({ dev: context.dev, log });
  const handler = createRequestHandler({
    rendererRoot: context.paths.rendererRoot,
    getCollectionRoot: () => servedCollectionRoot(context),
    log: (entry) => log.warn('request denied', entry),
    compression: false,
  });
  setupProtocol(handler);
  setupIpc(createIpcHandlers(context), log);
  const window = createKioskWindow(context.paths.preload, context.dev, context.homeUrl);
  context.window = window;
  setupWindowGuards(window, context);
  setupCrashRecovery(window, context);
  setupHeartbeatCheck(window, context);
  setupLoadFailures(window, context, (url) => handler(new Request(url)).then((response) => response.ok));
  if (context.outOfOrder) {
    // No compile either: a native crash in the build worker can be what takes main down in a loop.
    setupOutOfOrderRetry(context);
    return;
  }
  setupScheduledRelaunch(context);
  setupCollectionUpdates(context);
  setupFleetReport(context);
}
