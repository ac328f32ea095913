/**
 * `npx tsx tests/bench/collection.ts [--no-2000]` (or `npm run bench -- collection`): times the
 * collection build against a same-run raw-sharp baseline. Last stdout line is one JSON object.
 *
 * - fullBuildMs: buildCollection on a copy of collection/ with an empty image cache (check, all
 *   derivatives with deep-zoom tiles, records, atomic switch).
 * - noChangeBuildMs: the same build again, cache warm, nothing changed.
 * - sharpBaselineMs: plain sharp making the same derivatives of the same images: one pipeline per
 *   output read from the file (the idiomatic sharp way), same worker count, no cache, no check,
 *   no records.
 * - generated2000BuildMs: cold build of a generated 2,000-piece collection: the sample's
 *   collection files and motifs, plus 2,000 piece.yaml copied round-robin from the sample pieces
 *   with new ids/accession numbers; their images are 800 px versions of the sample drawings,
 *   hard-linked, so each distinct image is rendered once and the rest exercises check, hashing,
 *   linking and records at 2,000-piece scale.
 */
import { cp, link, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { drawCollection } from '../../electron/node/sample-art/draw-collection';
import { baselineDerivatives } from './collection-baseline';

const SAMPLE = resolve(import.meta.dirname, '../../collection');
const IMAGE = /\.(jpe?g|png|webp|tiff?)$/i;

type BuildFn = (opts: { source: string; out: string; cacheDir?: string; tiles?: boolean }) => Promise<{
  ok: boolean;
  errors: { file: string; field: string; message: string }[];
}>;

async function main() {
  const skip2000 = process.argv.includes('--no-2000');
  const { buildCollection } = (await import('../../electron/node/collection/build')) as {
    buildCollection: BuildFn;
  };
  const work = await mkdtemp(join(tmpdir(), 'bench-collection-'));
  try {
    const source = join(work, 'source');
    await cp(SAMPLE, source, { recursive: true });
    let started = Date.now();
    const drawn = await drawCollection(source);
    const drawMs = Date.now() - started;
    const images = await imageFiles(source);
    await Promise.all(images.map((file) => readFile(file))); // same page-cache state for every run

    started = Date.now();
    await baselineDerivatives(images, join(work, 'baseline'));
    const sharpBaselineMs = Date.now() - started;

    const build = async (out: string, cache: string) => {
      const t = Date.now();
      const result = await buildCollection({
        source,
        out: join(work, out),
        cacheDir: join(work, cache),
        tiles: true,
      });
      if (!result.ok) throw new Error(`build failed: ${JSON.stringify(result.errors.slice(0, 5))}`);
      return Date.now() - t;
    };
    const fullBuildMs = await build('out', 'cache');
    const noChangeBuildMs = await build('out', 'cache');

    let generated2000BuildMs: number | null = null;
    let generated: Record<string, number> | null = null;
    if (!skip2000) {
      generated = await generateCollection(source, join(work, 'gen'), 2000);
      generated2000BuildMs = await build('gen-out', 'gen-cache');
    }
    const pieces = (await readdir(join(source, 'pieces'))).length;
    const motifs = (await readdir(join(source, 'motifs'))).length;
    const result = {
      bench: 'collection',
      fullBuildMs,
      noChangeBuildMs,
      sharpBaselineMs,
      generated2000BuildMs,
      noChangeRatio: round(noChangeBuildMs / fullBuildMs),
      fullVsBaseline: round(fullBuildMs / sharpBaselineMs),
      targets: { noChangeRatioMax: 0.05, fullVsBaselineMax: 1.3 },
      pass: {
        noChange: noChangeBuildMs <= 0.05 * fullBuildMs,
        full: fullBuildMs <= 1.3 * sharpBaselineMs,
      },
      sample: { pieces, motifs, images: images.length, drawMs, drawn: drawn.drawn },
      generated,
      cores: availableParallelism(),
    };
    console.log(JSON.stringify(result));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Every image file beside a piece.yaml or motif.yaml: what the sample's media entries name. */
async function imageFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  for (const kind of ['pieces', 'motifs']) {
    for (const id of (await readdir(join(root, kind))).sort()) {
      for (const name of (await readdir(join(root, kind, id))).sort()) {
        if (IMAGE.test(name)) files.push(join(root, kind, id, name));
      }
    }
  }
  return files;
}

/** Builds the 2,000-piece collection described at the top of this file. */
async function generateCollection(sample: string, target: string, count: number) {
  await cp(sample, target, { recursive: true, filter: (path) => !path.startsWith(join(sample, 'pieces')) });
  const sharp = (await import('sharp')).default;
  const templates = (await readdir(join(sample, 'pieces'))).sort();
  const small = join(target, '.small');
  let distinctImages = 0;
  for (const id of templates) {
    await mkdir(join(small, id), { recursive: true });
    for (const name of await readdir(join(sample, 'pieces', id))) {
      if (IMAGE.test(name)) {
        await sharp(join(sample, 'pieces', id, name))
          .resize(800, 800, { fit: 'inside' })
          .jpeg()
          .toFile(join(small, id, name));
        distinctImages += 1;
      }
    }
  }
  let links = 0;
  for (let i = 0; i < count; i += 1) {
    const template = templates[i % templates.length]!;
    const id = `${template}-g${String(i).padStart(4, '0')}`;
    const dir = join(target, 'pieces', id);
    await mkdir(dir, { recursive: true });
    const piece = parse(await readFile(join(sample, 'pieces', template, 'piece.yaml'), 'utf8')) as Record<
      string,
      unknown
    >;
    piece.accession = `GEN.2000.${String(i).padStart(4, '0')}`;
    piece.related = [];
    await writeFile(join(dir, 'piece.yaml'), stringify(piece));
    for (const name of await readdir(join(small, template))) {
      await link(join(small, template, name), join(dir, name));
      links += 1;
    }
  }
  await rm(small, { recursive: true, force: true });
  return { pieces: count, images: links, distinctImages, templates: templates.length };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

await main();
