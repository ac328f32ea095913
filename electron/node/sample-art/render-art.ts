import { rename } from 'node:fs/promises';
import { extname, join } from 'node:path';
import sharp, { type Sharp } from 'sharp';
import type { ArtSpec } from './art-spec';
import { applyClothTexture } from './cloth-texture';
import { composeCloth, composeMotif, type Drawing } from './compose-cloth';
import { visibleBadan, type Box, type GarmentLayout } from './garment-layout';
import { stampRaster } from './marks/cap-blocks';
import { wobbleFor, wobbleRaster } from './marks/canting-wobble';
import { createRandom, type Random } from './seeded-random';

/**
 * Long side of a piece's full view: a quarter larger than the kiosk's 1,600 px display image, so
 * deep zoom has a level more to show, but no larger. These are drawings, not photographs: past this
 * size they gain only pixels, and rasterising the SVG is most of the drawing's cost (0.37 s at
 * 2,400 px, 0.18 s at 1,800); 4,000 px ones made a fresh clone's first `npm run web` wait about
 * 45 s for them on a 2-core machine (issue 12).
 */
export const FULL_SIZE = 2000;
/** Long side of kepala and reverse views. */
export const DETAIL_SIZE = 1600;
/** Size of a detail view: a crop of the full view, at its own resolution (above the 1,000 px floor). */
const DETAIL_CROP = { width: 1200, height: 800 };
/** Side of a motif drawing. */
export const MOTIF_SIZE = 1200;

type Raw = { data: Buffer; info: { width: number; height: number; channels: 3 } };

/**
 * Draws the named generated files of one piece or motif into `folder`. The whole cloth is
 * rendered once; kepala and detail views are crops of it, the reverse a faded mirror image.
 */
export async function drawFiles(
  spec: ArtSpec,
  families: Record<string, string>,
  folder: string,
  files: { file: string; view: string }[],
): Promise<void> {
  const random = createRandom(`${spec.kind}:${spec.id}`);
  if (spec.kind === 'motif') {
    const raw = await textured(composeMotif(spec, random, MOTIF_SIZE), MOTIF_SIZE, MOTIF_SIZE, random);
    for (const { file } of files) await save(sharp(raw.data, { raw: raw.info }), folder, file);
    return;
  }
  const cloth = composeCloth(spec, families, random, FULL_SIZE);
  const { layout } = cloth;
  const raw = await textured(cloth, layout.width, layout.height, random);
  const image = () => sharp(raw.data, { raw: raw.info });
  const crops = random.fork('crops');
  for (const { file, view } of files) {
    if (view === 'detail') {
      // From the badan as seen, so a detail never shows the kepala instead.
      const badan = visibleBadan(layout);
      const crop = detailCrop(layout);
      const left = Math.round(badan.x + crops.range(0, badan.w - crop.width));
      const top = Math.round(badan.y + crops.range(0, badan.h - crop.height));
      const cut = image().extract({ left, top, width: crop.width, height: crop.height });
      // A sarung's badan beside its kepala is narrower than a detail: enlarged to the floor.
      await save(
        crop.out.width > crop.width ? cut.resize(crop.out.width, crop.out.height, { fit: 'fill' }) : cut,
        folder,
        file,
      );
    } else if (view === 'kepala') {
      const box: Box = layout.kepala ?? {
        x: layout.width * 0.8,
        y: 0,
        w: layout.width * 0.2,
        h: layout.height,
      };
      const region = {
        left: Math.round(box.x),
        top: Math.round(box.y),
        width: Math.round(box.w),
        height: Math.round(box.h),
      };
      await save(image().extract(region).resize(DETAIL_SIZE, DETAIL_SIZE, { fit: 'inside' }), folder, file);
    } else if (view === 'reverse') {
      const back = image().flop().modulate({ saturation: 0.7, brightness: 1.04 });
      await save(back.resize(DETAIL_SIZE * 1.5, DETAIL_SIZE * 1.5, { fit: 'inside' }), folder, file);
    } else {
      await save(image(), folder, file);
    }
  }
}

/** The px cut from the full view for a detail view, and the size it is saved at (long side >= 1,200). */
export function detailCrop(layout: GarmentLayout) {
  const badan = visibleBadan(layout);
  const width = Math.min(DETAIL_CROP.width, Math.floor(badan.w));
  const height = Math.min(DETAIL_CROP.height, Math.floor(badan.h));
  const scale = Math.max(1, DETAIL_CROP.width / Math.max(width, height));
  return { width, height, out: { width: Math.round(width * scale), height: Math.round(height * scale) } };
}

/**
 * The full view of a piece as a raw RGB raster with its long side `longSide` px, as drawFiles
 * renders it; the drawing/record agreement test renders small ones (the image pipeline reads a
 * palette from a 64 px copy anyway).
 */
export async function renderCloth(
  spec: ArtSpec,
  families: Record<string, string>,
  longSide: number,
): Promise<Raw> {
  const cloth = composeCloth(spec, families, createRandom(`${spec.kind}:${spec.id}`), longSide);
  return textured(cloth, cloth.layout.width, cloth.layout.height, createRandom(`${spec.kind}:${spec.id}`));
}

/**
 * Rasterises a drawing and adds the marks of the process: a cap's shifted impressions, the tulis
 * wobble (raster displacement), a slight dye bleed (a blurred copy, darkening only and by at most a
 * tenth, so dye spreads a little into the light beside it, never the reverse), then the cloth's
 * mottle and weave. A printed imitation gets neither wobble nor bleed.
 */
async function textured(drawing: Drawing, width: number, height: number, random: Random): Promise<Raw> {
  const raw = { width, height, channels: 3 } as const;
  let data: Buffer = await sharp(Buffer.from(drawing.svg)).removeAlpha().raw().toBuffer();
  if (drawing.marks.stamp) data = stampRaster(data, width, drawing.marks.stamp, random.fork('stamp'));
  const wobble = wobbleFor(drawing.marks.style, drawing.marks.repeat);
  if (wobble) data = wobbleRaster(data, width, height, wobble, drawing.marks.repeat, random.fork('wobble'));
  // Darkened byte by byte in the texture's loop rather than as a libvips composite layer (why:
  // cloth-texture.ts), and by at most a tenth.
  const bleed =
    drawing.marks.style === 'printed'
      ? undefined
      : await sharp(data, { raw })
          .blur(Math.max(0.6, width / 1600))
          .raw()
          .toBuffer();
  applyClothTexture(data, width, height, random.fork('texture'), bleed);
  return { data, info: raw };
}

/** Writes beside the YAML via a temporary name, so an interrupted run never leaves half a JPEG. */
async function save(image: Sharp, folder: string, file: string): Promise<void> {
  const target = join(folder, file);
  const temp = `${target}.tmp`;
  const encoded = /^\.png$/i.test(extname(file))
    ? image.png({ compressionLevel: 4 })
    : image.jpeg({ quality: 80 });
  await encoded.toFile(temp);
  await rename(temp, target);
}
