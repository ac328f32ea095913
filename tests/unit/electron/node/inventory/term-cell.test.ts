import { describe, expect, it } from 'vitest';
import { cellValues, termReader, type Vocabulary } from '../../../../../electron/node/inventory/term-cell';

const TECHNIQUES: Vocabulary = {
  tulis: { label: { id: 'Batik tulis', en: 'Hand-drawn batik (tulis)', jv: 'Bathik tulis' } },
  cap: { label: { id: 'Batik cap', en: 'Stamped batik (cap)', jv: 'Bathik cap' } },
  printed: { label: { id: 'Tekstil bermotif batik', en: 'Batik-patterned textile (printed)' } },
};
const GROUPS: Vocabulary = {
  pesisiran: { label: { id: 'Pesisiran', en: 'Coastal batik' } },
  pedalaman: { label: { id: 'Pedalaman', en: 'Inland batik' } },
};

describe('termReader: terms written in a spreadsheet cell', () => {
  const technique = termReader(TECHNIQUES);
  const group = termReader(GROUPS);

  it.each([
    ['Batik Tulis', 'tulis'],
    ['batik-tulis', 'tulis'],
    ['  BATIK   CAP ', 'cap'],
    ['tulis', 'tulis'],
    ['Hand-drawn batik', 'tulis'],
    ['Stamped batik (cap)', 'cap'],
    ['Bathik tulis', 'tulis'],
    ['Batik-patterned textile', 'printed'],
  ])('reads %j as %s (technique)', (cell, id) => {
    expect(technique(cell)).toEqual({ kind: 'term', id });
  });

  it.each([
    ['Pesisiran', 'pesisiran'],
    ['pésisiran', 'pesisiran'],
    ['Inland Batik', 'pedalaman'],
  ])('reads %j as %s (group)', (cell, id) => {
    expect(group(cell)).toEqual({ kind: 'term', id });
  });

  it('says what a typo most likely meant, by the term id', () => {
    expect(technique('Batik tuls')).toEqual({ kind: 'unknown', text: 'Batik tuls', suggestion: 'tulis' });
    expect(group('Pesisran')).toEqual({ kind: 'unknown', text: 'Pesisran', suggestion: 'pesisiran' });
  });

  it('reports what is nothing like a term without a guess', () => {
    expect(technique('Sablon mesin cetak digital')).toEqual({
      kind: 'unknown',
      text: 'Sablon mesin cetak digital',
    });
  });

  it('does not choose between two terms that share a label, while an id written as it is wins', () => {
    const shared = termReader({
      'sogan-jogja': { label: { id: 'Sogan', en: 'Sogan (Yogyakarta)' } },
      'sogan-solo': { label: { id: 'Sogan', en: 'Sogan (Surakarta)' } },
      kawung: { label: { id: 'Kawung' } },
      'kawung-picis': { label: { id: 'Kawung', en: 'Kawung picis' } },
    });
    expect(shared('Sogan')).toMatchObject({ kind: 'unknown', text: 'Sogan' });
    expect(shared('Sogan (Surakarta)')).toEqual({ kind: 'term', id: 'sogan-solo' });
    expect(shared('Kawung')).toEqual({ kind: 'term', id: 'kawung' });
    expect(shared('Kawung picis')).toEqual({ kind: 'term', id: 'kawung-picis' });
  });
});

describe('cellValues', () => {
  it('splits a cell holding several values at semicolons, dropping empty ones', () => {
    expect(cellValues(' Kawung ; Parang  rusak;; ')).toEqual(['Kawung', 'Parang rusak']);
    expect(cellValues('')).toEqual([]);
  });
});
