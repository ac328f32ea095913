import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { validateConfig, type ConfigProblem, type KioskConfig } from './config-schema';

/** File name of the config inside the user-data folder. */
const CONFIG_FILE_NAME = 'kiosk-config.json';

/** Environment variable that overrides the config path. */
const CONFIG_ENV = 'KIOSK_CONFIG';

/** The product name Electron uses for the user-data folder (package.json `productName`). */
const PRODUCT_NAME = 'Batik Kiosk';

/**
 * Electron's default `userData` folder, computed without Electron so the `kiosk` CLI writes to the
 * same file the app reads: `%APPDATA%` on Windows, `~/Library/Application Support` on macOS and
 * `$XDG_CONFIG_HOME` (default `~/.config`) elsewhere, plus the product name.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  const p = platform === 'win32' ? path.win32 : path.posix;
  if (platform === 'win32') return p.join(env.APPDATA ?? p.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return p.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return p.join(env.XDG_CONFIG_HOME || p.join(home, '.config'), PRODUCT_NAME);
}

/**
 * Where the config file is: `--config PATH` (or `--config=PATH`) wins, then `KIOSK_CONFIG`, then
 * the user-data folder. Relative paths resolve against the working directory.
 */
export function resolveConfigPath(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  userDataDir: string,
): string {
  const index = argv.indexOf('--config');
  const inline = argv.find((arg) => arg.startsWith('--config='));
  const fromArgs = inline ? inline.slice('--config='.length) : index >= 0 ? argv[index + 1] : undefined;
  const chosen = fromArgs || env[CONFIG_ENV];
  return chosen ? path.resolve(chosen) : path.join(userDataDir, CONFIG_FILE_NAME);
}

/** A loaded config with where it came from and what was wrong with it. */
export interface LoadedConfig {
  path: string;
  exists: boolean;
  config: KioskConfig;
  problems: ConfigProblem[];
}

/** Reads and validates the config. Never throws: a missing or broken file yields defaults. */
export function loadConfig(file: string): LoadedConfig {
  if (!existsSync(file)) {
    return { path: file, exists: false, ...validateConfig({}) };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const message = `cannot read as JSON (${(error as Error).message}); using defaults`;
    return { path: file, exists: true, ...validateConfig({}), problems: [{ field: '(file)', message }] };
  }
  return { path: file, exists: true, ...validateConfig(raw) };
}

/**
 * Sets one field in the config file and keeps every other field as written (even invalid ones: the
 * technician may be halfway through an edit). Written to a temporary file and renamed, so a power
 * cut never leaves half a file.
 */
export function updateConfigField(file: string, key: keyof KioskConfig, value: unknown): void {
  let raw: Record<string, unknown> = {};
  if (existsSync(file)) {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new Error(`${file}: the config must be a JSON object; fix or delete it first`);
    }
    raw = parsed as Record<string, unknown>;
  }
  raw[key] = value;
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(raw, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
}
