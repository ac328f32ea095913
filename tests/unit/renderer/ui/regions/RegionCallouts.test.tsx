// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LangMap, RegionRecord } from '../../../../../electron/shared/collection-records';
import { pickTextInfo } from '../../../../../renderer/i18n/content-text';
import { RegionCallouts } from '../../../../../renderer/ui/regions/RegionCallouts';
import { regionCallouts } from '../../../../../renderer/ui/regions/region-callouts';
import { inLanguage } from '../../../support/i18n-wrapper';

afterEach(cleanup);

const REGIONS: RegionRecord[] = [
  {
    kind: 'part',
    key: 'kepala',
    label: { id: 'Kepala', en: 'Head (kepala)' },
    about: {
      id: 'Bagian berpola lain di satu ujung kain.',
      en: 'The differently patterned end of the cloth.',
    },
    box: { x: 0.4, y: 0, width: 0.2, height: 1 },
  },
  {
    kind: 'part',
    key: 'badan',
    label: { id: 'Badan' },
    about: { id: 'Bagian terbesar kain.' },
    box: { x: 0, y: 0, width: 0.4, height: 1 },
  },
];

/** The list as a screen holds it: the selection in the screen's state, as the hook keeps it. */
function Harness({ language, onSelect }: { language: string; onSelect?: (key: string | undefined) => void }) {
  const [selected, setSelected] = useState<string | undefined>();
  const callouts = regionCallouts(REGIONS, (map: LangMap | undefined) =>
    pickTextInfo(map, language, ['id', 'en']),
  );
  return (
    <RegionCallouts
      callouts={callouts}
      selected={selected}
      onSelect={(key) => {
        onSelect?.(key);
        setSelected(key);
      }}
    />
  );
}

const show = (language: string, onSelect?: (key: string | undefined) => void) =>
  render(<Harness language={language} onSelect={onSelect} />, inLanguage(language));

describe('RegionCallouts', () => {
  it('lists each place as a numbered button in a group named for what the picture shows', () => {
    show('id');
    const group = screen.getByRole('group', { name: 'Bagian kain pada gambar' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['1 Kepala', '2 Badan']);
    expect(buttons.every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
    // Big enough for a finger: the kit's touch button.
    expect(buttons.every((b) => b.classList.contains('kit-touch-button'))).toBe(true);
    expect(group.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(group.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Sentuh salah satu untuk memperbesarnya pada gambar; sentuh lagi untuk melihat seluruhnya.',
    );
  });

  it('a tap selects a place and the polite caption says what it is and means; a second tap clears it', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const { container } = show('en', onSelect);
    const caption = container.querySelector('.region-callouts__caption')!;
    expect(caption.getAttribute('aria-live')).toBe('polite');
    expect(caption.textContent).toBe('');
    const kepala = screen.getByRole('button', { name: '1 Head (kepala)' });
    await user.click(kepala);
    expect(onSelect.mock.calls).toEqual([['kepala']]);
    expect(kepala.getAttribute('aria-pressed')).toBe('true');
    expect(caption.textContent).toBe('1 Head (kepala)The differently patterned end of the cloth.');
    // The hint makes room for the caption (hidden, still describing the group).
    const hint = screen.getByText(/Touch one to zoom to it/) as HTMLElement;
    expect(hint.hidden).toBe(true);

    await user.click(screen.getByRole('button', { name: '2 Badan (Bahasa Indonesia)' }));
    expect(onSelect.mock.calls[1]).toEqual(['badan']);
    expect(kepala.getAttribute('aria-pressed')).toBe('false');

    await user.click(screen.getByRole('button', { name: '2 Badan (Bahasa Indonesia)' }));
    expect(onSelect.mock.calls[2]).toEqual([undefined]);
    expect(caption.textContent).toBe('');
    expect(hint.hidden).toBe(false);
  });

  it('marks a label and a meaning that fell back to another language, in that language', async () => {
    const user = userEvent.setup();
    const { container } = show('en');
    const badan = screen.getByRole('button', { name: '2 Badan (Bahasa Indonesia)' });
    expect(badan.querySelector('[lang="id"]')?.textContent).toBe('Badan');
    await user.click(badan);
    const caption = container.querySelector('.region-callouts__caption')!;
    const about = caption.querySelector('.region-callouts__about')!;
    expect(about.querySelector('span[lang="id"]')?.textContent).toBe('Bagian terbesar kain.');
    expect(about.querySelector('[data-fallback-lang="id"]')).not.toBeNull();
  });

  it('reads in Javanese, the texts falling back to Indonesian', () => {
    show('jv');
    const group = screen.getByRole('group', { name: 'Perangan kain ing gambar' });
    expect(within(group).getByRole('button', { name: '1 Kepala (Bahasa Indonesia)' })).toBeTruthy();
  });

  it('renders nothing for a picture that names no place', () => {
    const { container } = render(<RegionCallouts callouts={[]} onSelect={() => {}} />, inLanguage('id'));
    expect(container.innerHTML).toBe('');
  });
});
