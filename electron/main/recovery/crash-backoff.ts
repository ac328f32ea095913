import { app, type BrowserWindow } from 'electron';
import { ChildProcessWatch, CrashBackoff, DEFAULT_CRASH_BACKOFF } from '../../node/recovery/crash-backoff';
import type { KioskContext } from '../context';
import { reloadHome } from './heartbeat';
import { relaunchForRecovery } from './relaunch';

/** How long the page may stay unresponsive before its renderer is killed and reloaded. */
const UNRESPONSIVE_GRACE_MS = 10_000;

/**
 * Self-recovery of the kiosk window from lost processes: a dead renderer reloads with backoff (a
 * crash loop relaunches the app), a hung one is force-crashed after a grace period (which then
 * reloads it), and repeated losses of GPU or utility processes relaunch the app. The policy is in
 * `electron/node/recovery/crash-backoff.ts`. Returns a function that stops the pending timer.
 */
export function setupCrashRecovery(window: BrowserWindow, context: KioskContext): () => void {
  const contents = window.webContents;
  const backoff = new CrashBackoff();
  const children = new ChildProcessWatch();
  const relaunch = (why: string): boolean => relaunchForRecovery(context, 'relaunch', why);

  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    const step = backoff.onCrash(Date.now());
    // Out of order, a crash loop of the out-of-order page itself is reloaded at the longest delay.
    if (step.action === 'relaunch' && relaunch(`renderer crash loop (${details.reason})`)) return;
    const delayMs = step.action === 'reload' ? step.delayMs : DEFAULT_CRASH_BACKOFF.maxDelayMs;
    context.recovery('reload', `renderer gone (${details.reason}); reload in ${delayMs} ms`);
    setTimeout(() => reloadHome(window, context), delayMs);
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
    if (children.onGone(details.reason, Date.now())) void relaunch(`repeated ${details.type} process loss`);
  });

  return () => clearTimeout(hung);
}
