// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CompareScreen,
  type CompareScreenProps,
} from '../../../../../renderer/features/compare/CompareScreen';
import type { CompareRow } from '../../../../../renderer/features/compare/compare-rows';
import { inLanguage } from '../../../support/i18n-wrapper';

afterEach(cleanup);

const rows: CompareRow[] = [
  { key: 'motif', label: 'Motif', a: 'Jlamprang', b: 'Jlamprang', differs: false },
  { key: 'technique', label: 'Technique', a: 'Hand-drawn batik', b: 'Stamped batik', differs: true },
];

/** Two found pieces, each with a stand-in in its viewer slot (the container builds the real one). */
const pair: CompareScreenProps['sides'] = [
  { id: 'tulis', title: 'Kain tulis', viewer: <div data-testid="viewer-tulis" /> },
  { id: 'cap', title: 'Sarung cap', viewer: <div data-testid="viewer-cap" /> },
];

function show(props: Partial<CompareScreenProps> = {}, language = 'en') {
  const on = { onSwap: vi.fn(), onClear: vi.fn(), onRemove: vi.fn(), onOpen: vi.fn() };
  render(<CompareScreen sides={pair} rows={rows} {...on} {...props} />, inLanguage(language));
  return on;
}

describe('CompareScreen', () => {
  it('heads the pair and gives each piece its own region, title and viewer', () => {
    show();
    expect(screen.getByRole('article', { name: 'Comparing two cloths' })).toBeTruthy();
    const tulis = within(screen.getByRole('region', { name: 'Kain tulis' }));
    expect(tulis.getByTestId('viewer-tulis')).toBeTruthy();
    expect(tulis.getByRole('button', { name: 'Take out of the comparison: Kain tulis' }).textContent).toBe(
      'Take out',
    );
    expect(screen.getByRole('region', { name: 'Sarung cap' })).toBeTruthy();
  });

  it('lines the facts up between the two pieces and marks the ones that differ', () => {
    show();
    const table = screen.getByRole('table', { name: 'The main features of both cloths, side by side' });
    const cells = (row: HTMLElement) => [...row.children].map((cell) => cell.textContent);
    const [head, motif, technique] = within(table).getAllByRole('row');
    expect(cells(head!)).toEqual(['Kain tulis', 'Feature', 'Sarung cap']);
    expect(cells(motif!)).toEqual(['Jlamprang', 'Motif', 'Jlamprang']);
    expect(cells(technique!)).toEqual(['Hand-drawn batik', 'Techniquedifferent', 'Stamped batik']);
    expect(technique!.getAttribute('data-differs')).toBe('true');
  });

  it('says when a piece is no longer in the collection, or has no image yet', () => {
    show({ sides: [{ id: 'gone' }, { id: 'cap', title: 'Sarung cap' }] });
    const gone = within(screen.getByRole('region', { name: 'This cloth is not in the collection.' }));
    expect(gone.getByText('This cloth is not in the collection.', { selector: 'p' })).toBeTruthy();
    const cap = within(screen.getByRole('region', { name: 'Sarung cap' }));
    expect(cap.getByText('There is no image of this cloth yet.')).toBeTruthy();
  });

  it('asks to swap, clear, take a piece out or open it', async () => {
    const user = userEvent.setup();
    const on = show();
    await user.click(screen.getByRole('button', { name: /Swap sides/ }));
    await user.click(screen.getByRole('button', { name: 'Clear the comparison' }));
    await user.click(screen.getByRole('button', { name: 'Take out of the comparison: Sarung cap' }));
    await user.click(screen.getByRole('button', { name: 'Kain tulis' }));
    expect(on.onSwap).toHaveBeenCalledTimes(1);
    expect(on.onClear).toHaveBeenCalledTimes(1);
    expect(on.onRemove.mock.calls).toEqual([['cap']]);
    expect(on.onOpen.mock.calls).toEqual([['tulis']]);
  });

  it('reads in Indonesian and Javanese', () => {
    show({}, 'id');
    expect(screen.getByRole('heading', { level: 1, name: 'Membandingkan dua kain' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Keluarkan dari perbandingan: Kain tulis' })).toBeTruthy();
    expect(screen.getAllByText('berbeda')).toHaveLength(1);
    cleanup();
    show({}, 'jv');
    expect(screen.getByRole('button', { name: 'Kosongaken pambandhing' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Ijolaken papan/ })).toBeTruthy();
  });
});
