import { build, type BuildOptions } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256File } from '../live-collection/worker-integrity';

/**
 * `npm run build:electron`: bundles the main process, the preload and the collection worker into
 * `dist/electron/` with esbuild. All three are CommonJS: a sandboxed preload can only be one
 * CommonJS file, and using the same format for main and the worker keeps `__dirname` and `require`
 * of native modules simple. `electron` is provided by the runtime; `sharp` ships native binaries
 * that must stay real files (unpacked from the asar) and is loaded at run time; `libheif-js` (the
 * HEIC decoder, LGPL) stays its own replaceable package beside it rather than inside our bundle.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The three bundles: entry (relative to the project) -> output file name. */
export const ELECTRON_BUNDLES = {
  'electron/main/index.ts': 'main.cjs',
  'electron/preload/index.ts': 'preload.cjs',
  'electron/node/live-collection/collection-build-worker.ts': 'collection-worker.cjs',
} as const;

/** Electron 45 ships Node 22 and Chromium 140. */
const common: BuildOptions = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node22',
  external: ['electron', 'sharp', 'libheif-js'],
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * The name under which main's bundle receives the worker's sha256 (see
 * electron/main/live-collection/worker-hash.ts).
 */
export const WORKER_HASH_DEFINE = '__COLLECTION_WORKER_SHA256__';

/**
 * Bundles into `outDir` (default `dist/electron`); returns the files written, relative to the
 * project. The worker is bundled before main, so main can carry the worker's sha256: the worker is
 * unpacked outside the asar, and main checks it against that fingerprint before starting it.
 */
export async function bundleElectron(
  outDir: string = path.join(root, 'dist', 'electron'),
): Promise<string[]> {
  const written: string[] = [];
  const mainFile = ELECTRON_BUNDLES['electron/main/index.ts'];
  const workerFile = ELECTRON_BUNDLES['electron/node/live-collection/collection-build-worker.ts'];
  const ordered = Object.entries(ELECTRON_BUNDLES).sort(
    ([, a], [, b]) => Number(a === mainFile) - Number(b === mainFile),
  );
  let workerHash: string | null = null;
  for (const [entry, file] of ordered) {
    const outfile = path.join(outDir, file);
    const define = file === mainFile ? { [WORKER_HASH_DEFINE]: JSON.stringify(workerHash) } : undefined;
    await build({ ...common, entryPoints: [path.join(root, entry)], outfile, ...(define ? { define } : {}) });
    if (file === workerFile) workerHash = sha256File(outfile);
    written.push(path.relative(root, outfile));
  }
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  bundleElectron()
    .then((files) => console.log(`Bundled ${files.join(', ')}`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
