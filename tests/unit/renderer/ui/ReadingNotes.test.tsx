import { describe, expect, it } from 'vitest';
import { ReadingNotes } from '../../../../renderer/ui/ReadingNotes';
import { renderWithI18n } from '../../support/render-with-i18n';

describe('ReadingNotes', () => {
  it('lists each note as a reading text in its language, marked when it fell back', () => {
    const html = renderWithI18n(
      <ReadingNotes
        className="piece-record__list"
        notes={[
          { text: 'Some say Pekalongan.', lang: 'en', fallback: false },
          { text: 'Ada yang bilang Lasem.', lang: 'id', fallback: true },
        ]}
      />,
      'en',
    );
    // The marker's place is kept after every note's last paragraph; it is empty when none fell back.
    expect(html).toBe(
      '<ul class="piece-record__list">' +
        '<li><div class="reading-text" lang="en"><p>Some say Pekalongan. </p></div></li>' +
        '<li><div class="reading-text" lang="id"><p>Ada yang bilang Lasem. ' +
        '<span class="fallback-marker" lang="id" data-fallback-lang="id">(Bahasa Indonesia)</span></p></div></li>' +
        '</ul>',
    );
  });
});
