import type { BuildProgress } from './build';

const LABELS: Record<BuildProgress['phase'], string> = {
  check: 'Checking the collection',
  images: 'Processing images',
  records: 'Writing records',
  switch: 'Switching to the new build',
};

/**
 * Build progress for a terminal: a redrawn bar when `tty`, otherwise one plain line per phase and
 * per tenth of the images, so logs stay readable.
 */
export function progressPrinter(write: (text: string) => void, tty: boolean): (p: BuildProgress) => void {
  let lastPhase = '';
  let lastTenth = -1;
  return (p) => {
    if (p.phase !== 'images') {
      if (tty && lastPhase === 'images') write('\n');
      if (p.phase !== lastPhase) write(`${LABELS[p.phase]}...\n`);
      lastPhase = p.phase;
      return;
    }
    lastPhase = 'images';
    const share = p.total === 0 ? 1 : p.done / p.total;
    if (tty) {
      const width = 30;
      const filled = Math.round(share * width);
      write(`\r${LABELS.images} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${p.done}/${p.total}`);
    } else {
      const tenth = Math.floor(share * 10);
      if (tenth !== lastTenth) write(`${LABELS.images}: ${p.done}/${p.total}\n`);
      lastTenth = tenth;
    }
  };
}
