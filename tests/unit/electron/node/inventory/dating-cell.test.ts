import { describe, expect, it } from 'vitest';
import { CIRCA_YEARS, readDatingCell } from '../../../../../electron/node/inventory/dating-cell';

/** [cell, display in Indonesian, display in English, earliest, latest] */
const READ: [string | number | Date, string, string, number | undefined, number | undefined][] = [
  ['1900', '1900', '1900', 1900, 1900],
  [' 1900  ', '1900', '1900', 1900, 1900],
  [1935, '1935', '1935', 1935, 1935],
  // A date cell saved as its day number (Excel's 1900 system): 1 January 1950.
  [18264, '1950', '1950', 1950, 1950],
  [new Date(Date.UTC(1962, 5, 1)), '1962', '1962', 1962, 1962],
  ['c. 1900', 'sekitar 1900', 'about 1900', 1900 - CIRCA_YEARS, 1900 + CIRCA_YEARS],
  ['ca.1910', 'sekitar 1910', 'about 1910', 1905, 1915],
  ['sekitar 1900', 'sekitar 1900', 'about 1900', 1895, 1905],
  ['Kira-kira 1930', 'sekitar 1930', 'about 1930', 1925, 1935],
  ['± 1950', 'sekitar 1950', 'about 1950', 1945, 1955],
  // About a decade or a span widens it by the same years as about a year.
  ['sekitar 1980-an', 'sekitar 1980-an', 'about 1980s', 1975, 1994],
  ['c. 1910-1930', 'sekitar 1910–1930', 'about 1910–1930', 1905, 1935],
  ['sekitar awal abad ke-20', 'sekitar awal abad ke-20', 'about early 20th century', 1895, 1938],
  ['1920-an', '1920-an', '1920s', 1920, 1929],
  ['tahun 1930an', '1930-an', '1930s', 1930, 1939],
  ["1950's", '1950-an', '1950s', 1950, 1959],
  ['1942-1945', '1942–1945', '1942–1945', 1942, 1945],
  ['1942 – 1945', '1942–1945', '1942–1945', 1942, 1945],
  ['1942-45', '1942–1945', '1942–1945', 1942, 1945],
  ['1942 s/d 1945', '1942–1945', '1942–1945', 1942, 1945],
  ['antara 1890 dan 1910', '1890–1910', '1890–1910', 1890, 1910],
  ['between 1890 and 1910', '1890–1910', '1890–1910', 1890, 1910],
  ['sebelum 1900', 'sebelum 1900', 'before 1900', undefined, 1899],
  ['after 1950', 'setelah 1950', 'after 1950', 1951, undefined],
  ['awal abad ke-20', 'awal abad ke-20', 'early 20th century', 1900, 1933],
  ['Pertengahan abad ke-19', 'pertengahan abad ke-19', 'mid-19th century', 1834, 1866],
  ['akhir abad XIX', 'akhir abad ke-19', 'late 19th century', 1867, 1899],
  ['abad ke-18', 'abad ke-18', '18th century', 1700, 1799],
  ['early 20th century', 'awal abad ke-20', 'early 20th century', 1900, 1933],
  ['mid-20th century', 'pertengahan abad ke-20', 'mid-20th century', 1934, 1966],
  ['19th c.', 'abad ke-19', '19th century', 1800, 1899],
  ['abad XXI', 'abad ke-21', '21st century', 2000, 2099],
];

describe('readDatingCell: the dating column as curators write it', () => {
  it.each(READ)('reads %j', (cell, id, en, earliest, latest) => {
    const read = readDatingCell(cell);
    expect(read.kind).toBe('read');
    if (read.kind !== 'read') return;
    expect(read.dating.display).toEqual({ id, en });
    expect(read.dating.earliest).toBe(earliest);
    expect(read.dating.latest).toBe(latest);
  });

  it('keeps the cell as written beside what it read', () => {
    expect(readDatingCell('  sekitar   1900 ')).toMatchObject({ original: 'sekitar 1900' });
    expect(readDatingCell(18264)).toMatchObject({ original: '18264' });
    expect(readDatingCell(new Date(Date.UTC(1962, 5, 1)))).toMatchObject({ original: '1962-06-01' });
  });

  it.each(['', '   ', '-', '?', 'tidak diketahui', 'Unknown', 't.t.', 'n/a'])(
    'finds no date in %j',
    (cell) => {
      expect(readDatingCell(cell).kind).toBe('none');
    },
  );

  it('finds no date in an empty or invalid cell value', () => {
    expect(readDatingCell(null).kind).toBe('none');
    expect(readDatingCell(undefined).kind).toBe('none');
    expect(readDatingCell(new Date(Number.NaN)).kind).toBe('none');
  });

  it.each([
    'zaman Belanda',
    'sekitar zaman Jepang',
    'sekitar sekitar 1900',
    '1945-1942',
    'abad ke-40',
    'suatu abad ke-19',
    '1.900',
    'cap',
    12.5,
    -1900,
    99,
    100_000,
  ])('keeps %j as display text only, for the importer to warn about', (cell) => {
    const read = readDatingCell(cell);
    expect(read.kind).toBe('unread');
    if (read.kind !== 'unread') return;
    expect(read.dating).toEqual({ display: { id: String(cell), en: String(cell) } });
  });
});
