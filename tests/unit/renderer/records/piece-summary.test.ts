import { describe, expect, it } from 'vitest';
import type { MediaRecord } from '../../../../electron/shared/collection-records';
import { pieceSummary } from '../../../../renderer/records/piece-summary';
import { piece } from '../../support/memory-collection';

const media = (id: string, view: MediaRecord['view']): MediaRecord => ({
  id,
  view,
  alt: { id: `alt ${id}` },
  credit: { id: 'Foto museum' },
  illustrative: false,
  width: 4000,
  height: 3000,
  thumbs: [{ size: 400, src: `thumbs/${id}-400.webp` }],
  cards: [{ width: 336, src: `cards/${id}-336.jpg` }],
  display: `display/${id}.webp`,
  tiles: `tiles/${id}.dzi`,
  placeholder: 'HBkSHYSIeHiPiHh8eJd4eTN0EEQG',
  palette: [{ family: 'indigo', hex: '#1f2a44', share: 0.6 }],
  regions: [
    { kind: 'part', key: 'badan', label: { id: 'Badan' }, box: { x: 0.1, y: 0.1, width: 0.5, height: 0.5 } },
  ],
});

describe('the piece summary the list screens hold', () => {
  it('keeps what cards, facets, sorts and the attract loop read, and the main image without its heavy parts', () => {
    const record = {
      ...piece('p1', 'Kain Jlamprang', ['jlamprang', 'parang']),
      description: { id: 'Panjang sekali.' },
      summary: { id: 'Ringkas.' },
      notes: [{ id: 'Catatan' }],
      related: ['p2'],
      fabric: 'katun',
      media: [media('detail', 'detail'), media('whole', 'full'), media('back', 'reverse')],
    };
    const summary = pieceSummary(record);
    expect(Object.keys(summary).sort()).toEqual(
      [
        'id',
        'accession',
        'objectType',
        'group',
        'title',
        'motifIds',
        'techniques',
        'dyes',
        'colours',
        'fabric',
        'production',
        'display',
        'media',
      ].sort(),
    );
    expect(summary.title).toEqual({ id: 'Kain Jlamprang', en: 'Kain Jlamprang' });
    expect(summary.motifIds).toEqual(['jlamprang', 'parang']);
    expect(summary.production).toBe(record.production);
    // The full view, as mainMedia picks it, with what a card and a slide draw; no regions, palette,
    // credit or tiles (the piece screen reads the whole record for those).
    expect(summary.media).toEqual([
      {
        id: 'whole',
        view: 'full',
        alt: { id: 'alt whole' },
        illustrative: false,
        width: 4000,
        height: 3000,
        thumbs: [{ size: 400, src: 'thumbs/whole-400.webp' }],
        cards: [{ width: 336, src: 'cards/whole-336.jpg' }],
        display: 'display/whole.webp',
        placeholder: 'HBkSHYSIeHiPiHh8eJd4eTN0EEQG',
      },
    ]);
  });

  it('has no media for a piece without images, the first image when there is no full view, and no fabric key when none', () => {
    const bare = pieceSummary({ ...piece('p2'), media: [] });
    expect(bare.media).toEqual([]);
    expect('fabric' in bare).toBe(false);
    const { placeholder: _none, ...detailOnly } = media('d', 'detail');
    const first = pieceSummary({ ...piece('p3'), media: [detailOnly] });
    expect(first.media.map((m) => m.id)).toEqual(['d']);
    expect('placeholder' in first.media[0]!).toBe(false);
  });
});
