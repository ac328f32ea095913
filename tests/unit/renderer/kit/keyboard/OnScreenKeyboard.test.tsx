// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  OnScreenKeyboard,
  type OnScreenKeyboardProps,
} from '../../../../../renderer/kit/keyboard/OnScreenKeyboard';

afterEach(cleanup);

/** The keyboard as the search screen uses it: the host keeps the text and shows it above the keys. */
function SearchBox(props: Omit<OnScreenKeyboardProps, 'value' | 'onChange'> & { start?: string }) {
  const { start = '', ...keyboard } = props;
  const [value, setValue] = useState(start);
  return (
    <>
      <output aria-label="Teks pencarian">{value}</output>
      <OnScreenKeyboard value={value} onChange={setValue} {...keyboard} />
    </>
  );
}

const shownText = () => screen.getByRole('status', { name: 'Teks pencarian' }).textContent;

/** The key's accessible name for each character that has one; letters and digits are their own name. */
const KEY_NAMES: Record<string, string> = { ' ': 'Spasi', '-': 'Tanda hubung', "'": 'Apostrof' };

async function tapText(user: ReturnType<typeof userEvent.setup>, text: string) {
  for (const char of text) await user.click(screen.getByRole('button', { name: KEY_NAMES[char] ?? char }));
}

describe('OnScreenKeyboard', () => {
  it('is one named group of keys, each named for screen readers in Indonesian by default', () => {
    render(<OnScreenKeyboard value="" onChange={() => {}} />);
    const keyboard = screen.getByRole('group', { name: 'Papan ketik' });
    expect(keyboard.querySelectorAll('button')).toHaveLength(42);
    for (const name of [
      'a',
      'z',
      '7',
      'Tanda hubung',
      'Apostrof',
      'Spasi',
      'Hapus satu huruf',
      'Hapus semua',
      'Cari',
    ]) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
  });

  it('types each tapped key once, in order: letters, digits, space, hyphen and apostrophe', async () => {
    const user = userEvent.setup();
    render(<SearchBox />);
    await tapText(user, "kupu-kupu jum'at 1960");
    expect(shownText()).toBe("kupu-kupu jum'at 1960");
  });

  it('hands the host the new text through onChange, one call per tap', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<OnScreenKeyboard value="bati" onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'k' }));
    expect(onChange.mock.calls).toEqual([['batik']]);
  });

  it('does not start the text with a space nor double one', async () => {
    const user = userEvent.setup();
    render(<SearchBox />);
    await tapText(user, ' parang  rusak');
    expect(shownText()).toBe('parang rusak');
  });

  it('backspace deletes the last letter and clear deletes everything', async () => {
    const user = userEvent.setup();
    render(<SearchBox start="kawung" />);
    await user.click(screen.getByRole('button', { name: 'Hapus satu huruf' }));
    expect(shownText()).toBe('kawun');
    await user.click(screen.getByRole('button', { name: 'Hapus semua' }));
    expect(shownText()).toBe('');
  });

  it('the search key submits the text without trailing space, and shows it trimmed', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<SearchBox start="sekar jagad " onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Cari' }));
    expect(onSubmit.mock.calls).toEqual([['sekar jagad']]);
    expect(shownText()).toBe('sekar jagad');
  });

  it('stops typing at maxLength, while backspace still works', async () => {
    const user = userEvent.setup();
    render(<SearchBox maxLength={4} />);
    await tapText(user, 'truntum');
    expect(shownText()).toBe('trun');
    await user.click(screen.getByRole('button', { name: 'Hapus satu huruf' }));
    await tapText(user, 'x');
    expect(shownText()).toBe('trux');
  });

  it('does not call onChange for a tap that changes nothing (full text, or space after space)', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { rerender } = render(<OnScreenKeyboard value="abcd" maxLength={4} onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'e' }));
    rerender(<OnScreenKeyboard value="ab " onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Spasi' }));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('works from a hardware keyboard or switch: Enter or Space on a focused key types it once', async () => {
    const user = userEvent.setup();
    render(<SearchBox />);
    screen.getByRole('button', { name: 'b' }).focus();
    await user.keyboard('{Enter}');
    screen.getByRole('button', { name: 'a' }).focus();
    await user.keyboard(' ');
    expect(shownText()).toBe('ba');
  });

  it('ignores the secondary mouse button', async () => {
    const user = userEvent.setup();
    render(<SearchBox />);
    await user.pointer({ keys: '[MouseRight]', target: screen.getByRole('button', { name: 'a' }) });
    expect(shownText()).toBe('');
  });

  it('takes translated labels for the group, the named keys and the words on them', () => {
    render(
      <OnScreenKeyboard
        value=""
        onChange={() => {}}
        labels={{
          keyboard: 'Keyboard',
          space: 'Space',
          backspace: 'Delete one letter',
          clear: 'Clear all',
          submit: 'Search',
          hyphen: 'Hyphen',
          apostrophe: 'Apostrophe',
        }}
      />,
    );
    expect(screen.getByRole('group', { name: 'Keyboard' })).toBeTruthy();
    for (const name of ['Hyphen', 'Apostrophe', 'Delete one letter']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    // Space, clear and submit show their word on the key face, not only to screen readers.
    for (const word of ['Space', 'Clear all', 'Search']) {
      expect(screen.getByRole('button', { name: word }).textContent).toBe(word);
    }
    expect(screen.queryByRole('button', { name: 'Cari' })).toBeNull();
  });

  it('keeps the Indonesian default for any label the host does not pass', () => {
    render(<OnScreenKeyboard value="" onChange={() => {}} labels={{ submit: 'Search' }} />);
    expect(screen.getByRole('button', { name: 'Search' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Spasi' }).textContent).toBe('Spasi');
  });
});
