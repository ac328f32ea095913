import { app } from 'electron';
import { MemoryWatchdog, totalWorkingSetMB } from '../../node/recovery/memory-watchdog';
import { nextRelaunchAt } from '../../node/recovery/scheduled-relaunch';
import type { KioskContext } from '../context';
import { relaunchForRecovery } from './relaunch';

/** How often the memory watchdog samples `app.getAppMetrics()`. */
const MEMORY_SAMPLE_MS = 60_000;

/**
 * The optional nightly relaunch and the memory watchdog, both configured in the kiosk config.
 * Returns a function that stops both.
 */
export function setupScheduledRelaunch(context: KioskContext): () => void {
  const { nightlyRelaunch, memoryLimitMB } = context.loaded.config;
  const relaunch = (kind: string, detail: string): void => void relaunchForRecovery(context, kind, detail);
  const timers: (() => void)[] = [];

  const next = nightlyRelaunch ? nextRelaunchAt(new Date(), nightlyRelaunch) : null;
  if (next) {
    context.log.info('nightly relaunch scheduled', next.toString());
    const timer = setTimeout(
      () => relaunch('nightly-relaunch', `scheduled at ${nightlyRelaunch}`),
      next.getTime() - Date.now(),
    );
    timers.push(() => clearTimeout(timer));
  }

  if (memoryLimitMB !== null) {
    const watchdog = new MemoryWatchdog(memoryLimitMB);
    const timer = setInterval(() => {
      const totalMB = totalWorkingSetMB(app.getAppMetrics());
      if (watchdog.sample(totalMB))
        relaunch('memory-relaunch', `${totalMB} MB used, limit ${memoryLimitMB} MB`);
    }, MEMORY_SAMPLE_MS);
    timers.push(() => clearInterval(timer));
  }
  return () => timers.forEach((stop) => stop());
}
