// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  InsightsScreen,
  type InsightsScreenProps,
} from '../../../../../renderer/features/admin/InsightsScreen';
import { addSessions, emptyRollup } from '../../../../../renderer/insights/daily-rollup';
import { addDays } from '../../../../../renderer/insights/days';
import type { DailyRollup } from '../../../../../renderer/insights/insight-types';
import { buildView } from '../../../../../renderer/insights/insights-view';
import { inLanguage } from '../../../support/i18n-wrapper';
import { museumWeek, TODAY } from './insights-fixture';

// happy-dom has no canvas for uPlot to draw on: the lazily loaded chart module is replaced by a
// stand-in that shows the bars it was given as text, so the tests see what would be drawn.
vi.mock('../../../../../renderer/features/admin/InsightsBarChart', () => ({
  InsightsBarChart: ({ values }: { values: readonly number[] }) => (
    <div data-testid="bar-chart">{values.join(',')}</div>
  ),
}));

afterEach(cleanup);

/** The view of the fixture's last 7 days, as the store would build it from its daily rows. */
function weekView() {
  const byDay = new Map<string, DailyRollup>();
  for (const s of museumWeek()) byDay.set(s.day, addSessions(byDay.get(s.day) ?? emptyRollup(s.day), [s]));
  return buildView('7d', addDays(TODAY, -6), TODAY, [...byDay.values()]);
}
const emptyView = () => buildView('7d', addDays(TODAY, -6), TODAY, []);

const none = () => {};
const base: InsightsScreenProps = {
  state: 'ready',
  range: '7d',
  view: weekView(),
  titles: { pieces: new Map([['p1', 'Sarung jlamprang']]), motifs: new Map([['jlamprang', 'Jlamprang']]) },
  actions: {
    busy: null,
    resetAsked: false,
    notice: null,
    onExport: none,
    onAskReset: none,
    onCancelReset: none,
    onConfirmReset: none,
  },
  onRange: none,
  onRetry: none,
  onBack: none,
};
const show = (props: Partial<InsightsScreenProps> = {}, language = 'en') =>
  render(<InsightsScreen {...base} {...props} />, inLanguage(language));
const figure = (name: string) => document.querySelector(`[data-figure="${name}"]`);
const card = (name: string) => screen.getByRole('region', { name });
const lines = (region: HTMLElement) =>
  within(region)
    .queryAllByRole('listitem')
    .map((li) => li.textContent);

