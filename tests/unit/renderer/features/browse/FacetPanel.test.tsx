// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FacetPanel, type FacetPanelProps } from '../../../../../renderer/features/browse/FacetPanel';
import { inLanguage } from '../../../support/i18n-wrapper';

afterEach(cleanup);

const none = () => {};
const panel = (props: Partial<FacetPanelProps> = {}): FacetPanelProps => ({
  facets: [
    { facet: 'group', selectedCount: 0 },
    { facet: 'technique', selectedCount: 2 },
    { facet: 'colour', selectedCount: 0 },
  ],
  open: null,
  options: [],
  onOpen: none,
  onToggle: none,
  ...props,
});

const techniques: FacetPanelProps['options'] = [
  { value: 'tulis', label: 'Tulis', count: 12_345, selected: false },
  { value: 'cap', label: 'Cap', count: 3, selected: true },
];

const tab = (name: string) => screen.getByRole('tab', { name: new RegExp(`^${name}`) });

describe('FacetPanel', () => {
  it('is a named list of facet tabs in the language, with how many values each has chosen', () => {
    render(<FacetPanel {...panel()} />, inLanguage('en'));
    const tabs = within(screen.getByRole('tablist', { name: 'Filter the collection' }));
    expect(tabs.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Group', 'Technique2', 'Colour']);
    expect(tab('Technique').getAttribute('aria-selected')).toBe('false');
    expect(screen.queryByRole('tabpanel')).toBeNull();
  });

  it('opens a tapped facet and closes the open one when it is tapped again', async () => {
    const user = userEvent.setup();
    const onOpen = vi.fn();
    render(<FacetPanel {...panel({ onOpen })} />, inLanguage('id'));
    await user.click(tab('Teknik'));
    cleanup();
    render(<FacetPanel {...panel({ onOpen, open: 'technique', options: techniques })} />, inLanguage('id'));
    expect(tab('Teknik').getAttribute('aria-selected')).toBe('true');
    await user.click(tab('Teknik'));
    expect(onOpen.mock.calls).toEqual([['technique'], [null]]);
  });

  it("shows the open facet's values as chips, chosen ones pressed, counted in the visitor's digits", () => {
    render(<FacetPanel {...panel({ open: 'technique', options: techniques })} />, inLanguage('id'));
    const values = within(screen.getByRole('tabpanel', { name: /^Teknik/ }));
    expect(values.getByRole('button', { name: 'Tulis 12.345' }).getAttribute('aria-pressed')).toBe('false');
    expect(values.getByRole('button', { name: 'Cap 3' }).getAttribute('aria-pressed')).toBe('true');
    cleanup();
    render(<FacetPanel {...panel({ open: 'technique', options: techniques })} />, inLanguage('en'));
    expect(screen.getByRole('button', { name: 'Tulis 12,345' })).toBeTruthy();
  });

  it('hands a tapped chip to the toggle with its facet', async () => {
    const user = userEvent.setup();
    const onToggle = vi.fn();
    render(<FacetPanel {...panel({ open: 'technique', options: techniques, onToggle })} />, inLanguage('id'));
    await user.click(screen.getByRole('button', { name: 'Cap 3' }));
    await user.click(screen.getByRole('button', { name: 'Tulis 12.345' }));
    expect(onToggle.mock.calls).toEqual([
      ['technique', 'cap'],
      ['technique', 'tulis'],
    ]);
  });

  it('says so when the open facet has no value that would show a piece', () => {
    render(<FacetPanel {...panel({ open: 'colour', options: [] })} />, inLanguage('en'));
    const values = within(screen.getByRole('tabpanel', { name: 'Colour' }));
    expect(values.getByText('Nothing to choose here for the pieces shown now.')).toBeTruthy();
    expect(values.queryAllByRole('button')).toHaveLength(0);
  });
});
