import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { drawCollection } from '../../electron/node/sample-art/draw-collection';
import { launchTarget, root } from './electron-binary';

/**
 * Prepares an unpackaged run: builds the renderer and the Electron bundles and draws the bundled
 * collection's sample images. Does nothing where no Electron binary exists (every test is skipped
 * then) or when a packaged build is under test.
 */
export default async function globalSetup(): Promise<void> {
  const target = launchTarget();
  if (!target.ok || target.packaged) return;
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed; the Electron e2e suite needs dist/');
  await drawCollection(path.join(root, 'collection'));
}
