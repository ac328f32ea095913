interface SchedulerWithYield {
  yield(): Promise<void>;
}

/**
 * Gives the event loop a turn between chunks so taps and paints get through during a sync.
 * `scheduler.yield()` keeps our place at the front of the queue where Chromium has it.
 */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
