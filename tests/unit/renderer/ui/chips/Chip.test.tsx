import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Chip } from '../../../../../renderer/ui/chips/Chip';

describe('Chip', () => {
  it('is a kit touch button with the chip class, so it presses and focuses like every button', () => {
    expect(renderToStaticMarkup(<Chip>Kawung</Chip>)).toBe(
      '<button type="button" class="kit-pressable kit-touch-button chip" data-variant="secondary" data-size="normal">Kawung</button>',
    );
  });

  it('keeps a screen’s own class and the toggle state it is given', () => {
    const html = renderToStaticMarkup(
      <Chip className="facet-chip" aria-pressed={true}>
        Buketan
      </Chip>,
    );
    expect(html).toContain('class="kit-pressable kit-touch-button chip facet-chip"');
    expect(html).toContain('aria-pressed="true"');
  });
});
