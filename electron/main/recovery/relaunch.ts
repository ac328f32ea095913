import { app } from 'electron';
import type { KioskContext } from '../context';

/**
 * Exit code that asks a supervisor (systemd `Restart=always`, a Windows shell launcher) to start the
 * kiosk again. Under a supervisor `app.relaunch()` would start the new instance outside its control.
 */
const RELAUNCH_EXIT_CODE = 75;

/**
 * Restarts the whole app. With `KIOSK_SUPERVISED=1` it exits with {@link RELAUNCH_EXIT_CODE} and
 * lets the supervisor restart it; otherwise Electron spawns the new instance itself.
 */
export function relaunchApp(allowClose: () => void): void {
  allowClose();
  if (process.env.KIOSK_SUPERVISED === '1') {
    app.exit(RELAUNCH_EXIT_CODE);
    return;
  }
  app.relaunch();
  app.exit(0);
}

/**
 * A relaunch as a recovery (crash loop, memory, lost GPU, a page that never loads): journaled, and
 * skipped while the kiosk is out of order, where the relaunch-loop guard has already stopped them.
 * Returns whether the app relaunches.
 */
export function relaunchForRecovery(
  context: Pick<KioskContext, 'outOfOrder' | 'recovery' | 'log' | 'exitRequested'>,
  kind: string,
  detail: string,
): boolean {
  context.recovery(kind, detail);
  if (context.outOfOrder) {
    context.log.warn(`no relaunch (${kind}): the kiosk is out of order until a technician restarts it`);
    return false;
  }
  relaunchApp(() => (context.exitRequested = true));
  return true;
}

/** The technician's "restart now": a fresh start count, then a relaunch, out of order or not. */
export function restartNow(context: Pick<KioskContext, 'startGuard' | 'recovery' | 'exitRequested'>): void {
  context.startGuard.clear();
  context.recovery('admin-restart', 'restart by a technician; start history cleared');
  relaunchApp(() => (context.exitRequested = true));
}
