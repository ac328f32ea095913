import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from '../../../../../electron/node/inventory/read-workbook';
import { columnLetter } from '../../../../../electron/node/inventory/sheet-table';

function workbook(bookType: 'xlsx' | 'ods'): Buffer {
  const sheet = XLSX.utils.aoa_to_sheet(
    [
      ['Inventaris'],
      [],
      ['No. Inv', 'Judul', null, 'Tahun'],
      [null, 'id', 'en'],
      ['MBP.1', 'Kain', 'Cloth', new Date(Date.UTC(1925, 6, 1))],
      [],
      ['MBP.2', 'Sarung', null, 1950],
    ],
    { cellDates: true },
  );
  sheet['!merges'] = [{ s: { r: 2, c: 1 }, e: { r: 2, c: 2 } }];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Inventaris');
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Catatan']]), 'Catatan');
  return XLSX.write(book, { type: 'buffer', bookType }) as Buffer;
}

describe('readWorkbook', () => {
  it.each(['xlsx', 'ods'] as const)(
    'reads every sheet of an .%s with its row numbers, date cells and merged headers',
    (type) => {
      const [inventory, notes] = readWorkbook(`inv.${type}`, workbook(type));
      expect(notes!.sheet).toBe('Catatan');
      expect(inventory).toMatchObject({
        file: `inv.${type}`,
        sheet: 'Inventaris',
        firstRow: 1,
        firstColumn: 0,
      });
      const rows = inventory!.rows;
      // The merged header names both columns it spans.
      expect(rows[2]!.slice(0, 3)).toEqual(['No. Inv', 'Judul', 'Judul']);
      expect(rows[4]![3]).toBeInstanceOf(Date);
      expect((rows[4]![3] as Date).getUTCFullYear()).toBe(1925);
      expect(rows[5]).toEqual([]);
      expect(rows[6]).toEqual(['MBP.2', 'Sarung', null, 1950]);
    },
  );

  it('refuses bytes that are no workbook', () => {
    expect(() => readWorkbook('x.xlsx', Buffer.from('PK\u0003\u0004 not really a zip'))).toThrow();
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [5, 'F'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('%i is column %s', (index, letter) => expect(columnLetter(index)).toBe(letter));
});
