import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The collection build worker runs from a real file outside the asar (a worker thread cannot load
 * its script or sharp's native code from inside it), so Electron's asar integrity check does not
 * cover it. Its sha256 is written into the main bundle at build time, and main checks the file
 * against it before every start: a worker changed on disk after packaging is refused, never run.
 */

/** The sha256 of a file, hex. */
export function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** A worker that must not be started; the message is written for the technician's status page. */
export class WorkerIntegrityError extends Error {
  override name = 'WorkerIntegrityError';
}

/**
 * Throws {@link WorkerIntegrityError} unless `file` has the sha256 `expected`. A missing
 * fingerprint (a main process bundled without one) is refused too: there is nothing to check.
 */
export function verifyWorkerFile(file: string, expected: string | null): void {
  const name = path.basename(file);
  if (!expected) {
    throw new WorkerIntegrityError(
      `The collection build worker (${name}) was not started: this app was built without its fingerprint. Rebuild or reinstall the kiosk.`,
    );
  }
  let actual: string;
  try {
    actual = sha256File(file);
  } catch {
    throw new WorkerIntegrityError(
      `The collection build worker (${name}) was not started: the file is missing or unreadable. Reinstall the kiosk.`,
    );
  }
  if (actual !== expected) {
    throw new WorkerIntegrityError(
      `The collection build worker (${name}) was not started: it does not match this installation (changed on disk). Reinstall the kiosk.`,
    );
  }
}
