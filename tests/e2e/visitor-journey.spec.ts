import { expect, test, waitForSettledStore } from './kiosk-fixtures';

/**
 * The "Done when", by touch alone: from the attract screen, find the jlamprang cloths, open
 * one, zoom into it, read what the motif means in English, walk away, and the kiosk is back at the
 * attract screen in its default language with nothing of the visit left. The idle time is shortened
 * through the URL (`?idle=&countdown=`) so the walk-away takes seconds.
 */
test('a first-time visitor finds a jlamprang cloth, zooms in, reads the meaning in English', async ({
  page,
  host,
  collection,
  foreignRequests,
}) => {
  const jlamprang = collection.motifs.find((m) => m.id === 'jlamprang')!;
  const carrying = new Set(
    collection.pieces.filter((p) => p.motifIds.includes('jlamprang')).map((p) => p.title.id),
  );
  const app = page.locator('.app');
  await page.goto(`${host.url}?idle=8&countdown=2`);
  await waitForSettledStore(page);

  await test.step('touch the attract screen, then choose search on home', async () => {
    await expect(app).toHaveAttribute('data-route', 'attract');
    await page.getByRole('button', { name: /Sentuh untuk mulai/ }).tap();
    await expect(app).toHaveAttribute('data-route', 'home');
    await page.getByRole('button', { name: /^Cari/ }).tap();
    await expect(app).toHaveAttribute('data-route', 'search');
  });

  let title = '';
  await test.step('type "jlamprang" on the on-screen keyboard and open a cloth', async () => {
    const keyboard = page.getByRole('group', { name: 'Papan ketik' });
    for (const key of 'jlamprang') await keyboard.getByRole('button', { name: key, exact: true }).tap();
    const cloths = page.getByRole('region', { name: /^Kain \(/ });
    const first = cloths.getByRole('button').first();
    await expect(first).toBeVisible();
    title = (await first.locator('.card__title').textContent()) ?? '';
    expect(carrying.has(title)).toBe(true);
    await first.tap();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });

  await test.step('zoom into the cloth', async () => {
    await page.getByRole('button', { name: 'Perbesar' }).tap();
    await expect(app).toHaveAttribute('data-route', 'piece');
  });

  await test.step('open its motif and read the meaning in English', async () => {
    // The piece's motif chips may name the part of the cloth too: "Jlamprang (badan)".
    await page
      .getByRole('navigation', { name: 'Motif' })
      .getByRole('button', { name: new RegExp(`^${jlamprang.name.id}`) })
      .tap();
    await expect(page.getByRole('heading', { level: 1, name: jlamprang.name.id })).toBeVisible();
    await page.getByRole('group', { name: 'Pilih bahasa' }).getByRole('button', { name: 'English' }).tap();
    await expect(page.getByRole('region', { name: 'Meaning' })).toContainText(
      jlamprang.meaning.en.replace(/\s+/g, ' ').trim(),
    );
  });

  await test.step('walk away: back at the attract screen, in Indonesian, with no search left', async () => {
    await expect(page.getByRole('dialog')).toBeVisible({ timeout: 20_000 });
    await expect(app).toHaveAttribute('data-route', 'attract', { timeout: 20_000 });
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await page.getByRole('button', { name: /Sentuh untuk mulai/ }).tap();
    await page.getByRole('button', { name: /^Cari/ }).tap();
    await expect(page.getByRole('searchbox', { name: 'Kata pencarian' })).toHaveValue('');
    await expect(page.getByRole('region', { name: 'Pencarian terakhir' })).toHaveCount(0);
  });

  expect(foreignRequests).toEqual([]);
});
