import { expect, test, waitForSettledStore } from './kiosk-fixtures';
import { writeVariant } from './variant-collection';

// A language the collection adds beyond the interface's three: here Dutch, with one Dutch title.
test('a language only the collection adds: offered, interface in English, content marked where it falls back', async ({
  page,
  host,
  foreignRequests,
}) => {
  const variant = writeVariant(0, 50, ({ manifest, pieces }) => {
    manifest.languages = [...manifest.languages, 'nl'];
    const red = pieces.find((p) => p.id === 'fx-merah')!;
    red.title = { ...red.title, nl: 'Rode testdoek' };
  });
  host.serve(variant.root);
  await page.goto(`${host.url}#/attract`);
  await waitForSettledStore(page);

  await test.step('the attract screen offers it, named in itself, after the three', async () => {
    const choice = page.getByRole('group', { name: 'Pilih bahasa untuk mulai' });
    await expect(choice.getByRole('button')).toHaveText([
      'Bahasa Indonesia',
      'English',
      'Basa Jawa',
      'Nederlands',
    ]);
    await choice.getByRole('button', { name: 'Nederlands' }).tap();
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  });

  await test.step('the interface reads in English, which a foreign visitor more likely reads', async () => {
    await expect(
      page.getByRole('navigation', { name: 'Navigation' }).getByRole('button', { name: 'Home' }),
    ).toBeVisible();
  });

  await test.step('a Dutch title shows unmarked; a missing one falls back in the collection order, marked', async () => {
    await page.evaluate(() => (window.location.hash = '#/piece/fx-merah'));
    await expect(page.locator('#piece-title')).toHaveText('Rode testdoek');
    await expect(page.locator('#piece-title .fallback-marker')).toHaveCount(0);
    await page.evaluate(() => (window.location.hash = '#/piece/fx-biru'));
    await expect(page.locator('#piece-title')).toContainText('Kain uji biru');
    await expect(page.locator('#piece-title .fallback-marker')).toHaveText('(Bahasa Indonesia)');
  });

  expect(foreignRequests).toEqual([]);
});
