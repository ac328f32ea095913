import { describe, expect, it } from 'vitest';
import { formatDimensions } from '../../../../renderer/records/dimensions';

describe('formatDimensions', () => {
  const words = { height: 'height', width: 'width' };

  it('formats both sides with the language’s decimal mark and one cm unit', () => {
    expect(formatDimensions({ heightCm: 106, widthCm: 252.5 }, 'en', words)).toBe('106 × 252.5 cm');
    expect(formatDimensions({ heightCm: 106.25, widthCm: 252.5 }, 'id', words)).toBe('106,3 × 252,5 cm');
  });

  it('groups thousands as the language does', () => {
    expect(formatDimensions({ heightCm: 1200, widthCm: 90 }, 'id', words)).toBe('1.200 × 90 cm');
  });

  it('names a side given alone, and ignores missing or nonsensical numbers', () => {
    expect(formatDimensions({ heightCm: 80 }, 'en', words)).toBe('height 80 cm');
    expect(formatDimensions({ widthCm: 0, heightCm: Number.NaN }, 'en', words)).toBeUndefined();
    expect(formatDimensions(undefined, 'en', words)).toBeUndefined();
  });
});
