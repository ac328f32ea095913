import { describe, expect, it } from 'vitest';
import { PieceDocument, sameData } from '../../../../../electron/node/inventory/piece-document';

const YAML = `# Catatan kurator
accession: MBP.1 # nomor lama: 12
title: { id: Kain, en: Cloth }
techniques: [tulis, cap]
dimensions:
  heightCm: 100
notes:
  - id: Jangan diubah.
`;

describe('PieceDocument: changes that keep the curator\u2019s file', () => {
  it('replaces one value and keeps comments, other fields and flow style', () => {
    const doc = PieceDocument.parse(YAML);
    doc.set(['title', 'en'], 'Batik cloth');
    doc.set(['techniques'], ['cap']);
    expect(doc.toString()).toBe(`# Catatan kurator
accession: MBP.1 # nomor lama: 12
title: { id: Kain, en: Batik cloth }
techniques: [ cap ]
dimensions:
  heightCm: 100
notes:
  - id: Jangan diubah.
`);
  });

  it('removes a value and a map it leaves empty', () => {
    const doc = PieceDocument.parse(YAML);
    doc.delete(['dimensions', 'heightCm']);
    expect(doc.data()).not.toHaveProperty('dimensions');
    expect(doc.toString()).toContain('notes:');
  });

  it('orders a new piece the way the guide writes one', () => {
    const doc = PieceDocument.empty();
    doc.set(['media'], []);
    doc.set(['production', 'date', 'display', 'id'], '1900');
    doc.set(['production', 'place'], 'lasem');
    doc.set(['accession'], 'MBP.2');
    doc.order();
    expect(Object.keys(doc.data())).toEqual(['accession', 'production', 'media']);
    expect(Object.keys(doc.data().production as object)).toEqual(['place', 'date']);
  });
});

describe('sameData', () => {
  it('compares data, not the line break a YAML block adds, and takes no list as an empty one', () => {
    expect(sameData({ a: ['x', { b: 1 }] }, { a: ['x', { b: 1 }] })).toBe(true);
    expect(sameData('Teks panjang.\n', 'Teks panjang.')).toBe(true);
    expect(sameData(undefined, [])).toBe(true);
    expect(sameData(['a'], ['a', 'b'])).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData('a', ' a')).toBe(false);
  });
});
