// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { READING_STEP } from '../../../../renderer/i18n/reading-text';
import { ReadingText } from '../../../../renderer/ui/ReadingText';
import { inLanguage } from '../../support/i18n-wrapper';
import { renderWithI18n } from '../../support/render-with-i18n';

afterEach(cleanup);

const long = 'Kain ini sangat tua. '.repeat(200_000);

describe('ReadingText', () => {
  it('lays out only the first part of a text of megabytes, with its own button to read on', () => {
    const html = renderWithI18n(<ReadingText text={long} lang="id" />, 'id');
    expect(html.length).toBeLessThan(READING_STEP + 1_000);
    expect(html).toContain('>Baca lanjutannya</button>');
    expect(html).toContain('lang="id"');
  });

  it("words the button in the visitor's language, whatever the text's own", () => {
    const html = renderWithI18n(<ReadingText text={long} lang="id" />, 'en');
    expect(html).toContain('<div class="reading-text" lang="id">');
    expect(html).toContain('>Read on</button>');
  });

  it('shows a short text whole, with its marker after the last paragraph and no button', () => {
    const html = renderWithI18n(<ReadingText text={'Satu.\n\nDua.'} marker={<i>(Bahasa Indonesia)</i>} />);
    expect(html).toBe('<div class="reading-text"><p>Satu.</p><p>Dua. <i>(Bahasa Indonesia)</i></p></div>');
  });

  it('lays out one more part per tap on "read on", and a new text starts again from its first part', async () => {
    const user = userEvent.setup();
    /** Characters of the text laid out so far. */
    const shown = () =>
      [...document.querySelectorAll('.reading-text p')].reduce((n, p) => n + p.textContent!.length, 0);
    const { rerender } = render(<ReadingText text={long} />, inLanguage('en'));
    const first = shown();
    expect(first).toBeLessThanOrEqual(READING_STEP);
    await user.click(screen.getByRole('button', { name: 'Read on' }));
    expect(shown() - first).toBeGreaterThan(READING_STEP / 2);
    expect(shown() - first).toBeLessThanOrEqual(READING_STEP);
    rerender(<ReadingText text={`Lain. ${long}`} />);
    expect(shown()).toBeLessThanOrEqual(READING_STEP);
  });
});
