import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  sha256File,
  verifyWorkerFile,
  WorkerIntegrityError,
} from '../../../../../electron/node/live-collection/worker-integrity';

let dir = '';
let worker = '';
const code = 'require("node:worker_threads").parentPort.postMessage({ type: "done" });\n';
const expected = createHash('sha256').update(code).digest('hex');

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kiosk-worker-'));
  worker = path.join(dir, 'collection-worker.cjs');
  writeFileSync(worker, code);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('verifyWorkerFile', () => {
  it('passes the worker the bundle was built with', () => {
    expect(sha256File(worker)).toBe(expected);
    expect(() => verifyWorkerFile(worker, expected)).not.toThrow();
  });

  it('refuses a worker changed by one byte, naming the file but not its folder', () => {
    appendFileSync(worker, ' ');
    expect(() => verifyWorkerFile(worker, expected)).toThrow(WorkerIntegrityError);
    try {
      verifyWorkerFile(worker, expected);
    } catch (error) {
      expect((error as Error).message).toMatch(/collection-worker\.cjs\) was not started.*changed on disk/);
      expect((error as Error).message).not.toContain(dir);
    }
  });

  it('refuses a missing worker and a bundle without a fingerprint', () => {
    expect(() => verifyWorkerFile(path.join(dir, 'gone.cjs'), expected)).toThrow(/missing or unreadable/);
    expect(() => verifyWorkerFile(worker, null)).toThrow(/without its fingerprint/);
  });
});
