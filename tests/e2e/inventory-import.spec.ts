import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { test as base } from '@playwright/test';
import { makeInventory } from '../fixtures/inventory/make-inventory';
import { expect, expectPieceCount, waitForSettledStore } from './kiosk-fixtures';
import { startLiveWebHost, type LiveWebHost } from './live-web-host';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Imported {
  created: { id: string; accession: string }[];
  heldBack: unknown[];
}

/**
 * A curator's first import, the way the guide tells it: a messy inventory spreadsheet and its photo
 * folder go in with `npm run collection -- import`, then the kiosk's own build (`npm run web`'s
 * wiring) compiles the folder.
 */
const test = base.extend<{ live: LiveWebHost & { imported: Imported } }>({
  // eslint-disable-next-line no-empty-pattern
  live: async ({}, use) => {
    const work = await mkdtemp(path.join(tmpdir(), 'inventory-e2e-'));
    let imported: Imported | undefined;
    const live = await startLiveWebHost(async (source) => {
      const inventory = await makeInventory({ collection: source, out: work, rows: 24 });
      const cli = path.join(ROOT, 'electron/node/cli/collection.ts');
      const args = [cli, 'import', inventory.xlsx, '--photos', inventory.photos, '--into', source, '--json'];
      // Exit 3: some of the fixture's rows are held back on purpose.
      const stdout = await promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), args, {
        cwd: ROOT,
      }).then(
        (done) => done.stdout,
        (err: { code: number; stdout: string }) => {
          if (err.code !== 3) throw err;
          return err.stdout;
        },
      );
      imported = JSON.parse(stdout) as Imported;
    });
    await use({ ...live, imported: imported! });
    await live.close();
    await rm(work, { recursive: true, force: true });
  },
});

test('an imported inventory is on the kiosk: every created row a piece, with its title and photo', async ({
  page,
  live,
}) => {
  const { created, heldBack } = live.imported;
  expect(created.length).toBeGreaterThan(10);
  expect(heldBack.length).toBeGreaterThan(0);

  await page.goto(`${live.url}#/browse`);
  await waitForSettledStore(page);
  // collection-min's three pieces and every row the import created.
  await expectPieceCount(page, 3 + created.length);

  const piece = created[1]!;
  await page.evaluate((id) => (window.location.hash = `#/piece/${encodeURIComponent(id)}`), piece.id);
  await expect(page.locator('.app')).toHaveAttribute('data-route', 'piece');
  await expect(page.locator('#piece-title')).toHaveText(
    new RegExp(`^Kain .+ ${Number(piece.accession.slice(-4))}$`),
  );
  // The photo from the folder, with the alternative text the import gave it, drawn by the viewer.
  const title = await page.locator('#piece-title').textContent();
  const viewer = page.getByRole('img', { name: `Gambar yang dapat diperbesar: Foto ${title}` });
  await expect(viewer).toHaveAttribute('data-image-rect', /\d/);
});
