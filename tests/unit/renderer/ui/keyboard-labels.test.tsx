// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { OnScreenKeyboard } from '../../../../renderer/kit';
import { useKeyboardLabels } from '../../../../renderer/ui/keyboard-labels';
import { inLanguage } from '../../support/i18n-wrapper';

afterEach(cleanup);

function Keyboard() {
  return <OnScreenKeyboard value="" onChange={() => {}} labels={useKeyboardLabels()} />;
}

describe('useKeyboardLabels', () => {
  // The kit's own defaults are Indonesian, so English and Javanese show that the hook is used.
  it("names the kit's keyboard and its word keys in the visitor's language", () => {
    render(<Keyboard />, inLanguage('en'));
    expect(screen.getByRole('group', { name: 'Keyboard' })).toBeTruthy();
    for (const name of ['Space', 'Hyphen', 'Apostrophe', 'Delete one letter', 'Clear all', 'Search'])
      expect(screen.getByRole('button', { name })).toBeTruthy();
    cleanup();
    render(<Keyboard />, inLanguage('jv'));
    expect(screen.getByRole('group', { name: 'Papan ketik' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Busak setunggal aksara' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Madosi' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tandha sambung' })).toBeTruthy();
  });
});
