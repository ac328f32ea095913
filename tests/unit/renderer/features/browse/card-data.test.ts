import { describe, expect, it } from 'vitest';
import { rgbaToThumbHash } from 'thumbhash';
import type { MotifRecord, PieceRecord, TermRecord } from '../../../../../electron/shared/collection-records';
import {
  createCardCache,
  placeholderColour,
  toCardData,
} from '../../../../../renderer/features/browse/card-data';
import { pickText } from '../../../../../renderer/i18n/content-text';

const term = (vocab: string, key: string, label: TermRecord['label'], extra: Partial<TermRecord> = {}) =>
  [`${vocab}:${key}`, { id: `${vocab}:${key}`, vocab, key, label, order: 0, hash: '', ...extra }] as const;

const terms = new Map<string, TermRecord>([
  term('group', 'pesisiran', { id: 'Batik Pesisiran', en: 'North-coast batik' }, { order: 0 }),
  term('group', 'pedalaman', { id: 'Batik Pedalaman', en: 'Inland and court batik' }, { order: 1 }),
  term('colour', 'indigo', { id: 'Biru nila', en: 'Indigo blue' }, { order: 0, hex: '#223a66' }),
  term('colour', 'soga', { id: 'Coklat soga', en: 'Soga brown' }, { order: 1, hex: '#8b5a2b' }),
  term('colour', 'hijau', { id: 'Hijau', en: 'Green' }, { order: 2, description: { en: 'Leafy.' } }),
  term('dye', 'indigo', { id: 'Indigo', en: 'Indigo' }, { description: { en: 'Blue from Indigofera.' } }),
]);

const motifs = new Map([
  ['jlamprang', { id: 'jlamprang', name: { id: 'Jlamprang' }, media: [] } as unknown as MotifRecord],
]);

const english = (map: Parameters<typeof pickText>[0]) => pickText(map, 'en', ['id', 'en']);

describe('browse cards', () => {
  const piece = {
    id: 'p1',
    group: 'pesisiran',
    title: { id: 'Kain Jlamprang', en: 'Jlamprang cloth' },
    motifIds: ['jlamprang', 'unknown-motif'],
    production: { date: { display: {}, earliest: 1925 } },
    media: [
      {
        view: 'full',
        alt: { en: 'A red cloth.' },
        thumbs: [
          { size: 256, src: 'media/a-256.webp' },
          { size: 512, src: 'media/a-512.webp' },
        ],
        display: 'media/a.webp',
        placeholder: 'cQgCC4B4iHh4eAh3eIiAhwg=',
      },
    ],
  } as unknown as PieceRecord;

  it('builds the card in the visitor language with group label, year and a ThumbHash placeholder', () => {
    const card = toCardData(piece, { motifs, terms, text: english });
    expect(card).toMatchObject({
      title: 'Jlamprang cloth',
      motifs: 'Jlamprang, unknown-motif',
      date: '1925',
      group: 'North-coast batik',
      thumb: 'collection/media/a-512.webp',
      alt: 'A red cloth.',
    });
    expect(card.placeholder).toMatch(/^rgb\(\d+, \d+, \d+\)$/);
  });

  it('a damaged ThumbHash gives no placeholder instead of an error', () => {
    expect(placeholderColour('***')).toBeUndefined();
    expect(placeholderColour(undefined)).toBeUndefined();
  });

  it('the placeholder is the tone of the image (an indigo cloth gives an indigo card)', () => {
    const rgba = new Uint8Array(8 * 8 * 4);
    for (let i = 0; i < rgba.length; i += 4) rgba.set([43, 58, 103, 255], i);
    const hash = btoa(String.fromCharCode(...rgbaToThumbHash(8, 8, rgba)));
    const [r, g, b] = /rgb\((\d+), (\d+), (\d+)\)/.exec(placeholderColour(hash)!)!.slice(1).map(Number);
    expect(Math.abs(r! - 43)).toBeLessThan(8);
    expect(Math.abs(g! - 58)).toBeLessThan(8);
    expect(Math.abs(b! - 103)).toBeLessThan(8);
  });

  it('keeps each card object while the context holds (memoised cards skip re-rendering)', () => {
    const cardFor = createCardCache(new Map([['p1', piece]]), { motifs, terms, text: english });
    expect(cardFor('p1')).toBe(cardFor('p1'));
    expect(cardFor('missing')).toBeUndefined();
  });
});
