import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, systemProbe } from '../../electron/node/build/launch-plan';

/** The project folder. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * What the suite launches: a packaged e2e build (`KIOSK_E2E_APP`, from `npm run dist -- --e2e`),
 * else an Electron binary (`ELECTRON_OVERRIDE_DIST_PATH` or an installed one) on the project folder.
 * Found without ever triggering the `electron` package's download.
 */
export type KioskLaunchTarget =
  { ok: true; executablePath: string; args: string[]; packaged: boolean } | { ok: false; reason: string };

export function launchTarget(): KioskLaunchTarget {
  const packaged = process.env.KIOSK_E2E_APP;
  if (packaged) return { ok: true, executablePath: path.resolve(packaged), args: [], packaged: true };
  const binary = findElectronBinary(systemProbe(path.join(root, 'node_modules', 'electron')));
  if (binary.ok) return { ok: true, executablePath: binary.executable, args: [root], packaged: false };
  return {
    ok: false,
    reason:
      'No Electron binary on this machine: set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45 ' +
      '(or KIOSK_E2E_APP to a build from `npm run dist -- --e2e`) to run the Electron e2e suite',
  };
}
