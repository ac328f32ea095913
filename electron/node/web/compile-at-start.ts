import { currentBuild } from '../collection/build-folders';
import type { CollectionCompiler } from './collection-startup';

/**
 * The compile library bound in one place, so the web host's own logic stays testable with a fake
 * compiler and a folder watcher can reuse the same calls. The build is loaded lazily: with
 * `--collection none` the host starts without loading the image pipeline at all.
 */
export const webHostCompiler: CollectionCompiler = {
  build: async (options) => {
    const { buildCollection } = await import('../collection/build');
    return buildCollection(options);
  },
  lastGood: currentBuild,
};
