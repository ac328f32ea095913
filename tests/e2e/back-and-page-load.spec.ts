import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequestHandler } from '../../electron/node/server/request-handler';
import { nodeListener } from '../../electron/node/web/node-adapter';
import { expect, test, waitForSettledStore } from './kiosk-fixtures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** One request the host answered, as the server saw it (the browser's own icon fetches included). */
interface Answered {
  path: string;
  status: number;
}

/**
 * The web host's handler behind a server that records every answer. The browser fetches the tab
 * icon itself, outside the page: Playwright's request events never show it, the server does.
 */
async function recordingHost(collectionRoot: string) {
  const answered: Answered[] = [];
  const handler = createRequestHandler({
    rendererRoot: path.join(root, 'dist/renderer'),
    getCollectionRoot: () => collectionRoot,
  });
  let port = 0;
  const server = createServer(
    nodeListener(
      async (request) => {
        const response = await handler(request);
        answered.push({ path: new URL(request.url).pathname, status: response.status });
        return response;
      },
      () => `http://127.0.0.1:${port}`,
      () => new Set([`127.0.0.1:${port}`]),
    ),
  );
  await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1' }, resolve));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    answered,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

test('a page load asks for nothing that is missing, the tab icon included', async ({ page, collection }) => {
  const host = await recordingHost(collection.root);
  try {
    await page.goto(host.url);
    await waitForSettledStore(page);
    // The icon is fetched by the browser after the page has loaded; wait for that request.
    await expect
      .poll(() => host.answered.filter((r) => /icon/.test(r.path)).map((r) => r.path))
      .not.toEqual([]);
    const piece = collection.pieces[0]!;
    await page.evaluate((id) => (window.location.hash = `#/piece/${encodeURIComponent(id)}`), piece.id);
    await expect(page.locator('.app')).toHaveAttribute('data-route', 'piece');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // 304 (a revalidated icon) is fine; 404 means something on the page names a file that is not there.
    expect(host.answered.filter((r) => r.status >= 400)).toEqual([]);
    // The linked icon is ours: an SVG drawing, served from the app's own origin.
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    const icon = await page.request.get(new URL(href ?? '', host.url).href);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toBe('image/svg+xml');
  } finally {
    await host.close();
  }
});

test('Back is disabled on home, where there is nowhere back to go, and works everywhere else', async ({
  page,
  host,
  collection,
}) => {
  const back = page.getByRole('navigation', { name: 'Navigasi' }).getByRole('button', { name: 'Kembali' });
  const route = page.locator('.app');
  await page.goto(`${host.url}#/`);
  await waitForSettledStore(page);
  await expect(route).toHaveAttribute('data-route', 'home');
  // Disabled, not hidden: the bar keeps its layout and assistive technology hears "unavailable".
  await expect(back).toBeVisible();
  await expect(back).toBeDisabled();

  await page.getByRole('button', { name: /^Motif/ }).tap();
  await expect(route).toHaveAttribute('data-route', 'motifs');
  await expect(back).toBeEnabled();
  await back.tap();
  await expect(route).toHaveAttribute('data-route', 'home');
  await expect(back).toBeDisabled();

  // Home reached by the Home button after a few steps: the visitor's history is not empty, but
  // home is still the top of the kiosk, so Back stays off there.
  const piece = collection.pieces[0]!;
  await page.evaluate((id) => (window.location.hash = `#/piece/${encodeURIComponent(id)}`), piece.id);
  await expect(route).toHaveAttribute('data-route', 'piece');
  await expect(back).toBeEnabled();
  await page.getByRole('navigation', { name: 'Navigasi' }).getByRole('button', { name: 'Beranda' }).tap();
  await expect(route).toHaveAttribute('data-route', 'home');
  await expect(back).toBeDisabled();
});
