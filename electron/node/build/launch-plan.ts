import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Decisions behind `npm start`, kept pure so they are unit-tested: where the Electron binary is (if
 * anywhere) and whether the renderer or the Electron bundles are out of date. Finding the binary
 * never triggers the `electron` package's lazy download, which can't reach GitHub on these machines.
 */

/** Environment variable the `electron` package honours for a locally supplied Electron. */
const OVERRIDE_ENV = 'ELECTRON_OVERRIDE_DIST_PATH';

/** What the probe may look at; injected in tests. */
export interface BinaryProbe {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  /** Folder of the installed `electron` npm package. */
  electronPackageDir: string;
  exists: (file: string) => boolean;
  readText: (file: string) => string | null;
}

export type BinaryDecision =
  { ok: true; executable: string; source: 'override' | 'installed' } | { ok: false; message: string };

/** The executable's path inside an Electron folder, as the `electron` package names it. */
function executableName(platform: NodeJS.Platform): string {
  if (platform === 'win32') return 'electron.exe';
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

/** Where to launch Electron from, or a clear message when there is no binary on this machine. */
export function findElectronBinary(probe: BinaryProbe): BinaryDecision {
  const recorded = probe.readText(path.join(probe.electronPackageDir, 'path.txt'))?.trim();
  const relative = recorded || executableName(probe.platform);
  const override = probe.env[OVERRIDE_ENV];
  if (override) {
    const executable = path.join(override, relative);
    if (probe.exists(executable)) return { ok: true, executable, source: 'override' };
    return {
      ok: false,
      message: `${OVERRIDE_ENV} is set to ${override}, but ${executable} does not exist. Point it at an unpacked Electron 45 folder (the one holding the ${relative} executable).`,
    };
  }
  if (recorded) {
    const executable = path.join(probe.electronPackageDir, 'dist', relative);
    if (probe.exists(executable)) return { ok: true, executable, source: 'installed' };
  }
  return {
    ok: false,
    message: [
      'No Electron binary on this machine, and it will not be downloaded here (npm start never triggers the download).',
      `- To run the kiosk in Electron, unpack Electron 45 for this OS somewhere and set ${OVERRIDE_ENV}=<that folder>,`,
      '  or run `npx install-electron` on a machine with access to GitHub releases.',
      '- To run the same kiosk in any Chromium now: `npm run web` and open the address it prints.',
    ].join('\n'),
  };
}

/** The real file system probe. */
export function systemProbe(electronPackageDir: string): BinaryProbe {
  return {
    env: process.env,
    platform: process.platform,
    electronPackageDir,
    exists: existsSync,
    readText: (file) => (existsSync(file) ? readFileSync(file, 'utf8') : null),
  };
}

/**
 * Newest modification time (ms) of the files under `paths`, skipping `node_modules`.
 * @public start-kiosk.mjs calls it through tsx's `tsImport`, which knip cannot follow.
 */
export function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (entry: string): void => {
    if (!existsSync(entry)) return;
    const stats = statSync(entry);
    if (stats.isDirectory()) {
      for (const name of readdirSync(entry)) if (name !== 'node_modules') visit(path.join(entry, name));
    } else newest = Math.max(newest, stats.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

/** True when `output` is missing or older than its newest source. */
export function isStale(
  output: string,
  sourceMtime: number,
  mtimeOf: (file: string) => number | null,
): boolean {
  const built = mtimeOf(output);
  return built === null || built < sourceMtime;
}
