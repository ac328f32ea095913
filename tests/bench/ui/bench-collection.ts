/**
 * The 10,000-piece compiled collection the UI benchmark serves. Records come from the store
 * benchmark's seeded generator; chunks and manifest are written with the compiler's own
 * writeChunksAndManifest. Images are NOT generated per piece: every piece borrows the media entries
 * (full, detail, kepala...) of one of the compiled sample's pieces, cycling through them, and only
 * those shared files are copied. Drawing and resizing 10,000 images with buildCollection would take
 * tens of minutes on two cores and measure the image pipeline, not the screens.
 *
 * The pictures cards draw (thumbnails and card crops), though, are as many different files as a
 * museum has photographs (`pictures`, 1,300 by default): each one a sample's file hard-linked under
 * a name of its own. Chromium keeps fetched and decoded pictures by address, so with only the
 * sample's 66 pictures every card after the first screens drew a picture it already had, and the
 * scroll never paid the fetching and JPEG decoding a museum's grid pays for nearly every card.
 */
import { copyFile, link, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type {
  CollectionManifest,
  MediaRecord,
  PieceRecord,
} from '../../../electron/shared/collection-records';
import { writeChunksAndManifest } from '../../../electron/node/collection/chunks';
import { withHash } from '../../../electron/node/collection/hash';
import { generateCollection } from '../store/generate-collection';
import type { BaselineCard } from './static-baseline';

const root = path.resolve(import.meta.dirname, '../../..');

/**
 * The compiled sample whose images the pieces borrow: the e2e set-up's cached build when there is
 * one made by this pipeline (read only, so a concurrent e2e run is not disturbed), else a build
 * into .cache/ui-bench. A cached build from before the card crops would draw the grid from
 * thumbnails and measure the old pictures.
 */
async function compiledSample(): Promise<string> {
  const cached = path.join(root, '.cache/e2e/collection');
  try {
    const current = JSON.parse(await readFile(path.join(cached, 'current.json'), 'utf8')) as {
      build: string;
    };
    const dir = path.join(cached, current.build);
    const [first] = await samplePieceMedia(dir);
    if (!first?.[0]?.cards?.length) throw new Error(`${dir}: no card crops`);
    return dir;
  } catch {
    const { drawCollection } = await import('../../../electron/node/sample-art/draw-collection');
    const { buildCollection } = await import('../../../electron/node/collection/build');
    const source = path.join(root, 'collection');
    await drawCollection(source);
    const out = path.join(root, '.cache/ui-bench/sample');
    const result = await buildCollection({ source, out, tiles: false });
    if (!result.ok || !result.outDir)
      throw new Error('collection/ does not compile; run `npm run collection -- check`');
    return result.outDir;
  }
}

async function samplePieceMedia(sampleDir: string): Promise<MediaRecord[][]> {
  const manifest = JSON.parse(
    await readFile(path.join(sampleDir, 'manifest.json'), 'utf8'),
  ) as CollectionManifest;
  const lists: MediaRecord[][] = [];
  for (const chunk of manifest.chunks.filter((c) => c.kind === 'pieces')) {
    const pieces = JSON.parse(await readFile(path.join(sampleDir, chunk.file), 'utf8')) as PieceRecord[];
    for (const piece of pieces) if (piece.media.length > 0) lists.push(piece.media);
  }
  return lists;
}

function mediaFiles(media: MediaRecord): string[] {
  return [
    ...media.thumbs.map((t) => t.src),
    ...(media.cards ?? []).map((c) => c.src),
    media.display,
    ...(media.tiles ? [media.tiles] : []),
  ].filter((file): file is string => typeof file === 'string');
}

/** About one photograph per cloth of the Museum Batik Pekalongan's collection. */
export const MUSEUM_PICTURES = 1300;

/**
 * The thumbnails and card crops of `media` under names of their own for picture number `picture`
 * (`u17-...`); `links` collects new name -> the sample's file. The display image and tiles stay
 * shared: the scroll draws cards only.
 */
export function ownPictures(
  media: MediaRecord[],
  picture: number,
  links: Map<string, string>,
): MediaRecord[] {
  const own = <T extends { src: string }>(file: T): T => {
    const src = path.posix.join(path.posix.dirname(file.src), `u${picture}-${path.posix.basename(file.src)}`);
    links.set(src, file.src);
    return { ...file, src };
  };
  return media.map((m) => ({
    ...m,
    thumbs: m.thumbs.map(own),
    ...(m.cards ? { cards: m.cards.map(own) } : {}),
  }));
}

/**
 * Writes the collection into `outDir` with `pictures` different pictures per size, cycling (see
 * above); returns the cards the static baseline shows (same files).
 */
export async function writeBenchCollection(
  outDir: string,
  pieceCount: number,
  pictures = MUSEUM_PICTURES,
): Promise<{ cards: BaselineCard[] }> {
  // A mistyped --pictures (NaN, 0) would otherwise leave every piece without media.
  if (!Number.isInteger(pictures) || pictures < 1)
    throw new Error(`--pictures: a whole number of at least 1, not ${pictures}`);
  const sampleDir = await compiledSample();
  const mediaLists = await samplePieceMedia(sampleDir);
  const generated = generateCollection(pieceCount, 100);
  const rehash = <T extends { hash: string }>(records: T[]): T[] =>
    records.map(({ hash: _old, ...rest }) => withHash(rest) as unknown as T);
  const links = new Map<string, string>();
  const ownMedia = Array.from({ length: Math.min(pictures, pieceCount) }, (_, picture) =>
    ownPictures(mediaLists[picture % mediaLists.length]!, picture, links),
  );
  const pieces = generated.pieces.map((piece, i) => ({ ...piece, media: ownMedia[i % ownMedia.length]! }));
  await writeChunksAndManifest(
    outDir,
    {
      pieces: rehash(pieces),
      motifs: rehash(generated.motifs),
      terms: rehash(generated.terms),
      makers: rehash(generated.makers),
      places: rehash(generated.places),
    },
    {
      museum: { id: 'Museum Batik Pekalongan', en: 'Batik Museum Pekalongan' },
      title: { id: 'Koleksi uji 10.000', en: 'Benchmark collection' },
      languages: generated.languages,
      defaultLanguage: 'id',
      fallback: ['id', 'en'],
      synonyms: generated.synonyms,
    },
    new Date(),
  );
  const files = new Set(mediaLists.flat().flatMap(mediaFiles));
  await mkdir(path.join(outDir, 'media'), { recursive: true });
  for (const file of files) await copyFile(path.join(sampleDir, file), path.join(outDir, file));
  for (const [own, shared] of links) await link(path.join(outDir, shared), path.join(outDir, own));
  const cards = pieces.map((p) => ({
    id: p.id,
    title: p.title.id ?? p.id,
    thumb: `collection/${p.media[0].thumbs.find((t) => t.size === 256)?.src ?? p.media[0].display}`,
    display: `collection/${p.media[0].display}`,
  }));
  return { cards };
}
