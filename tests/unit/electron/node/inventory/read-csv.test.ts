import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, detectDelimiter, readCsv } from '../../../../../electron/node/inventory/read-csv';

describe('decodeText: the encodings spreadsheet programs save text in', () => {
  it('tells UTF-8 with and without a byte-order mark, and UTF-16 from its mark', () => {
    expect(decodeText(Buffer.from('\uFEFFJudul;Teknik', 'utf8'))).toEqual({
      text: 'Judul;Teknik',
      encoding: 'UTF-8 with BOM',
    });
    expect(decodeText(Buffer.from('Kain “Kawung”', 'utf8'))).toEqual({
      text: 'Kain “Kawung”',
      encoding: 'UTF-8',
    });
    expect(decodeText(Buffer.from('\uFEFFKain é', 'utf16le'))).toEqual({
      text: 'Kain é',
      encoding: 'UTF-16LE',
    });
  });

  it('reads what is not UTF-8 as the Windows-1252 Excel writes, curly quotes and euro sign included', () => {
    const bytes = iconv.encode('Kain “Kawung” – café €5', 'windows-1252');
    expect(decodeText(bytes)).toEqual({ text: 'Kain “Kawung” – café €5', encoding: 'Windows-1252' });
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['No. Inv,Judul,Teknik\nA.1,Kain,"tulis; cap"\nA.2,Sarung,cap', ','],
    ['No. Inv;Judul;Teknik\nA.1;Kain, panjang;tulis\nA.2;Sarung;cap', ';'],
    ['No. Inv\tJudul\tTeknik\nA.1\tKain; baru\ttulis', '\t'],
    ['No. Inv|Judul|Teknik\nA.1|Kain|tulis', '|'],
  ])('finds the delimiter that splits every line the same way (%#)', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('readCsv', () => {
  it('keeps every cell as text, blank rows as empty rows and line breaks inside quotes', () => {
    const table = readCsv(
      'inv.csv',
      'inv',
      Buffer.from('No. Inv;Tinggi\r\n2006.0010;110\r\n;\r\n2006.0011;"dua\nbaris"\r\n'),
    );
    expect(table).toMatchObject({
      file: 'inv.csv',
      sheet: 'inv',
      firstRow: 1,
      encoding: 'UTF-8',
      delimiter: ';',
    });
    expect(table.rows).toEqual([
      ['No. Inv', 'Tinggi'],
      ['2006.0010', '110'],
      [],
      ['2006.0011', 'dua\nbaris'],
    ]);
  });
});
