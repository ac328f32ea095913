import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importInventory } from '../../../../../electron/node/inventory/import-inventory';
import { makeMinCollection, removeCollection, writeImage } from '../../../support/fixture-helper';

// Regions on a piece's photos (issue 16) are written by hand or by the drawing generator, never by
// a spreadsheet; an import must leave them as they are, mistakes included, one line each.
const REGIONS = `    regions:
      - { part: kepala, box: [0, 0, 300, 800] }
      - { part: badan, box: [300, 0, 900] }   # a mistake: the check warns and leaves it out
      - { element: kawung/titik-pusat, polygon: [[400, 300], [440, 300], [420, 340]] }
`;

const regionsOf = (text: string): unknown =>
  (parse(text) as { media: { regions?: unknown }[] }).media[0]!.regions;

/** The regions are still three flow-style lines (the yaml library pads brackets its own way). */
const regionLines = (text: string): number =>
  text.split('\n').filter((l) => l.startsWith('      - {')).length;

let dir: string;
let work: string;
let file: string;
beforeEach(async () => {
  dir = await makeMinCollection();
  work = await mkdtemp(path.join(tmpdir(), 'inventory-regions-'));
  file = path.join(dir, 'pieces/kawung-cap/piece.yaml');
  await writeFile(file, `${await readFile(file, 'utf8')}${REGIONS}`);
});
afterEach(async () => {
  await removeCollection(dir);
  await rm(work, { recursive: true, force: true });
});

describe('importInventory on a piece whose photo has regions', () => {
  it('updates a field and keeps the regions as written, even one with a mistake', async () => {
    const csv = path.join(work, 'update.csv');
    await writeFile(csv, 'Accession number,Teknik\nUJI.0002,Batik tulis\n');
    const result = await importInventory({ file: csv, into: dir });
    expect(result.heldBack).toEqual([]);
    expect(result.updated.map((row) => row.changes)).toEqual([['techniques']]);
    const text = await readFile(file, 'utf8');
    expect(regionsOf(text)).toEqual(regionsOf(`media:\n  - file: full.png\n${REGIONS}`));
    expect(regionLines(text)).toBe(3);
    expect(text).toContain('# a mistake: the check warns and leaves it out');
  });

  it('adds a new photo after the others without rewriting their regions', async () => {
    const photos = path.join(work, 'photos');
    await mkdir(photos);
    await writeImage(path.join(photos, 'UJI.0002-02.jpg'), '#336699', 400, 300);
    const csv = path.join(work, 'photos.csv');
    await writeFile(csv, 'Accession number\nUJI.0002\n');
    const result = await importInventory({ file: csv, photos, into: dir });
    expect(result.updated.map((row) => row.changes)).toEqual([['media']]);
    const text = await readFile(file, 'utf8');
    expect(regionsOf(text)).toEqual(regionsOf(`media:\n  - file: full.png\n${REGIONS}`));
    expect(regionLines(text)).toBe(3);
    expect(text.indexOf('file: uji.0002-02.jpg')).toBeGreaterThan(text.indexOf('regions:'));
  });
});
