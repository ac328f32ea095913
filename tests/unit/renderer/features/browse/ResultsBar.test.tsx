// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResultsBar, type ResultsBarProps } from '../../../../../renderer/features/browse/ResultsBar';
import { inLanguage } from '../../../support/i18n-wrapper';

afterEach(cleanup);

const none = () => {};
const bar = (props: Partial<ResultsBarProps> = {}): ResultsBarProps => ({
  count: 24,
  sort: 'accession',
  onSort: none,
  active: [],
  onRemove: none,
  onClearAll: none,
  ...props,
});

const countLine = () => screen.getByRole('status').textContent;

describe('ResultsBar', () => {
  it('counts the pieces in the plural form and the digit grouping of the language', () => {
    const { rerender } = render(<ResultsBar {...bar({ count: 1 })} />, inLanguage('en'));
    expect(countLine()).toBe('1 piece');
    rerender(<ResultsBar {...bar({ count: 12_345 })} />);
    expect(countLine()).toBe('12,345 pieces');
    cleanup();
    render(<ResultsBar {...bar({ count: 1 })} />, inLanguage('id'));
    expect(countLine()).toBe('1 kain');
    cleanup();
    render(<ResultsBar {...bar({ count: 12_345 })} />, inLanguage('jv'));
    expect(countLine()).toBe('12.345 kain');
  });

  it('offers the three sort orders, the current one pressed, and hands a tapped one over', async () => {
    const user = userEvent.setup();
    const onSort = vi.fn();
    render(<ResultsBar {...bar({ sort: 'title', onSort })} />, inLanguage('en'));
    const sorts = within(screen.getByRole('group', { name: 'Sort by:' }));
    const pressed = (name: string) => sorts.getByRole('button', { name }).getAttribute('aria-pressed');
    expect(sorts.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Collection number',
      'Title',
      'Year',
    ]);
    expect([pressed('Collection number'), pressed('Title'), pressed('Year')]).toEqual([
      'false',
      'true',
      'false',
    ]);
    await user.click(sorts.getByRole('button', { name: 'Year' }));
    expect(onSort.mock.calls).toEqual([['year']]);
  });

  it('shows no filter row while no filter is set', () => {
    render(<ResultsBar {...bar()} />, inLanguage('id'));
    expect(screen.queryByRole('group', { name: 'Saringan yang dipakai' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Hapus semua saringan' })).toBeNull();
  });

  it('names each active filter chip by what a tap does, and removes that one or all', async () => {
    const user = userEvent.setup();
    const onRemove = vi.fn();
    const onClearAll = vi.fn();
    const active = [
      { id: 'technique:cap', label: 'Cap' },
      { id: 'region:pekalongan', label: 'Pekalongan' },
    ];
    render(<ResultsBar {...bar({ active, onRemove, onClearAll })} />, inLanguage('id'));
    const filters = within(screen.getByRole('group', { name: 'Saringan yang dipakai' }));
    const chip = filters.getByRole('button', { name: 'Hapus saringan Pekalongan' });
    expect(chip.textContent).toBe('Pekalongan×');
    await user.click(chip);
    await user.click(filters.getByRole('button', { name: 'Hapus saringan Cap' }));
    await user.click(filters.getByRole('button', { name: 'Hapus semua saringan' }));
    expect(onRemove.mock.calls).toEqual([['region:pekalongan'], ['technique:cap']]);
    expect(onClearAll).toHaveBeenCalledTimes(1);
  });
});
