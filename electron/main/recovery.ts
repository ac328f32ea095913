import { app, type BrowserWindow } from 'electron';
import { ChildProcessWatch, CrashBackoff } from '../node/kiosk/crash-backoff';
import { APP_START_URL } from '../node/kiosk/navigation';
import type { KioskContext } from './context';
import { relaunchApp } from './relaunch';

/** How long the page may stay unresponsive before its renderer is killed and reloaded. */
const UNRESPONSIVE_GRACE_MS = 10_000;

/**
 * Self-recovery of the kiosk window: a dead renderer reloads with backoff (a crash loop relaunches the
 * app), a hung one is force-crashed after a grace period (which then reloads it), repeated losses of
 * GPU or utility processes relaunch the app, and a page that stops sending heartbeats is reloaded.
 */
export function setupRecovery(window: BrowserWindow, context: KioskContext): () => void {
  const contents = window.webContents;
  const backoff = new CrashBackoff();
  const children = new ChildProcessWatch();
  const relaunch = (why: string): void => {
    context.recovery('relaunch', why);
    relaunchApp(() => (context.exitRequested = true));
  };
  const reloadHome = (): void => {
    context.heartbeat.reset(Date.now());
    if (!window.isDestroyed()) void contents.loadURL(APP_START_URL);
  };

  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    const step = backoff.onCrash(Date.now());
    if (step.action === 'relaunch') return relaunch(`renderer crash loop (${details.reason})`);
    context.recovery('reload', `renderer gone (${details.reason}); reload in ${step.delayMs} ms`);
    setTimeout(reloadHome, step.delayMs);
  });

  let hung: ReturnType<typeof setTimeout> | undefined;
  window.on('unresponsive', () => {
    hung ??= setTimeout(() => {
      hung = undefined;
      context.recovery('force-crash', `page unresponsive for ${UNRESPONSIVE_GRACE_MS} ms`);
      contents.forcefullyCrashRenderer();
    }, UNRESPONSIVE_GRACE_MS);
  });
  window.on('responsive', () => {
    clearTimeout(hung);
    hung = undefined;
  });

  app.on('child-process-gone', (_event, details) => {
    context.log.warn('child process gone', { type: details.type, reason: details.reason });
    if (children.onGone(details.reason, Date.now())) relaunch(`repeated ${details.type} process loss`);
  });

  const heartbeatCheck = setInterval(() => {
    if (context.heartbeat.check(Date.now()) !== 'missed') return;
    context.recovery('reload', 'renderer heartbeat missed');
    reloadHome();
  }, context.heartbeat.options.intervalMs);

  return () => {
    clearInterval(heartbeatCheck);
    clearTimeout(hung);
  };
}
