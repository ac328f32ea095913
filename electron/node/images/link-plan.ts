import { lstat, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { placeFile } from './derivative-cache';
import { listFiles, type FileDigest } from './file-digest';
import type { FileStamp } from './file-stamp';
import { runPool } from './job-pool';

/** Links made at once: the work is metadata only, so more than the disk-reading pools allow. */
const LINKS_IN_FLIGHT = 32;

/** One derivative-cache file to link into a build folder, with its digest when the cache knows it. */
export interface PlannedLink {
  /** Absolute path of the cache file. */
  src: string;
  digest: FileDigest | undefined;
  /** How stat saw the cache file when this build checked it, when it did. */
  seen?: FileStamp | undefined;
}

/**
 * The derivatives a build would link into its folder, gathered before any link is made. A rebuild
 * that turns out to change nothing then never makes (and removes again) tens of thousands of tile
 * links, and one that does change something records the linked files' digests from the cache
 * instead of reading every byte of the build again. Paths are `/`-separated and relative to the
 * build folder, as in its integrity record.
 */
export class LinkPlan {
  private readonly links = new Map<string, PlannedLink>();

  add(dest: string, link: PlannedLink): void {
    this.links.set(dest, link);
  }

  get(dest: string): PlannedLink | undefined {
    return this.links.get(dest);
  }

  get size(): number {
    return this.links.size;
  }

  /** Makes every planned link below `dir` (a copy where a link cannot be made). */
  async apply(dir: string): Promise<void> {
    const parents = new Map<string, Promise<unknown>>();
    await runPool([...this.links], LINKS_IN_FLIGHT, async ([dest, { src }]) => {
      const target = join(dir, dest);
      const parent = dirname(target);
      let made = parents.get(parent);
      if (!made) {
        made = mkdir(parent, { recursive: true });
        parents.set(parent, made);
      }
      await made;
      await placeFile(src, target);
    });
  }

  /** The digests the cache vouched for, for the build's integrity record. */
  knownDigests(): Map<string, FileDigest> {
    const known = new Map<string, FileDigest>();
    for (const [dest, { digest }] of this.links) if (digest) known.set(dest, digest);
    return known;
  }

  /**
   * True when `file` (below a build folder, as `lstat` saw it) is the very cache file planned for
   * `dest`, with the digest `expected`: the same file on disk holds the same bytes the cache
   * checked in this build, so it need not be read.
   */
  async isPlannedFile(
    dest: string,
    live: { dev: number; ino: number },
    expected: FileDigest,
  ): Promise<boolean> {
    const planned = this.links.get(dest);
    if (planned?.digest?.sha256 !== expected.sha256) return false;
    // Stat'ed moments ago by the cache check: no second look at the cache file needed.
    const cached =
      planned.seen?.dev === undefined ? await lstat(planned.src).catch(() => null) : planned.seen;
    return cached !== null && cached.dev === live.dev && cached.ino === live.ino;
  }
}

/** Links every file below `srcDir` to the same relative path below `destDir` (a tile set, say). */
export async function linkTree(srcDir: string, destDir: string): Promise<void> {
  const plan = new LinkPlan();
  for (const file of await listFiles(srcDir)) plan.add(file, { src: join(srcDir, file), digest: undefined });
  await plan.apply(destDir);
}
