// `npm run bench -- publish`: one publisher and three kiosks. A copy of the sample collection is
// published (deep-zoom tiles and all) and served by Debian's nginx; three kiosks (bundle pullers,
// each with its own store, as in three machines) pull it; then one photo is replaced, published
// again, and each kiosk pulls the change. Measured: what the bundle holds, the bytes the change
// added to it, and the bytes each kiosk received for it (bodies counted as they arrive, HTTP headers
// as sent), and the time from the start of the second publish until all kiosks have verified and
// switched to it (pulled at once, as the admin's "sync now" does; a poll interval would add to it).
// Same-run baseline: the change's own bytes. Budget: per kiosk <= 1.1x those + 64 KB. Prints one
// JSON object as the last line of stdout.
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { buildCollection } from '../../electron/node/collection/build';
import { currentBuild } from '../../electron/node/collection/build-folders';
import { drawCollection } from '../../electron/node/sample-art/draw-collection';
import { BundlePuller } from '../../electron/node/publish/bundle-puller';
import { httpSource } from '../../electron/node/publish/bundle-source';
import { publishBundle } from '../../electron/node/publish/publish-bundle';
import { readPublicKey, writeKeyPair } from '../../electron/node/publish/signing-keys';
import { startNginx } from './publish/nginx';

const root = path.resolve(import.meta.dirname, '../..');
const log = (line: string) => console.error(`[publish] ${line}`);
const KIOSKS = 3;
const MB = 1e6;
const round = (n: number, places = 3) => Math.round(n * 10 ** places) / 10 ** places;

/** A fetch that adds every response's body bytes and header bytes to `counter.bytes`. */
function countingFetch(counter: { bytes: number; requests: number }): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    counter.requests++;
    counter.bytes +=
      17 + [...response.headers].reduce((sum, [name, value]) => sum + name.length + value.length + 4, 0);
    if (!response.body) return response;
    const counted = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          counter.bytes += chunk.byteLength;
          controller.enqueue(chunk);
        },
      }),
    );
    return new Response(counted, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}

async function main(): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'bench-publish-'));
  const load = () => round(loadavg()[0]!, 2);
  const loadBefore = load();
  try {
    const source = path.join(work, 'collection');
    await cp(path.join(root, 'collection'), source, { recursive: true });
    log('drawing the sample images (skipped where the copy has them)...');
    await drawCollection(source);
    const keys = await writeKeyPair(path.join(work, 'keys'));
    const bundle = path.join(work, 'bundle');
    const publish = () =>
      publishBundle({
        source,
        to: bundle,
        keyFile: keys.privateFile,
        out: path.join(work, 'publisher'),
        build: (s, o) => buildCollection({ source: s, out: o }),
      });

    log('first publish (a full build with deep-zoom tiles)...');
    let start = performance.now();
    const first = await publish();
    const firstPublishMs = performance.now() - start;
    if (!first.pointer) throw new Error('the first publish failed');
    const server = await startNginx(bundle);
    try {
      const publicKey = await readPublicKey(keys.publicFile);
      const counters = Array.from({ length: KIOSKS }, () => ({ bytes: 0, requests: 0 }));
      const kiosks = counters.map(
        (counter, i) =>
          new BundlePuller({
            source: httpSource(server.url, countingFetch(counter)),
            out: path.join(work, `kiosk-${i + 1}`),
            keys: [publicKey],
          }),
      );
      const pullAll = async () => {
        const outcomes = await Promise.all(
          kiosks.map((kiosk) => kiosk.pull({ signal: new AbortController().signal })),
        );
        const failed = outcomes.find((outcome) => !outcome.ok);
        if (failed) throw new Error(`a kiosk did not update: ${failed.errors[0]?.message}`);
      };
      start = performance.now();
      await pullAll();
      const firstPropagationMs = performance.now() - start;
      const firstTransferMB = Math.max(...counters.map((c) => c.bytes)) / MB;

      // One photo replaced: another picture of the same size, as a re-photographed cloth would be.
      const pieceYaml = await readFile(path.join(source, 'pieces/kawung-picis-1930/piece.yaml'), 'utf8');
      const photo = /file: (\S+)/.exec(pieceYaml)![1]!;
      const photoFile = path.join(source, 'pieces/kawung-picis-1930', photo);
      const { width, height } = await sharp(photoFile).metadata();
      const noise = Buffer.alloc(width! * height! * 3);
      for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
      await sharp(noise, { raw: { width: width!, height: height!, channels: 3 } })
        .jpeg({ quality: 85 })
        .toFile(`${photoFile}.new`);
      await cp(`${photoFile}.new`, photoFile);
      await rm(`${photoFile}.new`);

      for (const counter of counters) Object.assign(counter, { bytes: 0, requests: 0 });
      start = performance.now();
      const second = await publish();
      const publishMs = performance.now() - start;
      await pullAll();
      const propagationMs = performance.now() - start;
      const versions = new Set(kiosks.map((kiosk) => kiosk.status().version));
      if (versions.size !== 1 || !versions.has(second.pointer!.version))
        throw new Error(`kiosks hold versions ${[...versions].join(', ')}`);
      const manifests = await Promise.all(
        kiosks.map((_, i) =>
          readFile(path.join(currentBuild(path.join(work, `kiosk-${i + 1}`))!, 'manifest.json'), 'utf8'),
        ),
      );
      const published = await readFile(path.join(second.build.outDir!, 'manifest.json'), 'utf8');
      if (manifests.some((m) => m !== published))
        throw new Error('a kiosk serves another manifest than the one published');

      const changedMB = second.bytesWritten / MB;
      const transferMB = Math.max(...counters.map((c) => c.bytes)) / MB;
      const budgetMB = 1.1 * changedMB + 0.064;
      console.log(
        JSON.stringify({
          bench: 'publish',
          date: new Date().toISOString(),
          loadBefore,
          loadAfter: load(),
          server: server.name,
          kiosks: KIOSKS,
          bundleMB: round(first.totalBytes / MB),
          bundleFiles: first.totalFiles,
          firstPublishMs: Math.round(firstPublishMs),
          firstPropagationMs: Math.round(firstPropagationMs),
          firstTransferMB: round(firstTransferMB),
          oneChangeFilesWritten: second.filesWritten,
          oneChangeChangedMB: round(changedMB),
          oneChangeTransferMB: round(transferMB),
          oneChangeRequests: Math.max(...counters.map((c) => c.requests)),
          oneChangePublishMs: Math.round(publishMs),
          propagationMs: Math.round(propagationMs),
          budgetTransferMB: round(budgetMB),
          transferBudgetMet: transferMB <= budgetMB,
        }),
      );
    } finally {
      await server.stop();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
