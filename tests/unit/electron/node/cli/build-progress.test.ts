import { describe, expect, it } from 'vitest';
import { checkReporting, progressPrinter } from '../../../../../electron/node/cli/build-progress';
import type { BuildProgress } from '../../../../../electron/node/collection/build';
import { fakeStream } from './fake-stream';

describe('progressPrinter', () => {
  it('gives the counted phases lines with counts and the quick ones a line each, off a terminal', async () => {
    const stream = fakeStream(false);
    const print = progressPrinter(stream);
    const inspected = checkReporting(print);
    for (let i = 0; i < 3; i++) inspected();
    const phases: BuildProgress[] = [
      { phase: 'images', done: 0, total: 2 },
      { phase: 'images', done: 1, total: 2 },
      { phase: 'images', done: 2, total: 2 },
      { phase: 'records', done: 0, total: 1 },
    ];
    for (const p of phases) print(p);
    print.stop();
    expect(stream.text()).toBe(
      [
        'Checking images: 1',
        'Processing images: 0/2',
        'Processing images: 1/2',
        'Processing images: 2/2',
        'Writing records...',
        '',
      ].join('\n'),
    );
  });
});
