/**
 * Issue 14's integration tests: the sample collection published to a folder served by Debian's
 * nginx, and three kiosks (separate processes, each in a network namespace of its own behind a
 * veth link) pulling from it. Every test starts and ends with the whole fleet on the latest
 * published version, verified, so the tests pass in any order; each fault must leave every kiosk
 * on a verified version serving the right collection, with nothing lost.
 *
 * Skipped, with the reason in the suite's name, where nginx is missing or namespaces cannot be made
 * (not root, or a container that forbids them).
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCollection } from '../../../../../electron/node/collection/build';
import { PARTIAL_PREFIX } from '../../../../../electron/node/collection/build-folders';
import { BUILDS_DIR } from '../../../../../electron/node/collection/build-pointer';
import {
  bundlePath,
  POINTER_FILE,
  signPointer,
  type BundleFile,
  type BundlePointer,
} from '../../../../../electron/node/publish/bundle-pointer';
import { STORE_DIR } from '../../../../../electron/node/publish/bundle-puller';
import { publishBundle, type PublishResult } from '../../../../../electron/node/publish/publish-bundle';
import { publicOf, readPrivateKey, writeKeyPair } from '../../../../../electron/node/publish/signing-keys';
import { makeMinCollection, removeCollection, writeImage } from '../../../support/fixture-helper';
import { KioskProcess, type KioskLine } from '../../../support/kiosk-process';
import { createNamespaces, netnsUnavailable, type Namespaces } from '../../../support/netns';
import {
  nginxUnavailable,
  startNginx,
  type AccessLine,
  type NginxServer,
} from '../../../support/nginx-server';

const skipReason = nginxUnavailable() ?? netnsUnavailable();
if (skipReason) console.warn(`fleet-over-nginx: skipped, ${skipReason}`);

/** How often each kiosk polls latest.json. */
const POLL_MS = 250;
/** A slowed-down client's rate: the big photo takes about ten seconds, the other files a moment. */
const SLOW_BYTES_PER_SECOND = 100_000;
const WAIT_MS = 30_000;

interface Published {
  pointer: BundlePointer;
  files: BundleFile[];
  manifest: string;
}

let work: string;
let source: string;
let keyFile: string;
let publicFile: string;
let otherKeyFile: string;
let bundle: string;
let namespaces: Namespaces | null = null;
let nginx: NginxServer | null = null;
let kiosks: KioskProcess[] = [];
/** What the fleet should hold: the last publish. */
let current: Published;
/** The first publish, and its latest.json for the replay. */
let first: Published;
let firstPointerText: string;
/** What beforeAll saw of the first publish reaching the fleet. */
let firstReach: { lines: KioskLine[]; manifest: string | null; downloads: AccessLine[] }[];

const manifestOf = (dir: string) => readFile(path.join(dir, 'manifest.json'), 'utf8');

async function publish(): Promise<Published> {
  const result: PublishResult = await publishBundle({
    source,
    to: bundle,
    keyFile,
    out: path.join(work, 'publisher'),
    build: (s, o) => buildCollection({ source: s, out: o, tiles: false }),
  });
  expect(result.build.errors).toEqual([]);
  expect(result.changed).toBe(true);
  return { pointer: result.pointer!, files: result.files, manifest: await manifestOf(result.build.outDir!) };
}

/** A photo of random pixels: its full-size derivative is about a megabyte that no encoder shrinks. */
async function writeNoise(file: string): Promise<void> {
  await sharp(randomBytes(1200 * 800 * 3), { raw: { width: 1200, height: 800, channels: 3 } })
    .png()
    .toFile(file);
}

const randomColour = () => `#${randomBytes(3).toString('hex')}`;

/**
 * Puts a pointer text in the bundle atomically, with a later mtime second than the pointer there:
 * nginx's ETag is the mtime in whole seconds and the size, and these pointers often share a size.
 */
async function servePointer(text: string): Promise<void> {
  const target = path.join(bundle, POINTER_FILE);
  const temporary = `${target}.test.tmp`;
  const lastSecond = Math.floor((await stat(target)).mtimeMs / 1000);
  await writeFile(temporary, text);
  await utimes(temporary, lastSecond + 1, lastSecond + 1);
  await rename(temporary, target);
}

