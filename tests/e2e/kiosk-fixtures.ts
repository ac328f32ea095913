import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page } from '@playwright/test';
import type { CollectionManifest, MotifRecord, PieceRecord } from '../../electron/shared/collection-records';
import { startWebHost, type WebHost } from '../../electron/node/web/web-host';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The compiled collection the web host serves, read back so tests can name what they expect. */
export interface ServedCollection {
  root: string;
  manifest: CollectionManifest;
  pieces: PieceRecord[];
  motifs: MotifRecord[];
}

export function readServedCollection(): ServedCollection {
  const dir = process.env.E2E_COLLECTION_ROOT;
  if (!dir) throw new Error('E2E_COLLECTION_ROOT is unset: run the e2e tests through playwright.config.ts');
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as CollectionManifest;
  const records = <T>(kind: string) =>
    manifest.chunks
      .filter((c) => c.kind === kind)
      .flatMap((c) => JSON.parse(readFileSync(path.join(dir, c.file), 'utf8')) as T[]);
  return {
    root: dir,
    manifest,
    pieces: records<PieceRecord>('pieces'),
    motifs: records<MotifRecord>('motifs'),
  };
}

/**
 * A web host this test controls: `serve(null)` makes it answer as if no collection were there,
 * `serve(dir)` switches to another compiled collection, and `restart()` stops it and starts it
 * again on the SAME port (same origin, so the same IndexedDB).
 */
interface KioskHost {
  url: string;
  serve(root: string | null): void;
  restart(): Promise<void>;
}

interface Fixtures {
  collection: ServedCollection;
  host: KioskHost;
  /** Requests the page made to other origins; the fixture fails the test if there were any. */
  foreignRequests: string[];
}

export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from this destructuring, so it must exist even if empty.
  // eslint-disable-next-line no-empty-pattern
  collection: async ({}, use) => {
    await use(readServedCollection());
  },
  host: async ({ collection }, use) => {
    let serving: string | null = collection.root;
    const options = {
      rendererRoot: path.join(root, 'dist/renderer'),
      collectionRoot: () => serving,
    };
    let web: WebHost = await startWebHost(options);
    const port = web.port;
    await use({
      url: web.url,
      serve: (dir) => {
        serving = dir;
      },
      restart: async () => {
        await web.close();
        web = await startWebHost({ ...options, port });
      },
    });
    await web.close();
  },
  foreignRequests: async ({ page, host }, use) => {
    const origin = new URL(host.url).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin)
        foreign.push(url);
    });
    await use(foreign);
    expect(foreign, 'the kiosk must not request anything outside its own origin').toEqual([]);
  },
});

export { expect };

/** Waits until a collection is live and no sync is running: the app's own readiness signal. */
export async function waitForSettledStore(page: Page) {
  await expect(page.locator('.app')).toHaveAttribute('data-sync-state', 'ready');
  await expect(page.locator('.app')).toHaveAttribute('data-syncing', 'false');
}

/** The browse screen's grid of pieces (Indonesian name). */
export function browseGrid(page: Page) {
  return page.getByRole('list', { name: 'Kain yang ditemukan' });
}

/**
 * Asserts how many pieces the browse grid holds. The grid only renders rows near the viewport, so
 * the count is read from what a visitor sees (the result line, in Indonesian) and from what
 * assistive technology hears (each card's `aria-setsize`).
 */
export async function expectPieceCount(page: Page, count: number) {
  await expect(page.getByRole('status').filter({ hasText: `${count} kain` })).toBeVisible();
  await expect(browseGrid(page).getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(count));
}