describe('InsightsScreen', () => {
  it('shows the headline numbers as plain text with stable hooks, glances apart from visits', () => {
    show();
    expect(document.querySelector('[data-insights-state]')?.getAttribute('data-insights-state')).toBe(
      'ready',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Visitor insights' })).toBeTruthy();
    expect(figure('visits')?.textContent).toBe('4');
    expect(figure('visits')?.getAttribute('data-value')).toBe('4');
    expect(figure('glances')?.textContent).toBe('1');
    // Three one-minute visits and a five-minute one, estimated from the length bands.
    expect(figure('median')?.textContent).toBe('50 s');
    expect(figure('median')?.getAttribute('data-value')).toBe('50000');
    expect(figure('total')?.textContent).toBe('8 min 0 s');
    expect(screen.queryByText('No visits are recorded in this period yet.')).toBeNull();
  });

  it('ranks pieces by title (an id the collection no longer has by its id), motifs, languages and modes', () => {
    show();
    expect(lines(card('Most opened pieces'))).toEqual([
      'Sarung jlamprangopened 2 times, 1 min 0 s on average',
      'gone-pieceopened 1 time, 10 s on average',
    ]);
    expect(lines(card('Most opened motifs'))).toEqual(['Jlamprangopened 1 time, 20 s on average']);
    expect(lines(card('Languages used'))).toEqual(['Bahasa Indonesia4 visits', 'English1 visit']);
    expect(within(card('Languages used')).getByText('English').getAttribute('lang')).toBe('en');
    expect(lines(card('Accessibility modes'))).toEqual(['High contrast1 visit']);
  });

  it('says how many visits zoomed in and how far, and lists the searches that found nothing as a table', () => {
    show();
    const zoom = card('Deep zoom');
    expect(within(zoom).getByText('25% of visits zoomed in on a cloth (1 visits).')).toBeTruthy();
    expect(within(zoom).getByText('The zoom viewer was opened 2 times.')).toBeTruthy();
    expect(lines(zoom)).toEqual(['1–2× magnification1 viewer', '2–4× magnification1 viewer']);
    const missing = card('Searched for, nothing found');
    expect(within(missing).getByText(/curator's list/)).toBeTruthy();
    const rows = within(missing)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Search text', 'Times'],
      ['parang rusak', '2'],
    ]);
    const top = card('Top searches');
    expect(within(top).getByText('3 searches, 2 with no result.')).toBeTruthy();
    expect(within(top).getAllByRole('row')).toHaveLength(3);
  });

  it('draws visits per day with the zero days and visits by hour, each with its numbers in text', async () => {
    show();
    const charts = await screen.findAllByTestId('bar-chart');
    expect(charts.map((c) => c.textContent)).toEqual([
      '0,1,0,0,0,0,3',
      '0,0,0,0,0,0,0,0,0,2,0,1,0,0,1,0,0,0,0,0,0,0,0,0',
    ]);
    const perDay = screen.getByRole('figure', { name: 'Visits per day' });
    expect(within(perDay).getByText('Busiest day: Mar 20, 2025, 3 visits.')).toBeTruthy();
    const table = within(perDay).getByRole('table', { name: 'Visits per day' });
    expect(within(table).getAllByRole('row')).toHaveLength(8);
    expect(within(table).getByRole('rowheader', { name: 'Mar 15, 2025' }).nextSibling?.textContent).toBe('1');
    const byHour = screen.getByRole('figure', { name: 'Visits by starting hour' });
    expect(within(byHour).getByText('Busiest hour: 09:00–10:00, 2 visits.')).toBeTruthy();
    expect(within(byHour).getAllByRole('row')).toHaveLength(25);
  });

  it('with nothing recorded still shows zeros, both charts and a sentence saying so', async () => {
    show({ view: emptyView() }, 'id');
    expect(figure('visits')?.textContent).toBe('0');
    expect(figure('median')?.textContent).toBe('0 dtk');
    expect(screen.getByText('Belum ada kunjungan yang tercatat dalam rentang ini.')).toBeTruthy();
    expect(await screen.findAllByTestId('bar-chart')).toHaveLength(2);
    expect(screen.getAllByText('Belum ada kunjungan untuk digambar.')).toHaveLength(2);
    expect(lines(card('Kain yang paling sering dibuka'))).toEqual([]);
    expect(within(card('Kain yang paling sering dibuka')).getByText('Belum ada.')).toBeTruthy();
  });

  it('offers the four ranges as pressed-state buttons and asks for the one tapped', async () => {
    const user = userEvent.setup();
    const onRange = vi.fn();
    show({ onRange });
    const group = screen.getByRole('group', { name: 'Period' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((b) => [b.textContent, b.getAttribute('aria-pressed')]),
    ).toEqual([
      ['Today', 'false'],
      ['7 days', 'true'],
      ['30 days', 'false'],
      ['All', 'false'],
    ]);
    await user.click(within(group).getByRole('button', { name: '30 days' }));
    expect(onRange).toHaveBeenCalledWith('30d');
  });

  it('says where an export went, or why not, in a status line', () => {
    const status = (notice: InsightsScreenProps['actions']['notice'], language = 'en') => {
      cleanup();
      show({ actions: { ...base.actions, notice } }, language);
      return within(screen.getByRole('region', { name: /Export and reset|Ekspor dan hapus/ })).getByRole(
        'status',
      ).textContent;
    };
    expect(status({ kind: 'saved', where: '/media/usb/kiosk-insights-2025-03-20' })).toBe(
      'Saved to /media/usb/kiosk-insights-2025-03-20.',
    );
    expect(status({ kind: 'failed', detail: 'the drive is full' })).toBe(
      'The export failed: the drive is full',
    );
    expect(status({ kind: 'failed' })).toBe('The export failed. Please try again.');
    expect(status({ kind: 'cancelled' })).toBe('Export cancelled: no folder was chosen.');
    expect(status({ kind: 'locked' }, 'id')).toBe('Sesi admin sudah berakhir. Masukkan PIN lagi.');
    expect(screen.getByRole('button', { name: /Ekspor/ })).toBeTruthy();
  });

  it('asks before a reset: the first tap opens the question, only its confirm button resets', async () => {
    const user = userEvent.setup();
    const actions = { ...base.actions, onAskReset: vi.fn(), onConfirmReset: vi.fn(), onCancelReset: vi.fn() };
    const { rerender } = show({ actions });
    const reset = screen.getByRole('button', { name: 'Forget all recorded visits…' });
    expect(reset.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('button', { name: 'Yes, forget them all' })).toBeNull();
    await user.click(reset);
    expect(actions.onAskReset).toHaveBeenCalledOnce();
    expect(actions.onConfirmReset).not.toHaveBeenCalled();
    rerender(<InsightsScreen {...base} actions={{ ...actions, resetAsked: true }} />);
    expect(screen.getByText(/cannot be brought back/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Yes, forget them all' }));
    expect(actions.onConfirmReset).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(actions.onCancelReset).toHaveBeenCalledOnce();
  });

  it('says it is loading before the first read, and a failed read is a sentence with a retry', async () => {
    const user = userEvent.setup();
    show({ state: 'loading', view: null });
    expect(document.querySelector('[data-insights-state]')?.getAttribute('data-insights-state')).toBe(
      'loading',
    );
    expect(screen.getByText('Loading the visitor insights…').getAttribute('role')).toBe('status');
    cleanup();
    const onRetry = vi.fn();
    show({ state: 'failed', view: null, onRetry });
    expect(screen.getByRole('alert').textContent).toContain('could not be read');
    expect(figure('visits')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});
