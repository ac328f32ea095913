import type { BuildProgress } from '../collection/build';
import { terminalProgress, type ProgressStream, type TerminalProgress } from './terminal-progress';

const LABELS: Record<BuildProgress['phase'], string> = {
  check: 'Checking images',
  images: 'Processing images',
  records: 'Writing records',
  switch: 'Switching to the new build',
  tiles: 'Making deep-zoom tiles (the kiosk is live meanwhile)',
};

/** Phases with counts worth a bar; the others are quick and get one line each. */
const COUNTED = new Set<BuildProgress['phase']>(['check', 'images', 'tiles']);

/**
 * Build (or check) progress for a terminal: a bar per counted phase (the images checked, then
 * processed), one line for each quick phase. Plain lines when `stream` is not a terminal.
 */
export function progressPrinter(stream: ProgressStream): ((p: BuildProgress) => void) & { stop(): void } {
  let phase: BuildProgress['phase'] | null = null;
  let bar: TerminalProgress | null = null;
  const print = (p: BuildProgress): void => {
    if (p.phase !== phase) {
      bar?.stop();
      bar = null;
      phase = p.phase;
      if (COUNTED.has(p.phase)) bar = terminalProgress(LABELS[p.phase], stream);
      else stream.write(`${LABELS[p.phase]}...\n`);
    }
    bar?.update(p.done, p.total);
  };
  return Object.assign(print, {
    stop: () => {
      bar?.stop();
      bar = null;
    },
  });
}

/**
 * Reports each image the check has looked at as `check` progress (a `CheckOptions.onInspected`):
 * the check reads every image before anything else is reported, which on a fresh clone is the
 * longest silence.
 */
export function checkReporting(onProgress: (p: BuildProgress) => void): () => void {
  let done = 0;
  return () => onProgress({ phase: 'check', done: ++done, total: 0 });
}
