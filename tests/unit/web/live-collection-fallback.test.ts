import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCollection } from '../../../electron/node/collection/build';
import type { DeriveFn, ImageDerivatives } from '../../../electron/node/collection/image-adapter';
import { LiveCollection } from '../../../electron/node/web/live-collection';
import { makeMinCollection, removeCollection } from '../collection/fixture-helper';

let source: string;
let out: string;

beforeEach(async () => {
  source = await makeMinCollection();
  out = await mkdtemp(path.join(tmpdir(), 'live-fallback-'));
});
afterEach(async () => {
  await removeCollection(source);
  await rm(out, { recursive: true, force: true });
});

const fakeDerive: DeriveFn = async (jobs) =>
  new Map<string, ImageDerivatives | Error>(
    jobs.map((job) => [
      job.id,
      {
        width: 1200,
        height: 800,
        thumbs: { '256': `media/${job.id}-256.webp` },
        display: `media/${job.id}.webp`,
        palette: [{ family: 'soga', hex: '#8a5a2b', share: 1 }],
        sourceHash: job.id,
      },
    ]),
  );

/** The host's compiler, in this thread (the worker would load the real image pipeline). */
const compile = (input: { source: string; out: string }) =>
  buildCollection({ ...input, tiles: false, derive: fakeDerive });

describe('the web host with a damaged current.json', () => {
  it('serves the intact build on disk while the curator folder is broken, and says so', async () => {
    const good = await compile({ source, out });
    expect(good.ok).toBe(true);
    await writeFile(path.join(out, 'current.json'), 'garbage');
    const piece = path.join(source, 'pieces/kawung-cap/piece.yaml');
    await writeFile(piece, (await readFile(piece, 'utf8')).replace('motif: kawung', 'motif: kawung-besar'));

    const lines: string[] = [];
    const onUpdated = vi.fn();
    const live = new LiveCollection({ source, out, build: compile, onUpdated, print: (l) => lines.push(l) });
    expect(live.root()).toBe(good.outDir);
    await live.start(false);
    expect(live.status().lastFailure).not.toBeNull();
    expect(live.root()).toBe(good.outDir);
    expect(lines.at(-1)).toBe(`Serving the last good build from ${good.outDir}.`);
    expect(lines.join('\n')).not.toMatch(/No earlier good build/);
    expect(onUpdated).not.toHaveBeenCalled();
  });
});
