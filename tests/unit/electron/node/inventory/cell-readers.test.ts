import { describe, expect, it } from 'vitest';
import {
  readNames,
  readPositive,
  readText,
  readYear,
  readYesNo,
} from '../../../../../electron/node/inventory/cell-readers';
import type { NamedList } from '../../../../../electron/node/inventory/references';
import { termReader } from '../../../../../electron/node/inventory/term-cell';

describe('cell readers', () => {
  it.each([
    [110, 110],
    ['110', 110],
    [' 110 ', 110],
    ['110 cm', 110],
    ['110,5', 110.5],
    ['110.5', 110.5],
  ])('reads the size %j as %d', (cell, value) => expect(readPositive(cell)).toEqual({ value }));

  it.each(['seratus', '-5', '0', '1.250,5', '110 m'])(
    'refuses the size %j with a message in both languages',
    (cell) => {
      const read = readPositive(cell);
      expect(read.value).toBeUndefined();
      expect(read.problem).toMatchObject({ kind: 'invalid-value', severity: 'error' });
      expect(read.problem!.message.id).toContain('bukan angka positif');
      expect(read.problem!.message.en).toContain('is not a positive number');
    },
  );

  it('reads years from text, numbers and date cells, and refuses words', () => {
    expect(readYear('1995 ')).toEqual({ value: 1995 });
    expect(readYear(1995)).toEqual({ value: 1995 });
    expect(readYear(new Date(Date.UTC(1995, 4, 1)))).toEqual({ value: 1995 });
    expect(readYear('')).toEqual({ value: undefined });
    expect(readYear('tahun lalu').problem?.kind).toBe('invalid-value');
  });

  it('reads yes and no in Indonesian and English', () => {
    expect(['ya', 'Y', 'yes', 'TRUE', 'x', true].map((cell) => readYesNo(cell).value)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['tidak', 'tdk', 'no', 'N', '0', false].map((cell) => readYesNo(cell).value)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(readYesNo('mungkin').problem?.message.id).toBe('"mungkin": tulis "ya" atau "tidak".');
  });

  it('keeps line breaks inside a text and drops the spaces around it', () => {
    expect(readText('  Baris satu  \nBaris dua  ')).toEqual({ value: 'Baris satu\nBaris dua' });
    expect(readText('   ')).toEqual({ value: undefined });
  });

  it('reads several names separated by ";" and stops at the first unknown one with a guess', () => {
    const vocabulary = {
      tulis: { label: { id: 'Batik tulis', en: 'Hand-drawn batik (tulis)' } },
      cap: { label: { id: 'Batik cap' } },
    };
    const list: NamedList = {
      read: termReader(vocabulary),
      nameOf: (id) => id,
    };
    const where = {
      id: 'daftar istilah (terms/technique.yaml)',
      en: 'the vocabulary (terms/technique.yaml)',
    };
    expect(readNames('Batik Tulis; cap; batik tulis', list, where)).toEqual({ value: ['tulis', 'cap'] });
    const read = readNames('cap; Batik tulsi', list, where);
    expect(read.problem?.message.en).toBe(
      '"Batik tulsi" is not known in the vocabulary (terms/technique.yaml). Did you mean "tulis"?',
    );
    expect(read.problem?.message.id).toBe(
      '"Batik tulsi" tidak dikenal di daftar istilah (terms/technique.yaml). Maksudnya "tulis"?',
    );
  });
});
