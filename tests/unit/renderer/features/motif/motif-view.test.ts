import { describe, expect, it } from 'vitest';
import type { LangMap, MotifRecord, TermRecord } from '../../../../../electron/shared/collection-records';
import { colourSwatches, groupByFamily, otherNames } from '../../../../../renderer/features/motif/motif-view';

const en = (map: LangMap | undefined) => map?.en ?? map?.id ?? '';

function motif(id: string, family: string, name: LangMap, variants: string[] = []): MotifRecord {
  return {
    id,
    name,
    variants,
    family,
    origins: [],
    meaning: {},
    history: {},
    elements: [],
    colours: [],
    era: { display: {} },
    larangan: { restricted: false },
    related: [],
    media: [],
    notes: [],
    hash: id,
  };
}

function term(vocab: string, key: string, label: LangMap, order: number, hex?: string): TermRecord {
  return { id: `${vocab}:${key}`, vocab, key, label, order, hex, hash: key };
}

describe('groupByFamily', () => {
  const terms = new Map(
    [
      term('family', 'parang', { id: 'Parang', en: 'Parang (blades)' }, 2),
      term('family', 'ceplok', { id: 'Ceplok', en: 'Ceplok (geometric)' }, 1),
    ].map((t) => [t.id, t]),
  );
  const collator = new Intl.Collator('en');

  it('orders families as the vocabulary does, unknown families last, motifs by shown name', () => {
    const groups = groupByFamily(
      [
        motif('udan-liris', 'parang', { id: 'Udan Liris' }),
        motif('zz', 'mystery', { id: 'Misteri' }),
        motif('kawung', 'ceplok', { id: 'Kawung' }),
        motif('jlamprang', 'ceplok', { id: 'Jlamprang' }),
        motif('parang-rusak', 'parang', { id: 'Parang Rusak' }),
      ],
      terms,
      en,
      collator,
    );
    expect(groups.map((g) => [g.family, g.label])).toEqual([
      ['ceplok', 'Ceplok (geometric)'],
      ['parang', 'Parang (blades)'],
      ['mystery', 'mystery'],
    ]);
    expect(groups[0].motifs.map((m) => m.id)).toEqual(['jlamprang', 'kawung']);
    expect(groups[1].motifs.map((m) => m.id)).toEqual(['parang-rusak', 'udan-liris']);
  });
});

describe('otherNames', () => {
  it('lists variants and other-language names once, without the shown name', () => {
    const m = motif('jlamprang', 'ceplok', { id: 'Jlamprang', en: 'Jlamprang' }, [
      'Jelamprang',
      'jlamprang',
      'Nitik Jlamprang',
      ' Jelamprang ',
    ]);
    expect(otherNames(m, 'Jlamprang')).toEqual(['Jelamprang', 'Nitik Jlamprang']);
  });

  it('keeps a name in another language that differs from the shown one', () => {
    const m = motif('parang-rusak', 'parang', { id: 'Parang Rusak', en: 'Parang Rusak (broken blade)' });
    expect(otherNames(m, 'Parang Rusak')).toEqual(['Parang Rusak (broken blade)']);
  });
});

describe('colourSwatches', () => {
  it('labels each colour from its term, with the swatch colour when it has one', () => {
    const terms = new Map(
      [term('colour', 'soga', { id: 'Coklat soga', en: 'Soga brown' }, 1, '#8b5a2b')].map((t) => [t.id, t]),
    );
    expect(colourSwatches(['soga', 'unknown'], terms, en)).toEqual([
      { key: 'soga', label: 'Soga brown', hex: '#8b5a2b' },
      { key: 'unknown', label: 'unknown', hex: undefined },
    ]);
  });
});
