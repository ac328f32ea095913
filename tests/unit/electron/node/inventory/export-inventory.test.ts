import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCollection } from '../../../../../electron/node/collection/check';
import { exportInventory } from '../../../../../electron/node/inventory/export-inventory';
import { importInventory } from '../../../../../electron/node/inventory/import-inventory';
import { readWorkbook } from '../../../../../electron/node/inventory/read-workbook';

const SAMPLE = path.resolve(import.meta.dirname, '../../../../../collection');

/** The YAML files of a collection with their text. */
async function yamlTexts(dir: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.yaml')) {
      const file = path.join(entry.parentPath, entry.name);
      texts.set(path.relative(dir, file), await readFile(file, 'utf8'));
    }
  }
  return texts;
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'inventory-export-'));
});
afterAll(async () => rm(work, { recursive: true, force: true }));

describe('exportInventory: the sample collection as the curators\u2019 spreadsheet', () => {
  it('writes a sheet of pieces and one of motifs with readable headers, a frozen header row and widths', async () => {
    const to = path.join(work, 'koleksi.xlsx');
    const result = await exportInventory(SAMPLE, to);
    expect(result).toMatchObject({ pieces: 66, motifs: 31, skipped: [] });
    const [pieces, motifs] = readWorkbook('koleksi.xlsx', await readFile(to));
    expect([pieces!.sheet, motifs!.sheet]).toEqual(['Kain', 'Motif']);
    const headers = pieces!.rows[0]!;
    expect(headers.slice(0, 7)).toEqual([
      'Nomor inventaris',
      'ID (folder)',
      'Jenis kain',
      'Kelompok',
      'Judul (id)',
      'Judul (en)',
      'Judul (jv)',
    ]);
    expect(headers).toContain('Teknik');
    expect(pieces!.rows).toHaveLength(67);
    // Terms by their Indonesian labels, several in one cell separated by ";".
    const bali = pieces!.rows.find((row) => row[1] === 'bali-kain-2000')!;
    expect(bali[headers.indexOf('Teknik')]).toBe('Batik kombinasi; Colet');
    expect(bali[headers.indexOf('Tinggi (cm)')]).toBe(110);

    const workbook = XLSX.read(await readFile(to), { type: 'buffer', cellStyles: true });
    expect(workbook.Sheets.Kain!['!cols']?.[0]).toMatchObject({ wch: 18 });
    const zip = XLSX.CFB.read(await readFile(to), { type: 'buffer' });
    for (const sheet of ['sheet1', 'sheet2']) {
      const xml = Buffer.from(
        XLSX.CFB.find(zip, `/xl/worksheets/${sheet}.xml`)!.content as Uint8Array,
      ).toString();
      expect(xml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
      expect(xml).toMatch(/<autoFilter ref="A1:/);
    }
  });

  it('writes a UTF-8 CSV that Excel opens as UTF-8 (with a byte-order mark)', async () => {
    const to = path.join(work, 'koleksi.csv');
    expect(await exportInventory(SAMPLE, to)).toMatchObject({ pieces: 66, motifs: 0 });
    const bytes = await readFile(to);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').split('\r\n')[0]).toMatch(
      /^\uFEFFNomor inventaris,ID \(folder\),Jenis kain,/,
    );
  });

  it.each(['xlsx', 'csv'])(
    'round trip through .%s: import into a copy changes no YAML and check finds the same',
    async (format) => {
      const copy = path.join(work, `copy-${format}`);
      await cp(SAMPLE, copy, { recursive: true, filter: (src) => !src.includes('.generated.') });
      const before = await yamlTexts(copy);
      const checkedBefore = await checkCollection(copy);
      const file = path.join(work, `round.${format}`);
      await exportInventory(copy, file);
      const report = await importInventory({ file, into: copy });
      expect({ created: report.created, updated: report.updated, heldBack: report.heldBack }).toEqual({
        created: [],
        updated: [],
        heldBack: [],
      });
      expect(report.unchanged).toHaveLength(66);
      expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(await yamlTexts(copy)).toEqual(before);
      // The copy has no drawings, so check reports them missing: the same way before and after.
      const checkedAfter = await checkCollection(copy);
      expect(checkedAfter.errors).toEqual(checkedBefore.errors);
      expect(checkedAfter.stats).toEqual(checkedBefore.stats);
    },
    60_000,
  );

  it('refuses a file type it cannot write, naming it', async () => {
    await expect(exportInventory(SAMPLE, path.join(work, 'koleksi.ods'))).rejects.toThrow(
      'koleksi.ods: export writes .xlsx or .csv.',
    );
  });
});
