import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInWorker, stalledMessage } from '../../../../../electron/node/live-collection/build-in-worker';
import { CollectionUpdater } from '../../../../../electron/node/live-collection/collection-updater';

// Stand-in worker scripts speak the same message protocol as collection-build-worker.ts. Each one
// takes the build lock in `out` first, as the real build does.
function script(body: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kiosk-watchdog-')), 'worker.mjs');
  writeFileSync(
    file,
    `import { parentPort, workerData } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';
writeFileSync(workerData.out + '/build.lock', String(process.pid));
${body}`,
  );
  return file;
}

/** Reports one step, then waits forever with its event loop alive (a decoder that never answers). */
const hangsAfterOneStep = `
  parentPort.postMessage({ type: 'progress', detail: { phase: 'images', done: 1, total: 9 } });
  setInterval(() => {}, 60_000);
`;

const outDir = () => mkdtempSync(path.join(tmpdir(), 'kiosk-watchdog-out-'));

describe('the build worker watchdog', () => {
  it('stops a build that sends no progress, says so plainly, and releases its lock', async () => {
    const out = outDir();
    const started = Date.now();
    const build = buildInWorker({
      workerFile: script(hangsAfterOneStep),
      input: { source: 's', out },
      stallMs: 400,
    });
    await expect(build).rejects.toThrow(stalledMessage(400));
    expect(Date.now() - started).toBeGreaterThanOrEqual(400);
    expect(existsSync(path.join(out, 'build.lock'))).toBe(false);
    expect(stalledMessage(10 * 60_000)).toBe(
      'The collection build made no progress for 10 minutes and was stopped. ' +
        'The last good collection stays on screen; the next change to the folder starts a new build.',
    );
  });

  it('stops a worker spinning in a loop that never yields', async () => {
    const out = outDir();
    const build = buildInWorker({
      workerFile: script('for (;;) {}'),
      input: { source: 's', out },
      stallMs: 300,
    });
    await expect(build).rejects.toThrow(/made no progress/);
    expect(existsSync(path.join(out, 'build.lock'))).toBe(false);
  });

  it('lets a long build run as long as it keeps reporting progress', async () => {
    const workerFile = script(`
      let done = 0;
      const timer = setInterval(() => {
        done++;
        parentPort.postMessage({ type: 'progress', detail: { phase: 'images', done, total: 25 } });
        if (done === 25) {
          clearInterval(timer);
          parentPort.postMessage({ type: 'done', outcome: { ok: true, errors: [], warnings: [], version: 'slow' } });
        }
      }, 100);
    `);
    // 2.5 s in all, more than twice the watchdog's second, but never quiet for that long.
    const outcome = await buildInWorker({
      workerFile,
      input: { source: 's', out: outDir() },
      stallMs: 1_000,
    });
    expect(outcome.version).toBe('slow');
  });

  it('reports a hung build as a failure and builds again on the next change', async () => {
    const out = outDir();
    let workerFile = script(hangsAfterOneStep);
    const updater = new CollectionUpdater({
      sourceDir: '/src',
      sourceExists: () => true,
      build: () => buildInWorker({ workerFile, input: { source: '/src', out }, stallMs: 300 }),
      onGood: () => undefined,
    });
    await updater.request('start');
    const failure = updater.status().lastFailure;
    expect(failure?.errors[0]?.message).toBe(stalledMessage(300));
    expect(updater.status().building).toBe(false);

    workerFile = script(
      `parentPort.postMessage({ type: 'done', outcome: { ok: true, errors: [], warnings: [], version: 'v2' } });`,
    );
    await updater.request('change');
    expect(updater.status().lastFailure).toBeNull();
    expect(updater.status().lastGood?.version).toBe('v2');
  });
});
