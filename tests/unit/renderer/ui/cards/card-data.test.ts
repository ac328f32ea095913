import { rgbaToThumbHash } from 'thumbhash';
import { describe, expect, it } from 'vitest';
import type { MotifRecord, PieceRecord, TermRecord } from '../../../../../electron/shared/collection-records';
import {
  createCardCache,
  motifCardData,
  pieceCardData,
  placeholderColour,
} from '../../../../../renderer/ui/cards/card-data';
import { term, english } from '../../../support/vocabulary-terms';

const terms = new Map<string, TermRecord>([
  term('group', 'pesisiran', { id: 'Batik Pesisiran', en: 'North-coast batik' }),
  term('family', 'ceplok', { id: 'Ceplok', en: 'Ceplok (repeating rosettes)' }),
]);
const jlamprang = {
  id: 'jlamprang',
  name: { id: 'Jlamprang' },
  family: 'ceplok',
  larangan: { restricted: false },
  media: [{ view: 'full', thumbs: [{ size: 512, src: 'media/j-512.webp' }], display: 'media/j.webp' }],
} as unknown as MotifRecord;
const motifs = new Map([['jlamprang', jlamprang]]);
const context = { motifs, terms, text: english };

const piece = {
  id: 'p1',
  accession: 'MBP.1925.001',
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
      cards: [
        { width: 336, src: 'media/a-card-336.jpg' },
        { width: 672, src: 'media/a-card-672.jpg' },
      ],
      display: 'media/a.webp',
      placeholder: 'cQgCC4B4iHh4eAh3eIiAhwg=',
    },
  ],
} as unknown as PieceRecord;

describe('piece card data', () => {
  it('builds the card in the visitor language with group label, year and a ThumbHash placeholder', () => {
    const card = pieceCardData(piece, context);
    expect(card).toMatchObject({
      title: 'Jlamprang cloth',
      motifs: 'Jlamprang, unknown-motif',
      date: '1925',
      group: 'North-coast batik',
      thumb: 'collection/media/a-512.webp',
      srcSet: 'collection/media/a-card-336.jpg 336w, collection/media/a-card-672.jpg 672w',
      alt: 'A red cloth.',
    });
    expect(card.placeholder).toMatch(/^rgb\(\d+, \d+, \d+\)$/);
    expect(card).not.toHaveProperty('note');
  });

  it('falls back to the accession number and reads a year range as the record does', () => {
    const bare = {
      ...piece,
      title: {},
      production: { date: { display: {}, earliest: 1890, latest: 1910 } },
    } as unknown as PieceRecord;
    expect(pieceCardData(bare, context)).toMatchObject({
      title: 'MBP.1925.001',
      date: '1890–1910',
    });
  });

  it('prefers the date as the curator wrote it', () => {
    const written = {
      ...piece,
      production: { date: { display: { en: 'about 1925' }, earliest: 1920, latest: 1930 } },
    } as unknown as PieceRecord;
    expect(pieceCardData(written, context).date).toBe('about 1925');
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
    const cardFor = createCardCache(new Map([['p1', piece]]), context);
    expect(cardFor('p1')).toBe(cardFor('p1'));
    expect(cardFor('missing')).toBeUndefined();
  });

  it('lets go of the cards used least recently past its limit, and builds one again when asked', () => {
    const pieces = new Map(['p1', 'p2', 'p3', 'p4'].map((id) => [id, { ...piece, id }]));
    const cardFor = createCardCache(pieces, context, 3);
    const [p1, p2, p3] = [cardFor('p1'), cardFor('p2'), cardFor('p3')];
    // p1 is used again: p2 is now the least recent and goes when p4 comes.
    expect(cardFor('p1')).toBe(p1);
    cardFor('p4');
    expect(cardFor('p1')).toBe(p1);
    const p2Again = cardFor('p2');
    expect(p2Again).not.toBe(p2);
    expect(p2Again).toEqual(p2);
    // p2 coming back pushed out p3, the least recent then.
    expect(cardFor('p3')).not.toBe(p3);
  });
});

describe('motif card data', () => {
  it("offers the motif drawing's card crops when it has them", () => {
    const cropped = {
      ...jlamprang,
      media: [{ ...jlamprang.media[0]!, cards: [{ width: 336, src: 'media/j-card-336.jpg' }] }],
    } as MotifRecord;
    expect(motifCardData(cropped, context).srcSet).toBe('collection/media/j-card-336.jpg 336w');
    expect(motifCardData(jlamprang, context).srcSet).toBeUndefined();
  });

  it('names the motif and its family in the visitor language, with the count when given', () => {
    expect(motifCardData(jlamprang, context, 7)).toEqual({
      id: 'jlamprang',
      name: 'Jlamprang',
      family: 'Ceplok (repeating rosettes)',
      thumb: 'collection/media/j-512.webp',
      restricted: false,
      pieceCount: 7,
    });
  });

  it('falls back to the keys when the name or family term is missing, and leaves the count out', () => {
    const unnamed = { ...jlamprang, name: {}, family: 'unknown' } as unknown as MotifRecord;
    const card = motifCardData(unnamed, context);
    expect(card).toMatchObject({ name: 'jlamprang', family: 'unknown' });
    expect(card).not.toHaveProperty('pieceCount');
    // No piece carries it: that is a count to show, not a missing one.
    expect(motifCardData(jlamprang, context, 0).pieceCount).toBe(0);
  });
});
