/**
 * A museum-sized collection folder for the scale benchmark: the sample's collection files
 * (terms, places, makers, groups) without its motifs, and `count` pieces whose piece.yaml is copied
 * round-robin from the sample's pieces, each with one photo of its own, hard-linked from the cache.
 */
import { cp, link, mkdir, readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** The file name every generated piece gives its photo. */
const PHOTO_NAME = 'photo.jpg';

/** Writes the collection into `target` (which must not exist); returns each piece's photo path. */
export async function writePhotoCollection(sample: string, target: string, photos: readonly string[]) {
  const skip = [join(sample, 'pieces'), join(sample, 'motifs')];
  await cp(sample, target, {
    recursive: true,
    filter: (path) => !skip.some((dir) => path.startsWith(dir)) && !path.includes('.generated.'),
  });
  await mkdir(join(target, 'pieces'), { recursive: true });
  await mkdir(join(target, 'motifs'), { recursive: true });
  const templates = (await readdir(join(sample, 'pieces'))).sort();
  const texts = await Promise.all(
    templates.map((id) => readFile(join(sample, 'pieces', id, 'piece.yaml'), 'utf8')),
  );
  const placed: string[] = [];
  for (const [index, photo] of photos.entries()) {
    const piece = parse(texts[index % texts.length]!) as Record<string, unknown> & {
      media: Record<string, unknown>[];
    };
    const number = String(index).padStart(4, '0');
    piece.accession = `SCALE.${number}`;
    // No motifs or related pieces: the benchmark is about images, and those ids would not resolve.
    piece.motifs = [];
    piece.related = [];
    const first = piece.media[0]!;
    piece.media = [{ file: PHOTO_NAME, view: 'full', alt: first.alt, credit: first.credit }];
    const dir = join(target, 'pieces', `scale-${number}`);
    await mkdir(dir);
    await writeFile(join(dir, 'piece.yaml'), stringify(piece));
    await link(photo, join(dir, PHOTO_NAME));
    placed.push(join(dir, PHOTO_NAME));
  }
  return placed;
}

/** Replaces a placed photo with other bytes, without touching the cached file it was linked to. */
export async function replacePhoto(placed: string, bytes: Buffer): Promise<void> {
  await unlink(placed);
  await writeFile(placed, bytes);
}
