import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * A small size-capped, rotating log file in the user-data folder (`kiosk.log`, `kiosk.log.1`...).
 * Written synchronously: the kiosk logs a few lines an hour, and a line written just before a crash
 * is exactly the one a technician needs. Written here rather than with electron-log to keep the
 * plain-Node core free of Electron and the dependency list short.
 */

type LogLevel = 'info' | 'warn' | 'error';

/** The logger the kiosk modules receive. */
export interface KioskLogger {
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

/** Where and how much to keep. */
export interface RotatingLogOptions {
  dir: string;
  fileName?: string;
  /** Rotate when the current file would grow past this size. */
  maxBytes?: number;
  /** Rotated files kept besides the current one. */
  keep?: number;
  /** Also echo to stderr (development runs). */
  echo?: boolean;
  now?: () => Date;
}

/** Creates the rotating logger. Logging failures are swallowed: a full disk must not crash the kiosk. */
export function createRotatingLog(options: RotatingLogOptions): KioskLogger {
  const { dir, fileName = 'kiosk.log', maxBytes = 1_000_000, keep = 5, echo = false } = options;
  const now = options.now ?? (() => new Date());
  const file = path.join(dir, fileName);

  const rotate = (): void => {
    rmSync(`${file}.${keep}`, { force: true });
    for (let index = keep - 1; index >= 1; index -= 1) {
      if (existsSync(`${file}.${index}`)) renameSync(`${file}.${index}`, `${file}.${index + 1}`);
    }
    renameSync(file, `${file}.1`);
  };

  const write = (level: LogLevel, message: string, detail?: unknown): void => {
    const suffix = detail === undefined ? '' : ` ${safeJson(detail)}`;
    const line = `${now().toISOString()} ${level.toUpperCase()} ${message}${suffix}\n`;
    if (echo) process.stderr.write(line);
    try {
      mkdirSync(dir, { recursive: true });
      if (existsSync(file) && statSync(file).size + Buffer.byteLength(line) > maxBytes) rotate();
      appendFileSync(file, line);
    } catch {
      // Nowhere left to report it; the kiosk keeps running.
    }
  };

  return {
    info: (message, detail) => write('info', message, detail),
    warn: (message, detail) => write('warn', message, detail),
    error: (message, detail) => write('error', message, detail),
  };
}

function safeJson(value: unknown): string {
  if (value instanceof Error) return JSON.stringify({ name: value.name, message: value.message });
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
