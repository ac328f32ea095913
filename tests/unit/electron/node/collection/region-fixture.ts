import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';

/**
 * collection-min with regions (issue 16): kawung's elements in the keyed form, a region for each
 * on kawung's drawing, and the layout parts and a kawung element on the kawung-cap sarong. Every
 * image of collection-min is 1200 x 800 px, so the fractions below are easy to check by hand.
 */
const KAWUNG_ELEMENTS = [
  {
    key: 'empat-bentuk-lonjong',
    name: { id: 'empat bentuk lonjong', en: 'four ovals' },
    meaning: { id: 'Empat arah mata angin.', en: 'The four directions.' },
  },
  { key: 'titik-pusat', name: { id: 'titik pusat', en: 'central point' } },
];

const MOTIF_REGIONS = [
  { element: 'empat-bentuk-lonjong', box: [120, 100, 600, 400] },
  {
    element: 'titik-pusat',
    polygon: [
      [600, 400],
      [660, 400],
      [630, 460],
    ],
  },
];

export const PIECE_REGIONS = [
  { part: 'kepala', box: [0, 0, 300, 800] },
  { part: 'badan', box: [300, 0, 900, 800], label: { id: 'Badan sarung', en: 'Body of the sarong' } },
  { element: 'kawung/titik-pusat', box: [400, 300, 40, 40] },
];

/** Sets values in one YAML file of the collection at `dir`, keeping the rest as written. */
export async function editYaml(
  dir: string,
  rel: string,
  edits: [path: (string | number)[], value: unknown][],
): Promise<void> {
  const file = path.join(dir, rel);
  const doc = parseDocument(await readFile(file, 'utf8'));
  for (const [at, value] of edits) doc.setIn(at, value);
  await writeFile(file, doc.toString());
}

/** Gives collection-min at `dir` the keyed kawung elements and the regions above. */
export async function addRegions(dir: string): Promise<void> {
  await editYaml(dir, 'motifs/kawung/motif.yaml', [
    [['elements'], KAWUNG_ELEMENTS],
    [['media', 0, 'regions'], MOTIF_REGIONS],
  ]);
  await editYaml(dir, 'pieces/kawung-cap/piece.yaml', [[['media', 0, 'regions'], PIECE_REGIONS]]);
  await editYaml(dir, 'terms/part.yaml', [
    [['terms', 'kepala', 'description'], { id: 'Bidang depan kain.', en: 'The panel worn at the front.' }],
  ]);
}
