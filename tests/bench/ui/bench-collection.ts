/**
 * The 10,000-piece compiled collection the UI benchmark serves. Records come from the store
 * benchmark's seeded generator; chunks and manifest are written with the compiler's own
 * writeChunksAndManifest. Images are NOT generated per piece: every piece borrows the media entries
 * (full, detail, kepala...) of one of the compiled sample's pieces, cycling through them, and only
 * those shared files are copied. Drawing and resizing 10,000 images with buildCollection would take
 * tens of minutes on two cores and measure the image pipeline, not the screens; the grid still loads
 * a thumbnail per card, just from a small set of files.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
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
 * one (read only, so a concurrent e2e run is not disturbed), else a build into .cache/ui-bench.
 */
async function compiledSample(): Promise<string> {
  const cached = path.join(root, '.cache/e2e/collection');
  try {
    const current = JSON.parse(await readFile(path.join(cached, 'current.json'), 'utf8')) as {
      build: string;
    };
    return path.join(cached, current.build);
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
  return [...media.thumbs.map((t) => t.src), media.display, ...(media.tiles ? [media.tiles] : [])].filter(
    (file): file is string => typeof file === 'string',
  );
}

/** Writes the collection into `outDir`; returns the cards the static baseline shows (same files). */
export async function writeBenchCollection(
  outDir: string,
  pieceCount: number,
): Promise<{ cards: BaselineCard[] }> {
  const sampleDir = await compiledSample();
  const mediaLists = await samplePieceMedia(sampleDir);
  const generated = generateCollection(pieceCount, 100);
  const rehash = <T extends { hash: string }>(records: T[]): T[] =>
    records.map(({ hash: _old, ...rest }) => withHash(rest) as unknown as T);
  const pieces = generated.pieces.map((piece, i) => ({ ...piece, media: mediaLists[i % mediaLists.length] }));
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
  const cards = pieces.map((p) => ({
    id: p.id,
    title: p.title.id ?? p.id,
    thumb: `collection/${p.media[0].thumbs.find((t) => t.size === 256)?.src ?? p.media[0].display}`,
    display: `collection/${p.media[0].display}`,
  }));
  return { cards };
}
