/**
 * The README's upload, run with the real rclone: the bundle's files first (`rclone sync --checksum
 * --exclude latest.json`), the pointer last (`rclone copy`), into a folder Debian's nginx serves to
 * a pulling kiosk. Between the two steps the kiosk must stay, verified, on the version it holds;
 * after the second it must switch. The destination is a local folder (rclone's local backend): an
 * S3-compatible bucket needs a server this machine does not have, and rclone treats both alike.
 *
 * Skipped, with the reason in the suite's name, where rclone or nginx is missing.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCollection } from '../../../../../electron/node/collection/build';
import { currentBuild } from '../../../../../electron/node/collection/build-folders';
import { POINTER_FILE } from '../../../../../electron/node/publish/bundle-pointer';
import { BundlePuller } from '../../../../../electron/node/publish/bundle-puller';
import { httpSource } from '../../../../../electron/node/publish/bundle-source';
import { publishBundle } from '../../../../../electron/node/publish/publish-bundle';
import { readPublicKey, writeKeyPair } from '../../../../../electron/node/publish/signing-keys';
import { makeMinCollection, removeCollection, writeImage } from '../../../support/fixture-helper';
import { nginxUnavailable, startNginx, type NginxServer } from '../../../support/nginx-server';

function rcloneUnavailable(): string | null {
  const version = spawnSync('rclone', ['version'], { encoding: 'utf8' });
  return version.status === 0 ? null : "rclone is not installed (Debian's rclone package)";
}

const skipReason = rcloneUnavailable() ?? nginxUnavailable();
if (skipReason) console.warn(`rclone-upload: skipped, ${skipReason}`);

/** Runs rclone with the README's arguments; a failure fails the test with rclone's own words. */
function rclone(...args: string[]): void {
  const run = spawnSync('rclone', [...args, '--config', '/dev/null'], { encoding: 'utf8' });
  expect(run.status, `rclone ${args.join(' ')}: ${run.stderr}`).toBe(0);
}

describe.skipIf(skipReason !== null)(
  `the README's rclone upload, pointer last${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let work: string;
    let source: string;
    let bundle: string;
    let site: string;
    let nginx: NginxServer;
    let keyFile: string;
    let puller: BundlePuller;
    let kiosk: string;

    const publish = async () => {
      const result = await publishBundle({
        source,
        to: bundle,
        keyFile,
        out: path.join(work, 'publisher'),
        build: (s, o) => buildCollection({ source: s, out: o, tiles: false }),
      });
      expect(result.changed).toBe(true);
      return result;
    };
    const pull = async () => {
      const outcome = await puller.pull({ signal: new AbortController().signal });
      expect(outcome.errors).toEqual([]);
      return puller.status();
    };
    const servedManifest = async () => readFile(path.join(currentBuild(kiosk)!, 'manifest.json'), 'utf8');

    beforeAll(async () => {
      work = await mkdtemp(path.join(tmpdir(), 'rclone-upload-'));
      source = await makeMinCollection();
      bundle = path.join(work, 'bundle');
      site = path.join(work, 'site');
      kiosk = path.join(work, 'kiosk');
      await mkdir(site);
      const keys = await writeKeyPair(path.join(work, 'keys'));
      keyFile = keys.privateFile;
      nginx = await startNginx({
        prefix: path.join(work, 'nginx'),
        root: site,
        listen: ['127.0.0.1'],
        port: randomInt(20_000, 60_000),
        slowRate: 1_000_000,
      });
      puller = new BundlePuller({
        source: httpSource(`http://127.0.0.1:${nginx.port}/`),
        out: kiosk,
        keys: [await readPublicKey(keys.publicFile)],
      });
    }, 60_000);
    afterAll(async () => {
      await nginx?.stop();
      await removeCollection(source);
      await rm(work, { recursive: true, force: true });
    });

    it('files first: the kiosk stays on its version; the pointer last: it switches', async () => {
      const first = await publish();
      rclone('sync', `${bundle}/`, `${site}/`, '--checksum', '--exclude', POINTER_FILE);
      // Without the pointer the kiosk finds nothing to pull yet.
      await expect(stat(path.join(site, POINTER_FILE))).rejects.toThrow();
      rclone('copy', path.join(bundle, POINTER_FILE), `${site}/`);
      const pointerOne = await readFile(path.join(site, POINTER_FILE), 'utf8');
      expect(await pull()).toMatchObject({ version: 1, problem: null });
      expect(await servedManifest()).toBe(
        await readFile(path.join(first.build.outDir!, 'manifest.json'), 'utf8'),
      );

      await writeImage(path.join(source, 'motifs/kawung/drawing.png'), '#7a3b1c');
      const second = await publish();
      rclone('sync', `${bundle}/`, `${site}/`, '--checksum', '--exclude', POINTER_FILE);
      // The new files are up, the old pointer is still there (sync leaves an excluded file alone).
      expect(await readFile(path.join(site, POINTER_FILE), 'utf8')).toBe(pointerOne);
      expect(await pull()).toMatchObject({ version: 1, problem: null });

      rclone('copy', path.join(bundle, POINTER_FILE), `${site}/`);
      expect(await pull()).toMatchObject({ version: 2, problem: null });
      expect(await servedManifest()).toBe(
        await readFile(path.join(second.build.outDir!, 'manifest.json'), 'utf8'),
      );
      // What nginx served came from rclone's copy: the kiosk asked it for files and pointers.
      const log = await nginx.accessLog();
      expect(log.filter((l) => l.path === `/${POINTER_FILE}` && l.status === 200).length).toBe(2);
    }, 60_000);
  },
);
