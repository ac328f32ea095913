import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildInWorker } from '../../../../../electron/node/live-collection/build-in-worker';

// Stand-in worker scripts speak the same message protocol as collection-build-worker.ts.
function script(body: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kiosk-worker-')), 'worker.mjs');
  writeFileSync(file, `import { parentPort, workerData, threadId } from 'node:worker_threads';\n${body}`);
  return file;
}

describe('buildInWorker', () => {
  it('runs on another thread, forwards progress and resolves with the outcome', async () => {
    const workerFile = script(`
      parentPort.postMessage({ type: 'progress', detail: { step: 'read', source: workerData.source } });
      parentPort.postMessage({ type: 'done', outcome: { ok: true, errors: [], warnings: [], version: 'thread-' + threadId } });
    `);
    const onProgress = vi.fn();
    const outcome = await buildInWorker({ workerFile, input: { source: '/src', out: '/out' }, onProgress });
    expect(onProgress).toHaveBeenCalledWith({ step: 'read', source: '/src' });
    expect(outcome.ok).toBe(true);
    expect(outcome.version).toMatch(/^thread-[1-9]/);
  });

  it('rejects with the message of a failed build', async () => {
    const workerFile = script(`parentPort.postMessage({ type: 'failed', message: 'sharp missing' });`);
    await expect(buildInWorker({ workerFile, input: { source: 's', out: 'o' } })).rejects.toThrow(
      'sharp missing',
    );
  });

  it('rejects when the worker throws or exits without a result', async () => {
    await expect(
      buildInWorker({ workerFile: script(`throw new Error('kaput');`), input: { source: 's', out: 'o' } }),
    ).rejects.toThrow('kaput');
    await expect(
      buildInWorker({ workerFile: script(`process.exit(3);`), input: { source: 's', out: 'o' } }),
    ).rejects.toThrow(/code 3/);
  });

  it('forwards an early build as live, and passes a stop request on to the worker', async () => {
    // Goes live, then "makes tiles" until told to stop, and reports what it was told.
    const workerFile = script(`
      parentPort.postMessage({ type: 'live', outcome: { ok: true, errors: [], warnings: [], version: 'early', tilesPending: 3 } });
      parentPort.on('message', (message) => {
        parentPort.postMessage({ type: 'done', outcome: { ok: true, errors: [], warnings: [], version: 'after-' + message.type } });
      });
    `);
    const controller = new AbortController();
    const onLive = vi.fn(() => controller.abort());
    const outcome = await buildInWorker({
      workerFile,
      input: { source: 's', out: 'o' },
      onLive,
      signal: controller.signal,
    });
    expect(onLive).toHaveBeenCalledWith(expect.objectContaining({ version: 'early', tilesPending: 3 }));
    expect(outcome.version).toBe('after-stop');
  });

  it('tells a worker started after the abort to stop at once', async () => {
    const workerFile = script(`
      parentPort.on('message', (message) => {
        parentPort.postMessage({ type: 'done', outcome: { ok: true, errors: [], warnings: [], version: message.type } });
      });
    `);
    const controller = new AbortController();
    controller.abort();
    const outcome = await buildInWorker({
      workerFile,
      input: { source: 's', out: 'o' },
      signal: controller.signal,
    });
    expect(outcome.version).toBe('stop');
  });

  it('takes an "alive" message as a sign of life only', async () => {
    const workerFile = script(`
      parentPort.postMessage({ type: 'alive' });
      parentPort.postMessage({ type: 'done', outcome: { ok: true, errors: [], warnings: [], version: 'v' } });
    `);
    const onProgress = vi.fn();
    const outcome = await buildInWorker({ workerFile, input: { source: 's', out: 'o' }, onProgress });
    expect(outcome.version).toBe('v');
    expect(onProgress).not.toHaveBeenCalled();
  });
});
