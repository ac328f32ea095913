import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildCollection } from '../../../../../electron/node/collection/build';
import { currentBuild } from '../../../../../electron/node/collection/build-folders';
import {
  bundlePath,
  POINTER_FILE,
  type BundlePointer,
} from '../../../../../electron/node/publish/bundle-pointer';
import { BundlePuller, STORE_DIR } from '../../../../../electron/node/publish/bundle-puller';
import { folderSource, httpSource } from '../../../../../electron/node/publish/bundle-source';
import { publishBundle } from '../../../../../electron/node/publish/publish-bundle';
import {
  readPublicKey,
  writeKeyPair,
  type PublicKey,
} from '../../../../../electron/node/publish/signing-keys';
import { makeMinCollection, removeCollection, writeImage } from '../../../support/fixture-helper';
import { startStaticBundleServer, type StaticBundleServer } from '../../../support/static-bundle-server';

let work: string;
let source: string;
let keys: { privateFile: string; publicKey: PublicKey };
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'publish-'));
  source = await makeMinCollection();
  const pair = await writeKeyPair(path.join(work, 'keys'));
  keys = { privateFile: pair.privateFile, publicKey: await readPublicKey(pair.publicFile) };
});
afterAll(async () => {
  await removeCollection(source);
  await rm(work, { recursive: true, force: true });
});

/** Publishes `source` into `bundle` (no deep-zoom tiles: the tests are about moving files). */
const publish = (bundle: string, options: { now?: Date; expiryDays?: number } = {}) =>
  publishBundle({
    source,
    to: bundle,
    keyFile: keys.privateFile,
    out: path.join(work, 'publisher-out'),
    build: (s, o) => buildCollection({ source: s, out: o, tiles: false }),
    ...(options.now ? { now: () => options.now! } : {}),
    ...(options.expiryDays ? { expiryDays: options.expiryDays } : {}),
  });

const manifestOf = async (dir: string) => readFile(path.join(dir, 'manifest.json'), 'utf8');

