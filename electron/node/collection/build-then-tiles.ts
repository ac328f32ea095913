import path from 'node:path';
import { buildCollection, type BuildOptions, type BuildResult } from './build';
import { makeTiles } from './image-adapter';
import type { Problem } from './problems';
import { nextTileBatch } from './tile-order';

/** What the kiosk hosts hear while the tiles are made after a build went live. */
export interface TileHooks {
  /** A build passed and may be switched to now; the tiles still missing from it are being made. */
  onLive: (result: BuildResult) => void;
  /** Asked between images: true when a curator's change is waiting, so the tiles step gives way. */
  shouldStop: () => boolean;
}

/**
 * Builds the way a live kiosk wants it: first without the deep-zoom tiles not made yet, so the
 * kiosk goes live as soon as records, thumbnails and display images exist (the viewer zooms the
 * display image meanwhile); then the missing tile sets are made, most-viewed first, and after each
 * batch (home and attract imagery, then each group, then the motifs) the collection is built again
 * from the cache, which links the finished sets, and published. Each tile set enters the cache
 * whole, so no build ever links half a pyramid. A waiting change stops the tiles step after the
 * images under way; one more build then publishes what was made, change included, and the next
 * build carries on with the rest. Resolves with the last build, which `onLive` has not seen.
 */
export async function buildThenTiles(options: BuildOptions, hooks: TileHooks): Promise<BuildResult> {
  const cacheDir = options.cacheDir ?? path.join(options.out, 'cache');
  let result = await buildCollection({ ...options, tiles: 'cached' });
  const total = result.pendingTiles.length;
  let done = 0;
  // Images whose tiles failed are left to the display image, not retried in a loop.
  const failed = new Map<string, Problem>();
  const withFailures = (r: BuildResult): BuildResult =>
    failed.size === 0 ? r : { ...r, warnings: [...r.warnings, ...failed.values()] };
  // Later builds are quick cache passes; their check and image bars would only flicker.
  const { onProgress: _shownOnce, ...quiet } = options;
  for (;;) {
    if (!result.ok || hooks.shouldStop()) return withFailures(result);
    const batch = nextTileBatch(result.pendingTiles.filter((p) => !failed.has(p.job.id)));
    if (batch.length === 0) return withFailures(result);
    hooks.onLive(withFailures(result));
    const start = done;
    const made = await makeTiles(
      batch.map((p) => p.job),
      {
        cacheDir,
        shouldStop: hooks.shouldStop,
        onProgress: (n) => {
          done = start + n;
          options.onProgress?.({ phase: 'tiles', done, total: Math.max(total, done) });
        },
      },
    );
    for (const { job } of batch) {
      const outcome = made.get(job.id);
      if (!(outcome instanceof Error)) continue;
      const file = path.relative(options.source, job.source).split(path.sep).join('/');
      failed.set(job.id, {
        file,
        field: '',
        kind: 'no-deep-zoom',
        severity: 'warning',
        message: `The deep-zoom tiles of "${file}" could not be made (${outcome.message}). Visitors can still zoom into its screen-sized picture; build again to retry.`,
      });
    }
    result = await buildCollection({ ...quiet, tiles: 'cached' });
  }
}
