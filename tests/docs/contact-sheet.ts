/**
 * Contact sheet of the sample's drawings (issue 16): one image of every piece's full view and every
 * motif drawing, each with its id underneath, plus three full-resolution crops (a tulis cloth, a cap
 * cloth and a tiga negeri) that show the marks of the process as deep zoom does. Draws what is
 * stale first. Run: `npx tsx tests/docs/contact-sheet.ts [collection] [out-dir]`; writes
 * tests/output/contact-sheet/{contact-sheet.jpg,crop-*.png}.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { readArtSpec } from '../../electron/node/sample-art/art-spec';
import { drawCollection } from '../../electron/node/sample-art/draw-collection';

const CELL = { width: 360, height: 220, label: 26 };
const COLUMNS = 8;
/** Crops at full resolution: piece, and the top-left corner of an 800 x 600 window. */
const CROPS = [
  { name: 'tulis', piece: 'jlamprang-tulis-1900', left: 420, top: 180 },
  { name: 'cap', piece: 'jlamprang-cap-1970', left: 420, top: 180 },
  { name: 'tiga-negeri', piece: 'tiga-negeri-kain-panjang-1910', left: 420, top: 120 },
];

async function main(collection: string, out: string): Promise<void> {
  await drawCollection(collection);
  await mkdir(out, { recursive: true });
  const entries: { id: string; file: string }[] = [];
  for (const kind of ['pieces', 'motifs'] as const) {
    for (const id of (await readdir(join(collection, kind))).sort()) {
      const spec = await readArtSpec(
        join(collection, kind, id, kind === 'pieces' ? 'piece.yaml' : 'motif.yaml'),
      );
      const media = spec.media.find((m) => m.view === 'full') ?? spec.media[0];
      if (media)
        entries.push({
          id: kind === 'motifs' ? `motif: ${id}` : id,
          file: join(collection, kind, id, media.file),
        });
    }
  }
  const tiles = await Promise.all(entries.map((entry) => tile(entry.id, entry.file)));
  const rows = Math.ceil(tiles.length / COLUMNS);
  const cellHeight = CELL.height + CELL.label;
  await sharp({
    create: { width: COLUMNS * CELL.width, height: rows * cellHeight, channels: 3, background: '#ffffff' },
  })
    .composite(
      tiles.map((input, i) => ({
        input,
        left: (i % COLUMNS) * CELL.width,
        top: Math.floor(i / COLUMNS) * cellHeight,
      })),
    )
    .jpeg({ quality: 85 })
    .toFile(join(out, 'contact-sheet.jpg'));
  for (const crop of CROPS) {
    await sharp(join(collection, 'pieces', crop.piece, 'full.generated.jpg'))
      .extract({ left: crop.left, top: crop.top, width: 800, height: 600 })
      .png()
      .toFile(join(out, `crop-${crop.name}.png`));
  }
  process.stdout.write(`${entries.length} drawings and ${CROPS.length} crops in ${out}\n`);
}

/** One cell: the drawing fitted inside the cell, its id in a strip below. */
async function tile(id: string, file: string): Promise<Buffer> {
  const image = await sharp(file)
    .resize(CELL.width - 8, CELL.height - 8, { fit: 'inside' })
    .toBuffer({ resolveWithObject: true });
  const text = id.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const label = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CELL.width}" height="${CELL.label}"><text x="${CELL.width / 2}" y="18" font-family="sans-serif" font-size="15" text-anchor="middle" fill="#222">${text}</text></svg>`,
  );
  return sharp({
    create: { width: CELL.width, height: CELL.height + CELL.label, channels: 3, background: '#ffffff' },
  })
    .composite([
      {
        input: image.data,
        left: Math.round((CELL.width - image.info.width) / 2),
        top: Math.round((CELL.height - image.info.height) / 2),
      },
      { input: label, left: 0, top: CELL.height },
    ])
    .png()
    .toBuffer();
}

await main(
  resolve(process.argv[2] ?? 'collection'),
  resolve(process.argv[3] ?? 'tests/output/contact-sheet'),
);
