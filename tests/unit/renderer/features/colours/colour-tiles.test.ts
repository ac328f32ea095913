import { describe, expect, it } from 'vitest';
import { colourTiles } from '../../../../../renderer/features/colours/colour-tiles';
import { terms, english } from '../../../support/vocabulary-terms';

describe('colour tiles', () => {
  it('shows the colour families pieces carry, in curator order, with the dye explanation as fallback', () => {
    const tiles = colourTiles(terms, { indigo: 28, hijau: 3 }, english);
    expect(tiles).toEqual([
      {
        key: 'indigo',
        label: 'Indigo blue',
        hex: '#223a66',
        count: 28,
        description: 'Blue from Indigofera.',
      },
      { key: 'hijau', label: 'Green', hex: 'var(--swatch-none)', count: 3, description: 'Leafy.' },
    ]);
  });
});