describe('publish and pull', () => {
  let bundle: string;
  let server: StaticBundleServer;
  let kiosk: string;
  beforeEach(async () => {
    bundle = await mkdtemp(path.join(work, 'bundle-'));
    kiosk = await mkdtemp(path.join(work, 'kiosk-'));
    server = await startStaticBundleServer(bundle);
  });
  afterEach(async () => server.close());

  const puller = (out = kiosk) =>
    new BundlePuller({ source: httpSource(server.url), out, keys: [keys.publicKey] });
  const signal = () => ({ signal: new AbortController().signal });

  it('a kiosk pulls the published collection, verifies it and switches to it', async () => {
    const published = await publish(bundle);
    expect(published).toMatchObject({ changed: true, pointer: { version: 1 } });
    const pull = puller();
    const outcome = await pull.pull(signal());
    expect(outcome).toMatchObject({ ok: true, version: published.pointer!.collectionVersion });
    const live = currentBuild(kiosk)!;
    expect(await manifestOf(live)).toBe(await manifestOf(published.build.outDir!));
    expect(pull.status()).toMatchObject({ url: server.url, version: 1, problem: null });
    expect(pull.status().verifiedAt).not.toBeNull();
  }, 60_000);

  it('publishing nothing new writes nothing, and the next poll is a 304', async () => {
    await publish(bundle);
    const pull = puller();
    await pull.pull(signal());
    const pointerBefore = await readFile(path.join(bundle, POINTER_FILE), 'utf8');
    const again = await publish(bundle);
    expect(again).toMatchObject({ changed: false, filesWritten: 0 });
    expect(await readFile(path.join(bundle, POINTER_FILE), 'utf8')).toBe(pointerBefore);
    server.requests.length = 0;
    expect(await pull.pull(signal())).toMatchObject({ ok: true });
    expect(server.requests).toEqual([{ path: `/${POINTER_FILE}`, range: undefined, status: 304 }]);
  }, 60_000);

  it('a one-photo change adds only that photo\u2019s files, and the kiosk downloads only those', async () => {
    await publish(bundle);
    const pull = puller();
    await pull.pull(signal());
    await writeImage(path.join(source, 'pieces/kawung-cap/full.png'), '#123456');
    try {
      const changed = await publish(bundle);
      expect(changed).toMatchObject({ changed: true, pointer: { version: 2 } });
      expect(changed.filesWritten).toBeGreaterThan(0);
      expect(changed.filesWritten).toBeLessThan(changed.totalFiles / 2);
      server.requests.length = 0;
      expect(await pull.pull(signal())).toMatchObject({ ok: true });
      const downloads = server.requests.filter((r) => r.path.startsWith('/files/'));
      // The new derivatives, the new chunk(s) and the manifest, and the list's delta from the
      // version held: not the whole list, nothing the kiosk already held.
      const delta = changed.pointer!.delta!;
      expect(downloads.map((r) => r.path)).toContain(`/${bundlePath(delta.sha256)}`);
      expect(downloads.map((r) => r.path)).not.toContain(`/${bundlePath(changed.pointer!.list.sha256)}`);
      expect(downloads.length).toBeLessThanOrEqual(changed.filesWritten + 1);
      expect(pull.status().version).toBe(2);
    } finally {
      await writeImage(path.join(source, 'pieces/kawung-cap/full.png'), '#8a5a2b');
    }
  }, 60_000);

  it('refuses a file altered on the server and keeps what it holds', async () => {
    await publish(bundle);
    const pull = puller();
    await pull.pull(signal());
    const live = currentBuild(kiosk);
    await writeImage(path.join(source, 'pieces/kawung-cap/full.png'), '#654321');
    try {
      const next = await publish(bundle);
      const prior = new Set((await previousFiles(pull, kiosk)) ?? []);
      const altered = next.files.find((f) => f.path.startsWith('media/') && !prior.has(f.sha256))!;
      const served = path.join(bundle, bundlePath(altered.sha256));
      const original = await readFile(served);
      // The same length with other bytes: only the hash can tell.
      await writeFile(served, Buffer.from(original).fill(0x41, 0, 64));
      expect((await pull.pull(signal())).ok).toBe(false);
      expect(pull.status().problem).toMatch(
        /does not match its SHA-256 in latest\.json: the file was altered at the source/,
      );
      // Another length: the server's own Content-Length gives it away before a byte is kept.
      await writeFile(served, 'not the published bytes');
      expect((await pull.pull(signal())).ok).toBe(false);
      expect(pull.status().problem).toMatch(
        /on the server is 23 bytes, not the \d+ latest\.json lists\. It does not match latest\.json/,
      );
      expect(currentBuild(kiosk)).toBe(live);
      expect(pull.status().version).toBe(1);
      // Put right on the server, the next poll goes through.
      await writeFile(served, original);
      expect((await pull.pull(signal())).ok).toBe(true);
      expect(pull.status()).toMatchObject({ version: 2, problem: null });
    } finally {
      await writeImage(path.join(source, 'pieces/kawung-cap/full.png'), '#8a5a2b');
    }
  }, 60_000);

  it('refuses a replayed older pointer, an expired one and one signed by another key', async () => {
    await publish(bundle);
    const first = await readFile(path.join(bundle, POINTER_FILE), 'utf8');
    await writeImage(path.join(source, 'pieces/kawung-cap/full.png'), '#224466');
    try {
      await publish(bundle);
      const pull = puller();
      await pull.pull(signal());
      expect(pull.status().version).toBe(2);
      const live = currentBuild(kiosk);

      await writeFile(path.join(bundle, POINTER_FILE), first);
      expect((await pull.pull(signal())).ok).toBe(false);
      expect(pull.status().problem).toMatch(/offers version 1, older than version 2 held here: refused/);

      const expiredBundle = await mkdtemp(path.join(work, 'expired-'));
      await publish(expiredBundle, { now: new Date('2020-01-01T00:00:00Z'), expiryDays: 1 });
      await cp(path.join(expiredBundle, POINTER_FILE), path.join(bundle, POINTER_FILE));
      expect((await pull.pull(signal())).ok).toBe(false);
      expect(pull.status().problem).toMatch(/expired at 2020-01-02T00:00:00.000Z/);

      const other = await writeKeyPair(path.join(work, 'other-keys'));
      const stranger = new BundlePuller({
        source: httpSource(server.url),
        out: kiosk,
        keys: [await readPublicKey(other.publicFile)],
      });
      await writeFile(path.join(bundle, POINTER_FILE), first);
      expect((await stranger.pull(signal())).ok).toBe(false);
      expect(stranger.status().problem).toMatch(/which this kiosk does not accept/);

      const forged = JSON.parse(first) as BundlePointer;
      forged.version = 99;
      await writeFile(path.join(bundle, POINTER_FILE), JSON.stringify(forged));
      expect((await pull.pull(signal())).ok).toBe(false);
      expect(pull.status().problem).toMatch(/does not verify: it was changed after signing/);
      expect(currentBuild(kiosk)).toBe(live);
    } finally {
      await writeImage(path.join(source, 'pieces/kawung-cap/full.png'), '#8a5a2b');
    }
  }, 90_000);

  it('survives the link cut mid-download, and resumes a partial file with a Range request', async () => {
    const published = await publish(bundle);
    const big = [...published.files].sort((a, b) => b.size - a.size)[0]!;
    server.cutNext(big.sha256, Math.floor(big.size / 2));
    const pull = puller();
    expect((await pull.pull(signal())).ok).toBe(false);
    expect(pull.status().problem).toMatch(/broke off|incomplete/);
    expect(currentBuild(kiosk)).toBeNull();

    // How much of a cut response reaches the disk depends on timing; an earlier interrupted run
    // that left half the file is set up here so the resume itself is checked exactly.
    const half = Math.floor(big.size / 2);
    const part = path.join(kiosk, STORE_DIR, `${big.sha256}.part`);
    await writeFile(part, (await readFile(path.join(bundle, bundlePath(big.sha256)))).subarray(0, half));
    // A part already whole (stopped between download and rename) is checked, not fetched again.
    const second = [...published.files].sort((a, b) => b.size - a.size)[1]!;
    await writeFile(
      path.join(kiosk, STORE_DIR, `${second.sha256}.part`),
      await readFile(path.join(bundle, bundlePath(second.sha256))),
    );
    server.requests.length = 0;
    expect((await pull.pull(signal())).ok).toBe(true);
    const resumed = server.requests.filter((r) => r.path.endsWith(big.sha256));
    expect(resumed).toEqual([{ path: `/${bundlePath(big.sha256)}`, range: `bytes=${half}-`, status: 206 }]);
    expect(server.requests.filter((r) => r.path.endsWith(second.sha256))).toEqual([]);
    expect(await manifestOf(currentBuild(kiosk)!)).toBe(await manifestOf(published.build.outDir!));
  }, 60_000);
  it('starts from what it holds when the server is down, and says so', async () => {
    await publish(bundle);
    await puller().pull(signal());
    const live = currentBuild(kiosk);
    await server.close();
    const restarted = puller();
    await restarted.load();
    expect(restarted.status()).toMatchObject({ version: 1, problem: null });
    expect((await restarted.pull(signal())).ok).toBe(false);
    expect(restarted.status().problem).toMatch(/could not be reached/);
    expect(restarted.status().version).toBe(1);
    expect(currentBuild(kiosk)).toBe(live);
    server = await startStaticBundleServer(bundle);
  }, 60_000);

  it('pulls the same signed bundle from a folder (a USB stick)', async () => {
    const published = await publish(bundle);
    const usb = new BundlePuller({ source: folderSource(bundle), out: kiosk, keys: [keys.publicKey] });
    expect(await usb.pull(signal())).toMatchObject({ ok: true });
    expect(await manifestOf(currentBuild(kiosk)!)).toBe(await manifestOf(published.build.outDir!));
    expect(await usb.pull(signal())).toMatchObject({ ok: true });
    expect(usb.status()).toMatchObject({ version: 1, problem: null });
  }, 60_000);
});

/** The store hashes a kiosk held before a pull (the live build's files, from its integrity record). */
async function previousFiles(_pull: BundlePuller, kiosk: string): Promise<string[] | null> {
  const live = currentBuild(kiosk);
  if (!live) return null;
  const record = JSON.parse(await readFile(path.join(live, 'integrity.json'), 'utf8')) as {
    files: Record<string, { sha256: string }>;
  };
  return Object.values(record.files).map((f) => f.sha256);
}
