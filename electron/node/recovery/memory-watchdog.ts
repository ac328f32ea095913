/**
 * Relaunches the app when all its processes together use more memory than the configured limit.
 * One high sample is normal (a deep-zoom image decoding); only a limit exceeded on several samples
 * in a row counts, so a spike never interrupts a visitor.
 */

/** The part of Electron's `ProcessMetric` the watchdog reads. */
export interface ProcessMemorySample {
  /** Working set in kilobytes, as Electron reports it. */
  memory: { workingSetSize: number };
}

/** Sum of the working sets of every process, in MB. */
export function totalWorkingSetMB(metrics: readonly ProcessMemorySample[]): number {
  const kb = metrics.reduce((sum, metric) => sum + metric.memory.workingSetSize, 0);
  return Math.round(kb / 1024);
}

/** Counts consecutive samples over the limit. */
export class MemoryWatchdog {
  private overCount = 0;

  constructor(
    private readonly limitMB: number,
    private readonly samplesOverLimit = 3,
  ) {}

  /** Feeds one sample; true means relaunch now. */
  sample(totalMB: number): boolean {
    this.overCount = totalMB > this.limitMB ? this.overCount + 1 : 0;
    return this.overCount >= this.samplesOverLimit;
  }
}
