// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InsightsSaveResult } from '../../../../../electron/shared/insights-summary';
import { InsightsContainer } from '../../../../../renderer/features/admin/InsightsContainer';
import type { SaveInsights } from '../../../../../renderer/features/admin/use-insights-actions';
import { freshDbs } from '../../insights/visits';
import { writeSessions } from '../../../../../renderer/insights/insights-store';
import { inLanguage } from '../../../support/i18n-wrapper';
import { museumWeek, NOW } from './insights-fixture';

// happy-dom has no canvas for uPlot: the lazily loaded chart module is a stand-in here.
vi.mock('../../../../../renderer/features/admin/InsightsBarChart', () => ({
  InsightsBarChart: () => <div data-testid="bar-chart" />,
}));

const freshDb = freshDbs('insights-container');
async function seededDb() {
  const db = freshDb();
  await writeSessions(db, museumWeek(), { now: NOW });
  return db;
}
afterEach(cleanup);

const panel = () => document.querySelector('[data-insights-state]');
const ready = () => waitFor(() => expect(panel()?.getAttribute('data-insights-state')).toBe('ready'));
const figure = (name: string) => document.querySelector(`[data-figure="${name}"]`)?.textContent;
const status = () => document.querySelector('.insights-data [role="status"]')?.textContent;

/** The container with a seeded database, a fixed clock and a stand-in for the host's save. */
async function show(save: SaveInsights = vi.fn(), onSessionEnded = vi.fn(), language = 'en') {
  const db = await seededDb();
  render(
    <InsightsContainer
      db={db}
      now={() => NOW}
      save={save}
      onBack={vi.fn()}
      onSessionEnded={onSessionEnded}
    />,
    inLanguage(language),
  );
  await ready();
  return db;
}

describe('InsightsContainer', () => {
  it('reads the chosen range from the insights database, 7 days first', async () => {
    const user = userEvent.setup();
    await show();
    expect(figure('visits')).toBe('4');
    expect(figure('glances')).toBe('1');
    await user.click(screen.getByRole('button', { name: 'Today' }));
    await ready();
    expect(figure('visits')).toBe('3');
    await user.click(screen.getByRole('button', { name: 'All' }));
    await ready();
    expect(figure('visits')).toBe('5');
    expect(screen.getByRole('button', { name: 'All' }).getAttribute('aria-pressed')).toBe('true');
    // No collection is synced in this test: pieces are named by their ids.
    expect(screen.getByText('p1')).toBeTruthy();
  });

  it('exports the range through the host and says where the files went', async () => {
    const user = userEvent.setup();
    const save = vi.fn<SaveInsights>(async () => ({ ok: true, where: 'E:\\kiosk-insights-2025-03-20' }));
    await show(save);
    await user.click(screen.getByRole('button', { name: /Export/ }));
    await waitFor(() => expect(status()).toBe('Saved to E:\\kiosk-insights-2025-03-20.'));
    const files = save.mock.calls[0]![0];
    expect(files.map((f) => f.name)).toEqual(['sessions.csv', 'daily.csv', 'searches.csv', 'insights.json']);
    // 7 days: the visit forty days ago is not in the export.
    const json = JSON.parse(new TextDecoder().decode(files[3]!.bytes)) as { sessions: unknown[] };
    expect(json.sessions).toHaveLength(5);
  });

  it('says why an export did not happen, and hands a refused session back to the PIN pad', async () => {
    const user = userEvent.setup();
    const answers: InsightsSaveResult[] = [
      { ok: false, reason: 'failed', detail: 'the drive is read-only' },
      { ok: false, reason: 'cancelled' },
      { ok: false, reason: 'locked' },
    ];
    const save = vi.fn<SaveInsights>(async () => answers.shift()!);
    const onSessionEnded = vi.fn();
    await show(save, onSessionEnded, 'id');
    const exportButton = screen.getByRole('button', { name: /Ekspor/ });
    await user.click(exportButton);
    await waitFor(() => expect(status()).toBe('Ekspor gagal: the drive is read-only'));
    await user.click(exportButton);
    await waitFor(() => expect(status()).toBe('Ekspor dibatalkan: tidak ada folder yang dipilih.'));
    expect(onSessionEnded).not.toHaveBeenCalled();
    await user.click(exportButton);
    await waitFor(() => expect(onSessionEnded).toHaveBeenCalledOnce());
    expect(status()).toBe('Sesi admin sudah berakhir. Masukkan PIN lagi.');
  });

  it('a host that throws is a failed export, not an unhandled error', async () => {
    const user = userEvent.setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await show(vi.fn<SaveInsights>(async () => Promise.reject(new Error('bridge gone'))));
    await user.click(screen.getByRole('button', { name: /Export/ }));
    await waitFor(() => expect(status()).toBe('The export failed. Please try again.'));
    expect(warn).toHaveBeenCalledWith('insights: the export failed', expect.any(Error));
    warn.mockRestore();
  });

  it('forgets everything only after the confirm tap, then shows the empty view', async () => {
    const user = userEvent.setup();
    const db = await show();
    await user.click(screen.getByRole('button', { name: 'Forget all recorded visits…' }));
    expect(await db.daily.count()).toBe(3);
    expect(figure('visits')).toBe('4');
    await user.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(screen.queryByRole('button', { name: 'Yes, forget them all' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Forget all recorded visits…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, forget them all' }));
    await waitFor(() => expect(status()).toBe('All recorded visits were forgotten.'));
    await ready();
    expect(figure('visits')).toBe('0');
    expect(await db.daily.count()).toBe(0);
    expect(await db.sessions.count()).toBe(0);
    expect(screen.getByText('No visits are recorded in this period yet.')).toBeTruthy();
  });

  it('a database that cannot be read says so, and reads again on "try again"', async () => {
    const user = userEvent.setup();
    const db = freshDb();
    const where = vi.spyOn(db.daily, 'where').mockImplementation(() => {
      throw new Error('storage broken');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <InsightsContainer db={db} now={() => NOW} save={vi.fn()} onBack={vi.fn()} onSessionEnded={vi.fn()} />,
      inLanguage('en'),
    );
    await waitFor(() => expect(panel()?.getAttribute('data-insights-state')).toBe('failed'));
    expect(screen.getByRole('alert').textContent).toContain('could not be read');
    expect(warn).toHaveBeenCalled();
    where.mockRestore();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await ready();
    expect(figure('visits')).toBe('0');
    warn.mockRestore();
  });
});
