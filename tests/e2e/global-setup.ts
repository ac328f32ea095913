import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURE = path.join(root, 'tests/fixtures/compiled');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the renderer when dist/renderer is missing or older than any renderer source. */
function buildRenderer() {
  const index = path.join(root, 'dist/renderer/index.html');
  const sources = Math.max(
    newestMtime(path.join(root, 'renderer')),
    statSync(path.join(root, 'vite.config.ts')).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  console.log('[e2e] building the renderer (npx vite build)');
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed; the e2e tests need dist/renderer');
}

/**
 * Compiles the bundled sample collection (drawing its illustrative images first) into .cache/e2e.
 * A sample that does not compile fails the run: the screens are tested on the collection that
 * ships. `E2E_COLLECTION=fixture` runs them on the small hand-made fixture instead, on purpose.
 */
async function compileCollection(): Promise<string> {
  if (process.env.E2E_COLLECTION === 'fixture') return FIXTURE;
  const { drawCollection } = await import('../../electron/node/sample-art/draw-collection');
  const { buildCollection } = await import('../../electron/node/collection/build');
  const source = path.join(root, 'collection');
  console.log('[e2e] drawing and compiling collection/ (cached after the first run)');
  await drawCollection(source);
  const result = await buildCollection({
    source,
    out: path.join(root, '.cache/e2e/collection'),
    tiles: false,
  });
  // A sample with held-back pieces would go live without them: the screens must see all of it.
  if (result.ok && result.outDir && result.heldBack.length === 0) return result.outDir;
  const lines = result.errors.slice(0, 10).map((p) => `  ${p.file} ${p.field}: ${p.message} [${p.kind}]`);
  throw new Error(`collection/ does not compile (${result.errors.length} errors):\n${lines.join('\n')}`);
}

export default async function globalSetup() {
  buildRenderer();
  // Workers inherit the environment set here: every spec serves the same compiled collection.
  process.env.E2E_COLLECTION_ROOT = await compileCollection();
  console.log(`[e2e] serving collection from ${path.relative(root, process.env.E2E_COLLECTION_ROOT)}`);
}
