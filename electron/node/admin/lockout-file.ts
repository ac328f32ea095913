import path from 'node:path';
import { z } from 'zod';
import type { KioskLogger } from '../storage/rotating-log';
import { readStateFile, writeStateFile } from '../storage/state-file';
import { DEFAULT_PIN_LOCKOUT, type LockoutState, type LockoutStore } from './pin-lockout';

/**
 * The PIN lockout's file, `admin-lockout.json` beside the kiosk config: the config's folder is the
 * one place the kiosk app, the web host (`npm run web -- --config FILE`) and `npm run kiosk-config --
 * set-pin` all know, so they share one lockout for one PIN.
 */
const LOCKOUT_FILE_NAME = 'admin-lockout.json';

/** The lockout file that belongs to the config at `configPath`. */
export function lockoutFileBeside(configPath: string): string {
  return path.join(path.dirname(configPath), LOCKOUT_FILE_NAME);
}

const epochMs = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const lockoutSchema = z.strictObject({
  failures: z.number().int().min(0).max(1_000_000),
  lockedAt: epochMs,
  lockMs: z.number().int().min(0).max(DEFAULT_PIN_LOCKOUT.maxLockMs),
});

function parseLockout(raw: unknown): LockoutState | null {
  const parsed = lockoutSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/**
 * The lockout store on disk. A missing or damaged file loads as null (the lockout then starts
 * locked, see pin-lockout.ts) and is logged; a file that cannot be written is logged and the
 * lockout goes on in memory.
 */
export function fileLockoutStore(file: string, log?: KioskLogger): LockoutStore {
  return {
    load: () => {
      const read = readStateFile(file, parseLockout);
      if (read.kind === 'ok') return read.value;
      if (read.kind === 'damaged')
        log?.warn(`PIN lockout file ${read.reason}; the PIN pad starts locked`, file);
      else log?.info('no PIN lockout file; the PIN pad starts locked for one short window', file);
      return null;
    },
    save: (state) => {
      try {
        writeStateFile(file, state);
      } catch (error) {
        log?.warn('cannot write the PIN lockout file; the lockout holds until the next start only', {
          file,
          error,
        });
      }
    },
  };
}

/** Writes a clean lockout, e.g. after a technician set a new PIN. Throws when it cannot. */
export function clearLockoutFile(file: string): void {
  const clean: LockoutState = { failures: 0, lockedAt: 0, lockMs: 0 };
  writeStateFile(file, clean);
}
