// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PieceViewPicker,
  type PieceViewChoice,
} from '../../../../../renderer/features/piece/PieceViewPicker';
import { inLanguage } from '../../../support/i18n-wrapper';

afterEach(cleanup);

const choices: PieceViewChoice[] = [
  { id: 'm1', view: 'full', thumb: 'collection/media/m1-256.webp' },
  { id: 'm2', view: 'kepala' },
  { id: 'm3', view: 'detail' },
  { id: 'm4', view: 'reverse' },
];
const show = (language: string, list = choices, onSelect = vi.fn()) => {
  render(<PieceViewPicker choices={list} selected="m2" onSelect={onSelect} />, inLanguage(language));
  return onSelect;
};
const buttons = (name: string) =>
  within(screen.getByRole('navigation', { name }))
    .getAllByRole('button')
    .map((b) => [b.textContent, b.getAttribute('aria-pressed')]);

describe('PieceViewPicker', () => {
  it('names each view in the visitor language, the shown one pressed', () => {
    show('en');
    expect(buttons('Views of the cloth')).toEqual([
      ['Whole cloth', 'false'],
      ['Kepala (head panel)', 'true'],
      ['Detail', 'false'],
      ['Back side', 'false'],
    ]);
    cleanup();
    show('jv');
    expect(buttons('Tampilan kain').map(([name]) => name)).toEqual([
      'Sakabehing kain',
      'Kepala kain',
      'Rinci',
      'Sisih wingking',
    ]);
  });

  it('asks for the view tapped', async () => {
    const user = userEvent.setup();
    const onSelect = show('id');
    await user.click(screen.getByRole('button', { name: 'Sisi belakang' }));
    await user.click(screen.getByRole('button', { name: 'Seluruh kain' }));
    expect(onSelect.mock.calls).toEqual([['m4'], ['m1']]);
  });

  it('is left out when the piece has one view only', () => {
    show('en', choices.slice(0, 1));
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
