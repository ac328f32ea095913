#!/usr/bin/env node
// `npm start`: the Electron kiosk on the bundled collection (or the configured one).
// 1. Finds an Electron binary WITHOUT triggering the `electron` package's download; if there is
//    none, says how to supply one (ELECTRON_OVERRIDE_DIST_PATH) or to use `npm run web`, and fails.
// 2. Rebuilds the renderer and the Electron bundles when their sources are newer.
// 3. Draws the bundled collection's generated sample images (cached), then launches Electron on
//    this project; main compiles the collection itself (in a worker) into the user-data folder.
// Plain .mjs so it starts without a build; the TypeScript logic is loaded through tsx.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const plan = await tsImport('../build/launch-plan.ts', import.meta.url);
const { exitWhenFlushed } = await tsImport('./exit-when-flushed.ts', import.meta.url);

/** Resolves to the exit code: Electron's own, or 1 when it could not be started. */
async function main() {
  const binary = plan.findElectronBinary(plan.systemProbe(path.join(root, 'node_modules', 'electron')));
  if (!binary.ok) {
    console.error(binary.message);
    return 1;
  }

  const mtimeOf = (file) => (existsSync(file) ? statSync(file).mtimeMs : null);
  const rendererSources = plan.newestMtime(
    ['renderer', 'electron/shared', 'vite.config.ts'].map((p) => path.join(root, p)),
  );
  if (plan.isStale(path.join(root, 'dist/renderer/index.html'), rendererSources, mtimeOf)) {
    console.log('Building the renderer...');
    const result = spawnSync('npm', ['run', 'build:renderer'], {
      cwd: root,
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    if (result.status !== 0) return result.status ?? 1;
  }
  const electronSources = plan.newestMtime([path.join(root, 'electron')]);
  if (plan.isStale(path.join(root, 'dist/electron/main.cjs'), electronSources, mtimeOf)) {
    console.log('Bundling main, preload and the collection worker...');
    const { bundleElectron } = await tsImport('../build/bundle-electron.ts', import.meta.url);
    await bundleElectron();
  }

  // The bundled sample collection names drawn stand-in images that are generated, not committed.
  const { drawCollection } = await tsImport('../sample-art/draw-collection.ts', import.meta.url);
  const drawn = await drawCollection(path.join(root, 'collection'));
  if (drawn.drawn > 0) console.log(`Drew ${drawn.drawn} sample image(s) for the bundled collection`);

  console.log(`Starting the kiosk with ${binary.executable} (${binary.source})`);
  const child = spawn(binary.executable, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 0))));
}

// Not process.exit() at once: what was printed to a pipe must arrive whole.
main().then(exitWhenFlushed);
