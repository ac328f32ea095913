import type { KioskContext } from '../context';
import { relaunchApp } from './relaunch';

/** How long the out-of-order page stays before the kiosk tries one fresh start by itself. */
export const OUT_OF_ORDER_RETRY_MS = 60 * 60_000;

/**
 * While out of order the kiosk relaunches nothing by itself, except one fresh start an hour later:
 * by then the loop's starts have left the guard's window, so a passing fault (a drive mounted late,
 * a power flicker) heals without a visit, and a lasting one costs a few starts an hour before the
 * out-of-order page is back. A technician restarts at once with the admin "restart now".
 */
export function setupOutOfOrderRetry(context: KioskContext): () => void {
  context.log.warn('kiosk is out of order: showing the out-of-order page', {
    retryInMinutes: OUT_OF_ORDER_RETRY_MS / 60_000,
  });
  const timer = setTimeout(() => {
    context.recovery('out-of-order-retry', 'trying a fresh start after an hour out of order');
    relaunchApp(() => (context.exitRequested = true));
  }, OUT_OF_ORDER_RETRY_MS);
  return () => clearTimeout(timer);
}
