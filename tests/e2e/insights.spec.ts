import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, waitForSettledStore } from './kiosk-fixtures';

/**
 * Issue 15's scripted visits, by touch, on the web host: an Indonesian visit that searches, opens a
 * cloth and zooms in; the idle reset; an English visit whose search finds nothing; a glance (one
 * touch). Then the admin's Insights screen and its export must count exactly those. The idle time
 * is shortened through the URL so each walk-away takes seconds; the test waits on the attract
 * screen coming back, never on a clock.
 */
test('visitor insights count scripted visits on the Insights screen and in the exported CSV', async ({
  page,
  host,
  foreignRequests,
}) => {
  test.setTimeout(180_000);
  const app = page.locator('.app');
  const walkAway = () => expect(app).toHaveAttribute('data-route', 'attract', { timeout: 45_000 });
  await page.goto(`${host.url}?idle=12&countdown=1`);
  await waitForSettledStore(page);
  await expect(app).toHaveAttribute('data-route', 'attract');

  let title = '';
  await test.step('visit 1, in Indonesian: search, open a cloth, zoom in, walk away', async () => {
    await page.getByRole('button', { name: /Sentuh untuk mulai/ }).tap();
    await page.getByRole('button', { name: /^Cari/ }).tap();
    const keyboard = page.getByRole('group', { name: 'Papan ketik' });
    for (const key of 'jlamprang') await keyboard.getByRole('button', { name: key, exact: true }).tap();
    const first = page
      .getByRole('region', { name: /^Kain \(/ })
      .getByRole('button')
      .first();
    await expect(first).toBeVisible();
    title = (await first.locator('.card__title').textContent()) ?? '';
    await first.tap();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const viewer = page.locator('.kit-zoom__canvas');
    await expect(page.locator('.kit-zoom')).toHaveAttribute('data-status', 'ready');
    const home = Number(await viewer.getAttribute('data-zoom'));
    await page.getByRole('button', { name: 'Perbesar' }).tap();
    await expect.poll(async () => Number(await viewer.getAttribute('data-zoom'))).toBeGreaterThan(home);
    await walkAway();
  });

  await test.step('visit 2, in English from the first touch: a search that finds nothing', async () => {
    await page
      .getByRole('group', { name: 'Pilih bahasa untuk mulai' })
      .getByRole('button', { name: 'English' })
      .tap();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('button', { name: /^Search/ }).tap();
    const keyboard = page.getByRole('group', { name: 'Keyboard' });
    for (const key of 'qx') await keyboard.getByRole('button', { name: key, exact: true }).tap();
    await expect(page.getByText('Nothing matches “qx”.')).toBeVisible();
    await page.getByRole('banner').getByRole('button', { name: 'Home' }).tap();
    await expect(app).toHaveAttribute('data-route', 'home');
    await walkAway();
  });

  await test.step('a glance: one touch, then nobody', async () => {
    await page.getByRole('button', { name: /Sentuh untuk mulai/ }).tap();
    await expect(app).toHaveAttribute('data-route', 'home');
    await walkAway();
  });

  const panel = page.locator('[data-insights-state]');
  const figure = (name: string) => page.locator(`[data-figure="${name}"]`);
  await test.step('the Insights screen, today: 2 visits, 1 glance, the cloth, both languages, "qx"', async () => {
    await page.evaluate(() => {
      window.location.hash = '#/admin';
    });
    await expect(page.locator('.admin-status__fact').first()).toBeVisible();
    await page.getByRole('button', { name: 'Wawasan pengunjung' }).tap();
    await expect(panel).toHaveAttribute('data-insights-state', 'ready');
    await page.getByRole('group', { name: 'Rentang waktu' }).getByRole('button', { name: 'Hari ini' }).tap();
    await expect(
      page.getByRole('group', { name: 'Rentang waktu' }).getByRole('button', { name: 'Hari ini' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await expect(panel).toHaveAttribute('data-insights-state', 'ready');
    await expect(figure('visits')).toHaveAttribute('data-value', '2');
    await expect(figure('glances')).toHaveAttribute('data-value', '1');
    await expect(page.getByRole('region', { name: 'Kain yang paling sering dibuka' })).toContainText(title);
    const languages = page.getByRole('region', { name: 'Bahasa yang dipakai' });
    await expect(languages).toContainText('English');
    await expect(languages).toContainText('Indonesia');
    const missing = page.getByRole('region', { name: 'Dicari, tetapi tidak ditemukan' });
    await expect(missing.getByRole('row')).toHaveCount(2); // the header and "qx"
    await expect(missing.getByRole('row').nth(1)).toContainText('qx');
  });

  await test.step('the export: sessions.csv, daily.csv and searches.csv say the same', async () => {
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: /Ekspor/ }).tap();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^kiosk-insights-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
    const csv = (name: string) =>
      parse(strFromU8(files[name]!), { columns: true, bom: true }) as Record<string, string>[];

    const sessions = csv('sessions.csv');
    expect(sessions).toHaveLength(3);
    expect(sessions.map((s) => s.glance).sort()).toEqual(['no', 'no', 'yes']);
    const visits = sessions.filter((s) => s.glance === 'no');
    expect(visits.map((s) => s.languages).sort()).toEqual(['en', 'id']);
    expect(visits.every((s) => s.ended_by === 'idle')).toBe(true);
    const indonesian = visits.find((s) => s.languages === 'id')!;
    expect(indonesian).toMatchObject({ pieces_opened: '1', zoom_used: 'yes', zero_result_searches: '0' });
    expect(visits.find((s) => s.languages === 'en')).toMatchObject({
      searches: '1',
      zero_result_searches: '1',
      zoom_used: 'no',
    });

    const searches = csv('searches.csv');
    expect(searches.filter((s) => s.zero_result === 'yes').map((s) => [s.text, s.results])).toEqual([
      ['qx', '0'],
    ]);
    // Each key asks again; only what settled (or was on screen when a cloth was opened) is kept.
    const found = searches.filter((s) => s.session_id === indonesian.id);
    expect(found.at(-1)).toMatchObject({ text: 'jlamprang', zero_result: 'no' });
    expect(Number(found.at(-1)!.results)).toBeGreaterThan(0);

    const daily = csv('daily.csv');
    expect(daily).toHaveLength(1);
    expect(daily[0]).toMatchObject({
      sessions: '2',
      glances: '1',
      zero_result_searches: '1',
      zoom_sessions: '1',
    });
    expect(Object.keys(files).sort()).toEqual(['daily.csv', 'insights.json', 'searches.csv', 'sessions.csv']);
  });

  expect(foreignRequests).toEqual([]);
});
