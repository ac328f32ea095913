import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { withHash } from '../../electron/node/collection/hash';
import type { CollectionManifest, PieceRecord } from '../../electron/shared/collection-records';
import { SAMPLE_RELEVANCE, type RelevanceRow } from '../unit/electron/shared/search/sample-relevance-table';
import { expect, test, waitForSettledStore, type ServedCollection } from './kiosk-fixtures';

/**
 * The search index as the app stores it in real IndexedDB: shipped by the collection build and
 * downloaded at sync time, read back and queried by a probe page on the app's own origin. The probe
 * is a bundle of the app's own store reader and search module (renderer/db/read.ts,
 * electron/shared/search), served
 * through a Playwright route, so the app itself carries no test hook. What store-resilience.spec.ts
 * already proves (reload mid-sync, deleted database) is not repeated here.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PROBE_PATH = '__store-probe.html';

const PROBE_ENTRY = `
import { KioskDb } from './renderer/db/kiosk-db';
import { readSearchIndexJson } from './renderer/db/read';
import { loadSearchIndex } from './electron/shared/search';

window.searchStored = async (rows) => {
  const db = new KioskDb();
  const json = await readSearchIndexJson(db);
  db.close();
  if (!json) throw new Error('no stored search index for the live slot');
  const index = loadSearchIndex(json);
  await index.whenComplete();
  return rows.map((row) => index.search(row.query, { kinds: row.kinds }).map((hit) => hit.kind + ':' + hit.id));
};
`;

let probeScript: Promise<string> | undefined;
function bundleProbe(): Promise<string> {
  probeScript ??= build({
    stdin: { contents: PROBE_ENTRY, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  }).then((result) => result.outputFiles[0]!.text);
  return probeScript;
}

/** Runs `rows` against the live slot's stored index, in a probe page on the app's origin. */
async function searchStored(page: Page, url: string, rows: RelevanceRow[]): Promise<string[][]> {
  const script = await bundleProbe();
  await page.route(`${url}${PROBE_PATH}`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><script>${script}</script>` }),
  );
  await page.goto(`${url}${PROBE_PATH}`);
  await page.waitForFunction(() => 'searchStored' in window);
  return page.evaluate(
    (list) =>
      (window as unknown as { searchStored(r: RelevanceRow[]): Promise<string[][]> }).searchStored(list),
    rows,
  );
}

/** Rows whose expected hits are not where the table wants them, as readable lines. */
function misses(rows: RelevanceRow[], results: string[][]): string[] {
  return rows.flatMap((row, i) => {
    const head = results[i]!.slice(0, row.within ?? row.expect.length);
    const missing = row.expect.filter((key) => !head.includes(key));
    return missing.length ? [`${row.query}: ${missing.join(', ')} not in [${head.join(', ')}]`] : [];
  });
}

/**
 * A copy of the served collection in which one piece is renamed and another removed: their chunk
 * is rewritten under a new name, every other chunk is reused as it is. The copy ships no search
 * index (the build's would no longer match its records), as from a build that shipped none: the
 * kiosk then updates its live index itself, which is what the test below follows.
 */
function writeEditedCopy(collection: ServedCollection, renamedTitle: string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-store-chromium-'));
  cpSync(path.join(collection.root, 'chunks'), path.join(dir, 'chunks'), { recursive: true });
  symlinkSync(path.join(collection.root, 'media'), path.join(dir, 'media'));
  const manifest = structuredClone(collection.manifest);
  const ref = manifest.chunks.find((c) => c.kind === 'pieces' && c.count >= 2)!;
  const records = JSON.parse(readFileSync(path.join(collection.root, ref.file), 'utf8')) as PieceRecord[];
  const [renamed, removed, ...rest] = records as [PieceRecord, PieceRecord, ...PieceRecord[]];
  // The record's hash made again, as the compiler does: the sync trusts an unchanged one.
  const { hash: _old, ...content } = renamed;
  const edited = [withHash({ ...content, title: { ...renamed.title, en: renamedTitle } }), ...rest];
  const text = JSON.stringify(edited);
  // Named by its content hash, as the compiler does: the sync checks every chunk against it.
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
  const file = `chunks/pieces-${hash}.json`;
  writeFileSync(path.join(dir, file), text);
  Object.assign(ref, { file, hash, count: edited.length });
  delete manifest.search;
  const next: CollectionManifest = {
    ...manifest,
    version: `${manifest.version}-edited`,
    counts: { ...manifest.counts, pieces: manifest.counts.pieces - 1 },
  };
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(next));
  return { dir, renamed, removed };
}

test.describe('the stored search index in Chromium', () => {
  test.skip(
    process.env.E2E_COLLECTION === 'fixture',
    'the relevance table is written for the sample collection',
  );

  test('the relevance table passes against the index the build shipped and the app stored', async ({
    page,
    host,
    foreignRequests,
  }) => {
    const searchFiles: string[] = [];
    page.context().on('request', (request) => {
      if (request.url().includes('/collection/search/')) searchFiles.push(new URL(request.url()).pathname);
    });
    await page.goto(host.url);
    await waitForSettledStore(page);
    // The layout and its pack(s), fetched by the search worker; no part on its own.
    expect(searchFiles.some((file) => file.includes('/search/index-'))).toBe(true);
    expect(searchFiles.some((file) => file.includes('/search/pack-'))).toBe(true);
    const results = await searchStored(page, host.url, SAMPLE_RELEVANCE);
    expect(misses(SAMPLE_RELEVANCE, results)).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  test('after a sync that renamed one piece and removed another, the index the app updated follows', async ({
    page,
    host,
    collection,
    foreignRequests,
  }) => {
    await page.goto(host.url);
    await waitForSettledStore(page);
    const { dir, renamed, removed } = writeEditedCopy(collection, 'Zebrafish heirloom cloth');
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    host.serve(dir);
    await page.reload();
    await waitForSettledStore(page);

    const rows: RelevanceRow[] = [
      { query: 'zebrafish heirloom', expect: [`piece:${renamed.id}`] },
      { query: removed.accession, expect: [] },
      // The rest of the table still holds, from the same updated index.
      ...SAMPLE_RELEVANCE.filter(
        (row) => !row.expect.includes(`piece:${removed.id}`) && !row.expect.includes(`piece:${renamed.id}`),
      ),
    ];
    const results = await searchStored(page, host.url, rows);
    expect(results[0]).toEqual([`piece:${renamed.id}`]);
    expect(results[1]).not.toContain(`piece:${removed.id}`);
    expect(misses(rows, results)).toEqual([]);
    expect(errors.filter((text) => text.includes('search index'))).toEqual([]);
    expect(foreignRequests).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});
