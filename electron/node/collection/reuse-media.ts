import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { MediaRecord } from '../../shared/collection-records';
import { placeFile } from '../images/derivative-cache';
import { linkTree } from '../images/link-plan';

/** The derivative files (and deep-zoom tile folders) a record's media use, relative to the build root. */
function derivativePaths(media: readonly MediaRecord[]): { files: string[]; trees: string[] } {
  const files: string[] = [];
  const trees: string[] = [];
  for (const m of media) {
    files.push(m.display, ...m.thumbs.map((t) => t.src), ...(m.cards ?? []).map((c) => c.src));
    if (m.tiles) {
      files.push(m.tiles);
      // The pipeline writes `<name>.dzi` next to its tile folder `<name>_files` (the DZI convention).
      trees.push(`${m.tiles.replace(/\.dzi$/, '')}_files`);
    }
  }
  return { files, trees };
}

/** A relative path that stays inside the build folder (the records are ours, but a disk is not). */
function inside(root: string, rel: string): string | null {
  const full = path.resolve(root, rel);
  const back = path.relative(root, full);
  return back && !back.startsWith('..') && !path.isAbsolute(back) ? full : null;
}

/** True when every derivative of `media` is present in the build folder `dir`. */
export async function hasDerivatives(dir: string, media: readonly MediaRecord[]): Promise<boolean> {
  const { files, trees } = derivativePaths(media);
  const checks = [
    ...files.map(async (rel) => {
      const full = inside(dir, rel);
      return full !== null && (await stat(full).catch(() => null))?.isFile() === true;
    }),
    ...trees.map(async (rel) => {
      const full = inside(dir, rel);
      return full !== null && (await stat(full).catch(() => null))?.isDirectory() === true;
    }),
  ];
  return (await Promise.all(checks)).every(Boolean);
}

/**
 * Puts a kept record's derivatives from the previous build into the new one, at the same relative
 * paths, by hard link where the file system allows (as the derivative cache does): nothing is
 * rendered again and no bytes are copied. Call {@link hasDerivatives} first.
 */
export async function linkDerivatives(
  from: string,
  to: string,
  media: readonly MediaRecord[],
): Promise<void> {
  const { files, trees } = derivativePaths(media);
  const place = (rel: string): [string, string] => {
    const src = inside(from, rel);
    const dest = inside(to, rel);
    if (!src || !dest) throw new Error(`a media path leaves the build folder: ${rel}`);
    return [src, dest];
  };
  await Promise.all(files.map((rel) => placeFile(...place(rel))));
  for (const rel of trees) await linkTree(...place(rel));
}
