/**
 * Where a kiosk's collection comes from, from its config: a curator folder it compiles, or a
 * published bundle it pulls (a URL, a bundle folder named by `publishUrl`, or a `collectionDir` that
 * holds a bundle's `latest.json`: a USB stick works like the web server). Paths in the config are
 * relative to the config file.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { POINTER_FILE } from './bundle-pointer';

export type CollectionPlan =
  | { kind: 'compile'; source: string }
  | { kind: 'pull'; url: string; keyFiles: string[]; intervalMs: number }
  /** A bundle with no key to check it by: nothing is pulled, and the status page says why. */
  | { kind: 'refused'; source: string; problem: string };

export interface PlanConfig {
  collectionDir: string | null;
  publishUrl: string | null;
  publishKeys: readonly string[];
  publishIntervalMinutes: number;
}

export function collectionPlan(
  config: PlanConfig,
  configFile: string,
  bundledCollection: string,
): CollectionPlan {
  const beside = (file: string) => path.resolve(path.dirname(configFile), file);
  const folder = config.collectionDir ? beside(config.collectionDir) : bundledCollection;
  const url =
    config.publishUrl !== null
      ? /^https?:\/\//i.test(config.publishUrl)
        ? config.publishUrl
        : beside(config.publishUrl)
      : existsSync(path.join(folder, POINTER_FILE))
        ? folder
        : null;
  if (url === null) return { kind: 'compile', source: folder };
  const keyFiles = config.publishKeys.map(beside);
  if (keyFiles.length === 0) {
    return {
      kind: 'refused',
      source: url,
      problem: `${url} is a published bundle, but the config lists no publishKeys to check its signature by: nothing is pulled.`,
    };
  }
  return { kind: 'pull', url, keyFiles, intervalMs: config.publishIntervalMinutes * 60_000 };
}
