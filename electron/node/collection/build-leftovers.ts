import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { cleanRenderLeftovers } from '../images/cache-leftovers';
import { pruneBuilds } from './build-folders';
import { POINTER_TEMP } from './build-pointer';
import { findLiveBuild } from './live-build';

/**
 * The first step of a build, under the build lock: repairs a damaged `current.json` (see
 * `findLiveBuild`), then deletes what interrupted builds left: `.partial-*` folders and builds older
 * than the last good one, `current.json.<pid>.tmp` files, and render folders in the derivative
 * cache. A stale `build.lock` was already taken over by `lockBuilds`. Holding the lock means no
 * other build writes to `out` now; render folders are checked by their process (the cache may be
 * shared with another output folder).
 */
export async function cleanLeftovers(out: string, cacheDir: string): Promise<void> {
  const live = findLiveBuild(out, { lockHeld: true });
  await pruneBuilds(out, live?.dir);
  const names = await readdir(out).catch(() => [] as string[]);
  await Promise.all(
    names.filter((name) => POINTER_TEMP.test(name)).map((name) => rm(path.join(out, name), { force: true })),
  );
  await cleanRenderLeftovers(cacheDir);
}
