import type { KioskSettings } from '../../shared/kiosk-status';
import { AdminGate } from '../admin/admin-gate';
import { fileLockoutStore, lockoutFileBeside } from '../admin/lockout-file';
import { PinLockout } from '../admin/pin-lockout';
import { loadConfig } from '../config/config-file';
import { defaultConfig } from '../config/config-schema';
import { pageSettings } from '../config/page-settings';
import type { KioskLogger } from '../storage/rotating-log';
import { WebAdminSession } from './admin-session';

/**
 * What `npm run web -- --config FILE` takes from the kiosk config: the page settings (served on
 * `/api/settings`, as Electron's bridge gives them) and the admin PIN (then `/api/status` needs an
 * unlocked session, with the kiosk's lockout kept beside the config). The folder and the relaunch
 * settings are the Electron kiosk's; the web host says so rather than ignoring them silently.
 */
export type WebHostConfig =
  | {
      ok: true;
      settings: KioskSettings | undefined;
      admin: WebAdminSession | null;
      /** The config's `buildStallMinutes` in ms, for the web host's build worker; undefined = its default. */
      stallMs: number | undefined;
      lines: string[];
    }
  | { ok: false; message: string };

const OPEN_ADMIN =
  'The admin screen is open: five taps in the top-left corner show the status page to anyone at this page. ' +
  'To require the PIN, pass --config FILE with an adminPinHash (npm run kiosk-config -- set-pin --config FILE).';

/** Reads the config named by `--config` (or none) for the web host. */
export function webHostConfig(
  file: string | null,
  log: KioskLogger,
  now: number = Date.now(),
): WebHostConfig {
  if (!file) return { ok: true, settings: undefined, admin: null, stallMs: undefined, lines: [OPEN_ADMIN] };
  const loaded = loadConfig(file);
  if (!loaded.exists) {
    return {
      ok: false,
      message: `No kiosk config at ${file}. Check the path, or write one with npm run kiosk-config -- set-pin --config ${file}.`,
    };
  }
  const lines = loaded.problems.map((problem) => `config ${problem.field}: ${problem.message}`);
  const { config } = loaded;
  const defaults = defaultConfig();
  const kioskOnly = (['collectionDir', 'nightlyRelaunch', 'memoryLimitMB'] as const).filter(
    (key) => config[key] !== defaults[key],
  );
  if (kioskOnly.length > 0) {
    lines.push(
      `config ${kioskOnly.join(', ')}: used by the Electron kiosk only (the web host serves --collection).`,
    );
  }
  let admin: WebAdminSession | null = null;
  const hash = config.adminPinHash;
  if (hash) {
    const lockout = new PinLockout({}, fileLockoutStore(lockoutFileBeside(file), log), now);
    admin = new WebAdminSession(new AdminGate({ pinHash: () => hash, lockout }));
    lines.push(`The admin screen asks for the PIN set in ${file}.`);
  } else {
    lines.push(OPEN_ADMIN);
  }
  return {
    ok: true,
    settings: pageSettings(config),
    admin,
    stallMs: config.buildStallMinutes * 60_000,
    lines,
  };
}