/** Waits until `test` holds, checking every 20 ms (for files and logs, which say nothing when they change). */
async function until<T>(
  test: () => Promise<T | null | false>,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await test();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const sha256File = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

/** Every file of `files` is in `root` with its published hash: nothing lost, nothing altered. */
async function expectServes(root: string, expected: Published): Promise<void> {
  expect(await manifestOf(root)).toBe(expected.manifest);
  const wrong: string[] = [];
  for (const file of expected.files) {
    const hash = await sha256File(path.join(root, file.path)).catch(() => 'missing');
    if (hash !== file.sha256) wrong.push(`${file.path}: ${hash}`);
  }
  expect(wrong).toEqual([]);
}

/** Waits for every kiosk to poll with `expected` live and no problem, then checks what it serves. */
async function expectFleetOn(expected: Published): Promise<void> {
  const lines = await Promise.all(
    kiosks.map((kiosk) =>
      kiosk.waitFor(
        (line) => line.event === 'poll' && line.version === expected.pointer.version && line.problem === null,
        `poll on version ${expected.pointer.version} without a problem`,
      ),
    ),
  );
  for (const line of lines) {
    expect(line.verifiedAt).not.toBeNull();
    await expectServes(line.root!, expected);
  }
}

/** Downloads of bundle files by one client since the access log had `from` lines. */
async function downloadsBy(client: string, from: number): Promise<AccessLine[]> {
  return (await nginx!.accessLog())
    .slice(from)
    .filter((l) => l.client === client && l.path.startsWith('/files/'));
}

const hashOf = (line: AccessLine) => path.basename(line.path);

/** The files `next` has that `before` did not, by hash. */
const newHashes = (before: Published, next: Published) => {
  const held = new Set(before.files.map((f) => f.sha256));
  return [...new Set(next.files.map((f) => f.sha256).filter((h) => !held.has(h)))].sort();
};

describe.skipIf(skipReason !== null)(
  `three kiosks pulling from Debian's nginx over veth links${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    beforeAll(async () => {
      work = await mkdtemp(path.join(tmpdir(), 'fleet-nginx-'));
      source = await makeMinCollection();
      const keys = await writeKeyPair(path.join(work, 'keys'));
      keyFile = keys.privateFile;
      publicFile = keys.publicFile;
      otherKeyFile = (await writeKeyPair(path.join(work, 'other-keys'))).privateFile;
      bundle = path.join(work, 'bundle');
      current = first = await publish();
      firstPointerText = await readFile(path.join(bundle, POINTER_FILE), 'utf8');

      namespaces = createNamespaces(3);
      const links = namespaces.links;
      nginx = await startNginx({
        prefix: path.join(work, 'nginx'),
        root: bundle,
        listen: links.map((l) => l.hostIp),
        port: randomInt(20_000, 60_000),
        slowRate: SLOW_BYTES_PER_SECOND,
      });
      kiosks = links.map(
        (link, i) =>
          new KioskProcess(`kiosk ${i + 1}`, {
            ns: link.ns,
            url: `http://${link.hostIp}:${nginx!.port}/`,
            keyFile: publicFile,
            out: path.join(work, `kiosk-${i + 1}`),
            intervalMs: POLL_MS,
          }),
      );
      for (const kiosk of kiosks) kiosk.start();
      await expectFleetOn(current);
      firstReach = await Promise.all(
        kiosks.map(async (kiosk, i) => {
          const root = kiosk.last()?.root ?? null;
          return {
            lines: [...kiosk.lines],
            manifest: root ? await manifestOf(root) : null,
            downloads: await downloadsBy(links[i]!.kioskIp, 0),
          };
        }),
      );
    }, 90_000);

    afterAll(async () => {
      await Promise.all(kiosks.map((kiosk) => kiosk.stop('SIGKILL')));
      await nginx?.stop();
      namespaces?.remove();
      if (source) await removeCollection(source);
      if (work) await rm(work, { recursive: true, force: true });
    });

    it('the first publish reaches all three kiosks, each file downloaded once', () => {
      const everyHash = [...new Set(first.files.map((f) => f.sha256))];
      for (const reach of firstReach) {
        // Nothing held at the start, then the first poll switches to version 1.
        expect(reach.lines[0]).toMatchObject({ event: 'opened', version: null, root: null });
        expect(reach.lines.find((l) => l.event === 'poll')).toMatchObject({ version: 1, problem: null });
        const fetched = reach.downloads.map(hashOf);
        expect(reach.downloads.every((l) => l.status === 200)).toBe(true);
        // Every file of the build and the whole file list, each once (no earlier list: no delta).
        expect(fetched.sort()).toEqual([...everyHash, first.pointer.list.sha256].sort());
        expect(reach.manifest).toBe(first.manifest);
      }
    });

    it('a one-photo change reaches all three, each kiosk downloading only the changed files', async () => {
      // Twice in a row: the second change starts from a list the kiosks got as a delta.
      for (let round = 0; round < 2; round++) {
        const before = current;
        const mark = (await nginx!.accessLog()).length;
        await writeImage(path.join(source, 'pieces/kawung-cap/full.png'), randomColour());
        current = await publish();
        const delta = current.pointer.delta;
        expect(delta?.fromList).toBe(before.pointer.list.sha256);
        await expectFleetOn(current);
        const changed = newHashes(before, current);
        expect(changed.length).toBeGreaterThan(0);
        expect(changed.length).toBeLessThan(current.files.length / 2);
        for (const link of namespaces!.links) {
          const downloads = await downloadsBy(link.kioskIp, mark);
          expect(
            downloads.map(hashOf).sort(),
            `round ${round + 1}, ${link.kioskIp}, list ${current.pointer.list.sha256}, delta ${delta!.sha256}`,
          ).toEqual([...changed, delta!.sha256].sort());
        }
      }
    }, 60_000);

    it('kiosk 2 loses its link mid-download; restored, it resumes with a Range request', async () => {
      const link = namespaces!.links[1]!;
      const kiosk = kiosks[1]!;
      const before = current;
      const mark = (await nginx!.accessLog()).length;
      await nginx!.slowDown(link.kioskIp, true);
      try {
        await writeNoise(path.join(source, 'pieces/kawung-cap/full.png'));
        current = await publish();
        const fresh = newHashes(before, current);
        const big = current.files.filter((f) => fresh.includes(f.sha256)).sort((a, b) => b.size - a.size)[0]!;
        // Five seconds and more at the slow rate: time enough to cut the link part-way.
        expect(big.size).toBeGreaterThan(5 * SLOW_BYTES_PER_SECOND);
        const store = path.join(kiosk.options.out, STORE_DIR);
        const part = path.join(store, `${big.sha256}.part`);
        // The cut waits until the big file is the only download in flight: with the smaller new
        // files (a search pack, say) still coming, whichever broke first was the one reported.
        const others = fresh.filter((hash) => hash !== big.sha256);
        await until(
          async () =>
            ((await stat(part).catch(() => null))?.size ?? 0) > 0 &&
            (await Promise.all(others.map((hash) => stat(path.join(store, hash)).catch(() => null)))).every(
              Boolean,
            ),
          `${big.path} arriving at kiosk 2, alone`,
        );
        const cutAt = kiosk.lines.length;
        namespaces!.setLink(link, false);
        try {
          const errors = (await nginx!.errorLog()).length;
          // nginx gives up on the stalled client (send_timeout), which shows in its error log.
          await until(
            async () => /client timed out/.test((await nginx!.errorLog()).slice(errors)),
            'nginx timing out on the cut link',
          );
          await nginx!.slowDown(link.kioskIp, false);
        } finally {
          namespaces!.setLink(link, true);
        }
        await expectFleetOn(current);
        // The cut broke kiosk 2's update off; until then it stayed on what it had.
        const broke = await kiosk.waitFor(
          (l) => /broke off|incomplete|could not be downloaded/.test(l.problem ?? ''),
          'the broken download reported',
          1_000,
          cutAt,
        );
        expect(broke.problem).toContain(big.path);
        expect(broke.version).toBe(before.pointer.version);
        const bigLines = (await downloadsBy(link.kioskIp, mark)).filter((l) => hashOf(l) === big.sha256);
        // One request cut short by the link, one Range request for the rest: the polls that came
        // meanwhile did not interrupt the download.
        expect(bigLines.map((l) => l.status)).toEqual([200, 206]);
        expect(bigLines[0]).toMatchObject({ range: null });
        expect(bigLines[0]!.bytes).toBeLessThan(big.size);
        expect(bigLines[1]!.range).toMatch(/^bytes=[1-9]\d*-$/);
        expect(kiosk.lines.filter((l) => /aborted|interrupted/.test(l.problem ?? ''))).toEqual([]);
        // Kiosks 1 and 3 were not slowed down and had no trouble.
        for (const other of [0, 2]) {
          const theirs = await downloadsBy(namespaces!.links[other]!.kioskIp, mark);
          expect(theirs.every((l) => l.status === 200)).toBe(true);
        }
      } finally {
        await nginx!.slowDown(link.kioskIp, false);
      }
    }, 60_000);

    it('a file altered on the server is refused, the kiosks stay, and recover once it is put right', async () => {
      const before = current;
      const rootsBefore = kiosks.map((k) => k.last()!.root);
      // Published aside, altered there, then put on the server files first and pointer last, as
      // an rsync would: the kiosks never see the right bytes of the altered file.
      const staging = path.join(work, 'staging');
      await rm(staging, { recursive: true, force: true });
      await cp(bundle, staging, { recursive: true });
      await writeImage(path.join(source, 'pieces/jlamprang-tulis/detail.png'), randomColour());
      const stagedResult = await publishBundle({
        source,
        to: staging,
        keyFile,
        out: path.join(work, 'publisher'),
        build: (s, o) => buildCollection({ source: s, out: o, tiles: false }),
      });
      const next: Published = {
        pointer: stagedResult.pointer!,
        files: stagedResult.files,
        manifest: await manifestOf(stagedResult.build.outDir!),
      };
      const altered = next.files.find(
        (f) => f.path.startsWith('media/') && !before.files.some((b) => b.sha256 === f.sha256),
      )!;
      const original = await readFile(path.join(staging, bundlePath(altered.sha256)));
      // The same length, other bytes: only the hash can tell.
      await writeFile(
        path.join(staging, bundlePath(altered.sha256)),
        Buffer.from(original).fill(0x41, 0, 64),
      );
      await cp(path.join(staging, 'files'), path.join(bundle, 'files'), { recursive: true, force: false });
      const marks = kiosks.map((k) => k.lines.length);
      await servePointer(await readFile(path.join(staging, POINTER_FILE), 'utf8'));
      current = next;

      const refused = await Promise.all(
        kiosks.map((kiosk, i) =>
          kiosk.waitFor(
            (l) => l.event === 'poll' && /altered at the source/.test(l.problem ?? ''),
            'the altered file refused',
            WAIT_MS,
            marks[i],
          ),
        ),
      );
      for (const [i, line] of refused.entries()) {
        expect(line.problem).toMatch(/does not match its SHA-256 in latest\.json/);
        expect(line.version).toBe(before.pointer.version);
        expect(line.root).toBe(rootsBefore[i]);
        await expectServes(line.root!, before);
      }
      // Put right on the server: the next polls go through.
      await writeFile(path.join(bundle, bundlePath(altered.sha256)), original);
      await expectFleetOn(current);
    }, 60_000);

    it('a replayed older latest.json, an expired one, one signed by another key and a forged one are refused', async () => {
      // A version after the first, so that the first is an older one to replay.
      await writeImage(path.join(source, 'motifs/jlamprang/drawing.png'), randomColour());
      current = await publish();
      await expectFleetOn(current);
      const held = await readFile(path.join(bundle, POINTER_FILE), 'utf8');
      const rootsBefore = kiosks.map((k) => k.last()!.root);
      const privateKey = await readPrivateKey(keyFile);
      const { keyId: ownKeyId, signature, ...unsigned } = current.pointer;
      const newer = { ...unsigned, version: current.pointer.version + 1 };
      const otherKey = await readPrivateKey(otherKeyFile);
      const otherKeyId = publicOf(otherKey).id;
      const otherSigned = signPointer(newer, otherKey, otherKeyId);
      const faults: { name: string; text: string; problem: RegExp }[] = [
        {
          name: 'replayed',
          text: firstPointerText,
          problem: /offers version 1, older than version \d+ held here: refused/,
        },
        {
          name: 'expired',
          text: JSON.stringify(
            signPointer(
              { ...newer, created: '2020-01-01T00:00:00.000Z', expiresAt: '2020-01-02T00:00:00.000Z' },
              privateKey,
              ownKeyId,
            ),
          ),
          problem: /expired at 2020-01-02T00:00:00.000Z/,
        },
        {
          name: 'another key',
          text: JSON.stringify(otherSigned),
          problem: new RegExp(`signed with key ${otherKeyId}, which this kiosk does not accept`),
        },
        {
          name: 'forged',
          text: JSON.stringify({ ...newer, keyId: ownKeyId, signature }),
          problem: /does not verify: it was changed after signing/,
        },
      ];
      try {
        for (const fault of faults) {
          const marks = kiosks.map((k) => k.lines.length);
          await servePointer(fault.text);
          const lines = await Promise.all(
            kiosks.map((kiosk, i) =>
              kiosk.waitFor(
                (l) => l.event === 'poll' && fault.problem.test(l.problem ?? ''),
                `the ${fault.name} pointer refused`,
                WAIT_MS,
                marks[i],
              ),
            ),
          );
          for (const [i, line] of lines.entries()) {
            expect(line.version, fault.name).toBe(current.pointer.version);
            expect(line.root, fault.name).toBe(rootsBefore[i]);
          }
        }
      } finally {
        await servePointer(held);
      }
      await expectFleetOn(current);
      for (const [i, kiosk] of kiosks.entries()) expect(kiosk.last()!.root).toBe(rootsBefore[i]);
    }, 60_000);

    it('with nginx down a restarting kiosk serves what it holds at once and says so', async () => {
      const kiosk = kiosks[2]!;
      const held = kiosk.last()!.root;
      await kiosk.stop();
      await nginx!.stop();
      try {
        kiosk.start();
        const opened = await kiosk.waitFor((l) => l.event === 'opened', 'the kiosk opening');
        // Before any network: what it verified last run.
        expect(opened).toMatchObject({ version: current.pointer.version, root: held, problem: null });
        await expectServes(opened.root!, current);
        const polled = await kiosk.waitFor((l) => l.event === 'poll', 'the first poll');
        expect(polled.problem).toMatch(/could not be reached/);
        expect(polled).toMatchObject({ version: current.pointer.version, root: held });
        // The kiosks that kept running say so too, and keep serving.
        for (const other of kiosks.slice(0, 2)) {
          const line = await other.waitFor(
            (l) => l.event === 'poll' && /could not be reached/.test(l.problem ?? ''),
            'the server reported unreachable',
            WAIT_MS,
            other.lines.length,
          );
          expect(line.version).toBe(current.pointer.version);
        }
      } finally {
        await nginx!.start();
      }
      await expectFleetOn(current);
    }, 60_000);

    it('a kiosk killed mid-download ends on the new version, verified, after a restart', async () => {
      const link = namespaces!.links[0]!;
      const kiosk = kiosks[0]!;
      const before = current;
      const rootBefore = kiosk.last()!.root;
      await nginx!.slowDown(link.kioskIp, true);
      let slowed = true;
      try {
        await writeNoise(path.join(source, 'pieces/jlamprang-tulis/full.png'));
        await writeImage(path.join(source, 'motifs/kawung/drawing.png'), randomColour());
        const mark = (await nginx!.accessLog()).length;
        current = await publish();
        const store = path.join(kiosk.options.out, STORE_DIR);
        // Mid-download: some new files complete in the store, the big one partly there.
        const wanted = newHashes(before, current);
        const big = current.files
          .filter((f) => wanted.includes(f.sha256))
          .sort((a, b) => b.size - a.size)[0]!;
        expect(big.size).toBeGreaterThan(5 * SLOW_BYTES_PER_SECOND);
        const atKill = await until(async () => {
          const names = await readdir(store).catch(() => [] as string[]);
          const done = names.filter((n) => wanted.includes(n));
          const part = (await stat(path.join(store, `${big.sha256}.part`)).catch(() => null))?.size ?? 0;
          return done.length > 0 && part > 0 ? { done } : null;
        }, 'kiosk 1 part-way through the download');
        const pid = kiosk.pid;
        await kiosk.stop('SIGKILL');
        // The dead kiosk's lock is still there, naming it: the restart must take it over.
        const lock = await readFile(path.join(kiosk.options.out, 'build.lock'), 'utf8');
        expect(Number(lock.split(' ')[0])).toBe(pid);
        await nginx!.slowDown(link.kioskIp, false);
        slowed = false;
        const restartMark = (await nginx!.accessLog()).length;
        kiosk.start();
        const opened = await kiosk.waitFor((l) => l.event === 'opened', 'the restarted kiosk opening');
        expect(opened).toMatchObject({ version: before.pointer.version, root: rootBefore });
        await expectFleetOn(current);
        const after = await downloadsBy(link.kioskIp, restartMark);
        // What was whole before the kill is not fetched again; a part is resumed with a Range.
        expect(after.filter((l) => atKill.done.includes(hashOf(l)))).toEqual([]);
        const resumed = after.filter((l) => hashOf(l) === big.sha256);
        expect(resumed).toMatchObject([{ status: 206, range: expect.stringMatching(/^bytes=[1-9]\d*-$/) }]);
        expect((await downloadsBy(link.kioskIp, mark)).length).toBeGreaterThan(after.length);
      } finally {
        if (slowed) await nginx!.slowDown(link.kioskIp, false);
      }
    }, 60_000);

    // Killed at each step of the switch itself (the download done): at its restart, before any
    // network, the kiosk serves one whole version - the old one until the pointer was swapped - and
    // it claims no version it has not recorded as verified; its next poll ends on the new version.
    for (const stage of ['build-folder', 'pointer', 'pointer-swapped'] as const) {
      it(`a kiosk killed mid-switch (${stage}) serves a whole version at once and ends on the new one`, async () => {
        const kiosk = kiosks[1]!;
        const before = current;
        const builds = path.join(kiosk.options.out, BUILDS_DIR);
        await kiosk.stop();
        kiosk.start(stage);
        await kiosk.waitFor(
          (l) => l.event === 'poll' && l.version === before.pointer.version && l.problem === null,
          'a poll on the version held',
        );
        await writeImage(path.join(source, 'motifs/kawung/drawing.png'), randomColour());
        current = await publish();
        expect(await kiosk.ended(`killing itself at ${stage}`)).toBe('SIGKILL');
        const partials = (await readdir(builds)).filter((name) => name.startsWith(PARTIAL_PREFIX));
        expect(partials.length).toBe(stage === 'build-folder' ? 1 : 0);

        kiosk.start();
        const opened = await kiosk.waitFor((l) => l.event === 'opened', 'the restarted kiosk opening');
        const swapped = stage === 'pointer-swapped';
        await expectServes(opened.root!, swapped ? current : before);
        expect(opened.version).toBe(swapped ? null : before.pointer.version);
        if (swapped) expect(opened.problem).toMatch(/stopped while switching versions/);
        await expectFleetOn(current);
        // What the interrupted switch left is pruned by the next: the live build and the last good one.
        const left = await readdir(builds);
        expect(left.filter((name) => name.startsWith(PARTIAL_PREFIX))).toEqual([]);
        expect(left.length).toBeLessThanOrEqual(2);
      }, 60_000);
    }
  },
);
