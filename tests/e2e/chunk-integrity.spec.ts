import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, expectPieceCount, test, waitForSettledStore } from './kiosk-fixtures';
import { writeVariant } from './variant-collection';

type Compiled = { root: string; manifest: { chunks: { kind: string; file: string }[] } };

/** A piece chunk of `collection` (one `stored` does not have): its path on disk and its bytes. */
function pieceChunk(collection: Compiled, stored?: Compiled) {
  const { root, manifest } = collection;
  const known = new Set(stored?.manifest.chunks.map((c) => c.file));
  const ref = manifest.chunks.find((c) => c.kind === 'pieces' && !known.has(c.file))!;
  const file = path.join(root, ref.file);
  return { file, bytes: readFileSync(file) };
}

test.describe('chunks whose bytes do not match the manifest', () => {
  test('a first visit shows the calm unavailable screen, and "try again" works once the file is whole', async ({
    page,
    host,
    foreignRequests,
  }) => {
    const collection = writeVariant(3, 2);
    const chunk = pieceChunk(collection);
    truncateSync(chunk.file, Math.floor(chunk.bytes.length / 2));
    host.serve(collection.root);

    await page.goto(`${host.url}#/browse`);
    await expect(page.locator('.app')).toHaveAttribute('data-sync-state', 'unavailable');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Koleksi belum dapat ditampilkan' }),
    ).toBeVisible();
    await expect(page.locator('.app')).toHaveAttribute('data-syncing', 'false');

    // A rebuild repairs the file. The browser keeps chunks in its HTTP cache for good (they are
    // content-named), so the damaged copy it has must be fetched again past that cache.
    writeFileSync(chunk.file, chunk.bytes);
    await page.getByRole('button', { name: 'Coba lagi' }).tap();
    await waitForSettledStore(page);
    await expectPieceCount(page, collection.manifest.counts.pieces);
    expect(foreignRequests).toEqual([]);
    rmSync(collection.root, { recursive: true, force: true });
  });

  test('an update with a changed chunk is refused and the collection on screen stays', async ({
    page,
    host,
    foreignRequests,
  }) => {
    const v1 = writeVariant(0, 2);
    host.serve(v1.root);
    await page.goto(`${host.url}#/browse`);
    await waitForSettledStore(page);
    await expectPieceCount(page, v1.manifest.counts.pieces);

    // Valid JSON with the same ids and count, different text: only the content hash can tell.
    const v2 = writeVariant(4, 2);
    // A chunk the page does not hold yet, so it is downloaded rather than copied locally.
    const chunk = pieceChunk(v2, v1);
    const text = chunk.bytes.toString('utf8');
    const changed = text.replace(
      /"title":\{"id":"(.)/,
      (_m, first: string) => `"title":{"id":"${first === 'X' ? 'Y' : 'X'}`,
    );
    expect(changed).not.toBe(text);
    writeFileSync(chunk.file, changed);
    host.serve(v2.root);

    await page.reload();
    await waitForSettledStore(page);
    await expect(page.locator('.app')).toHaveAttribute('data-sync-state', 'ready');
    await expectPieceCount(page, v1.manifest.counts.pieces);
    expect(foreignRequests).toEqual([]);
    rmSync(v1.root, { recursive: true, force: true });
    rmSync(v2.root, { recursive: true, force: true });
  });
});
