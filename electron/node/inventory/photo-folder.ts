/**
 * The museum's photo folder: listed once, matched to rows by accession number (photo-matching.ts),
 * and each photo given the file name it gets in its piece's folder.
 */
import { copyFile, mkdir, readdir, readFile, stat, utimes } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir`, as `/`-separated paths relative to it, hidden files left out. */
export async function listPhotos(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((rel) => !rel.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/** A photo's name in its piece folder: lower case, letters, digits, dots and hyphens ("2006.0001 a.JPG" -> "2006.0001-a.jpg"). */
function pieceFileName(photo: string): string {
  const base = photo.split('/').at(-1)!;
  const dot = base.lastIndexOf('.');
  const stem = (dot > 0 ? base.slice(0, dot) : base)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  const extension = dot > 0 ? base.slice(dot).toLowerCase() : '';
  return `${stem || 'photo'}${extension}`;
}

/** Names for a piece's photos, unique within the piece ("x.jpg", "x-2.jpg" for a second "X.JPG"). */
export function pieceFileNames(photos: readonly string[]): string[] {
  const used = new Set<string>();
  return photos.map((photo) => {
    const name = pieceFileName(photo);
    let unique = name;
    for (let n = 2; used.has(unique); n++) unique = name.replace(/(\.[^.]*)?$/, `-${n}$1`);
    used.add(unique);
    return unique;
  });
}

/**
 * True when `target` already holds `source`'s bytes. Copies keep the source's modification time, so
 * an unchanged re-import compares sizes and times and reads no photo.
 */
export async function samePhoto(source: string, target: string): Promise<boolean> {
  const [a, b] = await Promise.all([stat(source), stat(target).catch(() => null)]);
  if (!b || a.size !== b.size) return false;
  if (Math.trunc(a.mtimeMs) === Math.trunc(b.mtimeMs)) return true;
  const [x, y] = await Promise.all([readFile(source), readFile(target)]);
  return x.equals(y);
}

/** Copies a photo into a piece folder, keeping its modification time (see samePhoto). */
export async function copyPhoto(source: string, target: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  await copyFile(source, target);
  const { atime, mtime } = await stat(source);
  await utimes(target, atime, mtime);
}
