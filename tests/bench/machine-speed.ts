// How fast the machine itself was around a benchmark run. The 2-core VMs these benchmarks run on
// change speed by more than the changes under test: on 2026-12-04 the same texture loop on the same
// raster took 92-97 ms at 19:57 and 136 ms at 20:18, and the same drawing of the sample 21 s and
// 28 s. Every benchmark that prints these beside its figures lets a reader tell a slower machine
// from slower code.
import { readFileSync } from 'node:fs';

const PROBE_BYTES = 4 * 1024 * 1024;
const PROBE_RUNS = 5;

/**
 * Median ms of a fixed CPU-bound loop (byte table lookups over 4 MB, like the sample drawing's
 * texture loop), run five times. The same work on every call, so two calls compare the machine.
 */
export function probeMs(): number {
  const data = new Uint8Array(PROBE_BYTES);
  for (let i = 0; i < data.length; i += 1) data[i] = (i * 2654435761) >>> 24;
  const table = Uint8Array.from({ length: 65536 }, (_, i) => ((i >> 8) * (i & 255)) >> 8);
  const times: number[] = [];
  let sum = 0;
  for (let run = 0; run < PROBE_RUNS; run += 1) {
    const start = performance.now();
    for (let i = 1; i < data.length; i += 1) data[i] = table[(data[i - 1]! << 8) | data[i]!]! ^ run;
    sum += data[data.length - 1]!;
    times.push(performance.now() - start);
  }
  // Read, so the loop's result is used and cannot be dropped as dead code.
  if (sum < 0) throw new Error('unreachable');
  times.sort((a, b) => a - b);
  return Math.round(times[PROBE_RUNS >> 1]! * 10) / 10;
}

/**
 * CPU time the hypervisor gave other guests instead of this VM, in ms since boot, summed over all
 * cores (the `steal` column of /proc/stat); null where there is no /proc/stat.
 */
export function stolenMs(stat = '/proc/stat'): number | null {
  try {
    const cpu = readFileSync(stat, 'utf8').split('\n')[0]!.trim().split(/\s+/);
    if (cpu[0] !== 'cpu' || cpu.length < 9) return null;
    // Clock ticks of 1/100 s (USER_HZ on Linux).
    return Number(cpu[8]) * 10;
  } catch {
    return null;
  }
}

/** Starts watching the machine; `end()` gives the figures for the benchmark's JSON. */
export function watchMachine(): { end(): MachineFigures } {
  const before = probeMs();
  const stolenBefore = stolenMs();
  return {
    end: () => {
      const stolenAfter = stolenMs();
      return {
        probeMsBefore: before,
        probeMsAfter: probeMs(),
        stolenCpuMs: stolenBefore === null || stolenAfter === null ? null : stolenAfter - stolenBefore,
      };
    },
  };
}

export interface MachineFigures {
  /** The fixed loop's median ms before the run and after it: equal on a machine of steady speed. */
  probeMsBefore: number;
  probeMsAfter: number;
  /** CPU time taken by other guests of the hypervisor during the run, all cores; null off Linux. */
  stolenCpuMs: number | null;
}
