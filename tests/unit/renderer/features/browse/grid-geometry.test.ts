import { describe, expect, it } from 'vitest';
import { cardWidthFor, columnsFor } from '../../../../../renderer/features/browse/grid-geometry';

describe('browse grid geometry', () => {
  it("gives each card the scroller's width less its padding and gaps, shared by the columns", () => {
    // A 1080p kiosk's scroller beside the filter panel: four cards of 325 px (the card crops' 336 fit).
    expect(columnsFor(1420)).toBe(4);
    expect(cardWidthFor(1420, 4)).toBe(325);
    expect(columnsFor(400)).toBe(1);
    expect(cardWidthFor(400, 1)).toBe(352);
  });

  it('never gives cards more than the scroller holds, nor less than a card needs', () => {
    for (let width = 348; width <= 4000; width += 37) {
      const columns = columnsFor(width);
      const card = cardWidthFor(width, columns);
      expect(columns * card + (columns - 1) * 24 + 2 * 24).toBeLessThanOrEqual(width);
      expect(card).toBeGreaterThanOrEqual(300);
    }
  });
});
