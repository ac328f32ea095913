import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';
import { runCollection } from './run-cli';

const run = runCollection;

let dir: string;
let work: string;
beforeAll(async () => {
  dir = await makeMinCollection();
  work = await mkdtemp(path.join(tmpdir(), 'collection-inventory-'));
});
afterAll(async () => {
  await removeCollection(dir);
  await rm(work, { recursive: true, force: true });
});

describe('npm run collection -- export / import', () => {
  it('exports the collection, and importing that file back changes nothing (exit 0)', async () => {
    const file = path.join(work, 'koleksi.xlsx');
    const exported = await run('export', dir, '--to', file);
    expect(exported).toMatchObject({ code: 0, stdout: `Wrote 3 pieces and 2 motifs to ${file}.\n` });
    const imported = await run('import', file, '--into', dir);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('0 new, 0 updated, 3 unchanged, 0 held back.');
  }, 60_000);

  it('prints one JSON object with --json, and exits 3 when rows were held back', async () => {
    const csv = path.join(work, 'baru.csv');
    await writeFile(
      csv,
      'Nomor Inventaris,Judul,Teknik\nUJI.0002,Sarung kawung cap,Batik tulsi\nUJI.0001,,\n',
    );
    const { code, stdout } = await run('import', csv, '--into', dir, '--json');
    expect(code).toBe(3);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining([
        'created',
        'updated',
        'unchanged',
        'heldBack',
        'unmatchedPhotos',
        'rowsWithoutPhotos',
        'problems',
      ]),
    );
    // Row 3 empties the title, which every piece needs: held back rather than written.
    expect(report.heldBack.map((row: { row: number }) => row.row)).toEqual([2, 3]);
    expect(report.problems).toEqual([
      expect.objectContaining({
        file: 'baru.csv',
        sheet: 'baru',
        row: 2,
        column: 'C (Teknik)',
        field: 'techniques',
        kind: 'unknown-term',
      }),
      expect.objectContaining({ row: 3, column: 'B (Judul)', field: 'title.id', kind: 'required' }),
    ]);
  }, 60_000);

  it('tells each problem in Indonesian and English and writes nothing on --dry-run', async () => {
    const csv = path.join(work, 'dry.csv');
    await writeFile(csv, 'No. Inv;Judul (en)\nUJI.0002;A new English title\n');
    const yaml = path.join(dir, 'pieces', 'kawung-cap', 'piece.yaml');
    const before = await readFile(yaml, 'utf8');
    const { code, stdout } = await run('import', csv, '--into', dir, '--dry-run');
    expect(code).toBe(0);
    expect(stdout).toContain(
      'Dry run, nothing written / Uji coba, tidak ada yang ditulis: dry.csv, dry, encoding UTF-8, delimiter ";"',
    );
    expect(stdout).toContain(
      'row 2 UJI.0002 -> pieces/kawung-cap: title.en\n      title.en: "Stamped kawung sarong" -> "A new English title"\n',
    );
    expect(await readFile(yaml, 'utf8')).toBe(before);
  }, 60_000);

  it('refuses a missing --into and a file it cannot read, with the reason', async () => {
    expect(await run('import', path.join(work, 'x.csv'))).toMatchObject({ code: 2 });
    const missing = await run('import', path.join(work, 'nope.xlsx'), '--into', dir);
    expect(missing).toMatchObject({ code: 1, stderr: 'nope.xlsx cannot be read: ENOENT.\n' });
  }, 60_000);
});
