import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { buildCollection } from '../../../../../electron/node/collection/build';
import type { BuildOptions, BuildResult } from '../../../../../electron/node/collection/build';
import type { MotifRecord, PieceRecord, TermRecord } from '../../../../../electron/shared/collection-records';
import { fileWritingDerive, recordsOf } from './fake-pipeline';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';

/** A temp copy of collection-min, an output folder, and the edits a curator makes between builds. */
export interface HoldBackSetup {
  source: string;
  out: string;
  build: (extra?: Partial<BuildOptions>) => Promise<BuildResult>;
  /** Rewrites a file of the collection (path relative to it). */
  edit: (rel: string, change: (text: string) => string) => Promise<void>;
  /** Copies one folder of the collection to another name, as a curator starting a new piece would. */
  copy: (from: string, to: string) => Promise<void>;
  cleanup: () => Promise<void>;
}

export async function holdBackSetup(): Promise<HoldBackSetup> {
  const source = await makeMinCollection();
  const out = await mkdtemp(path.join(tmpdir(), 'collection-out-'));
  return {
    source,
    out,
    build: (extra = {}) => buildCollection({ source, out, derive: fileWritingDerive, ...extra }),
    edit: async (rel, change) => {
      const file = path.join(source, rel);
      await writeFile(file, change(await readFile(file, 'utf8')));
    },
    copy: (from, to) => cp(path.join(source, from), path.join(source, to), { recursive: true }),
    cleanup: async () => {
      await removeCollection(source);
      await rm(out, { recursive: true, force: true });
    },
  };
}

/** The pieces and motifs of a build folder, by id. */
export async function liveRecords(
  dir: string,
): Promise<{ pieces: Map<string, PieceRecord>; motifs: Map<string, MotifRecord> }> {
  const pieces = await recordsOf<PieceRecord>(dir, 'pieces');
  const motifs = await recordsOf<MotifRecord>(dir, 'motifs');
  return { pieces: new Map(pieces.map((p) => [p.id, p])), motifs: new Map(motifs.map((m) => [m.id, m])) };
}

/**
 * Asserts that every id the renderer looks up in a build resolves inside it: motifs and related
 * records by id, terms as `${vocab}:${key}`, makers and places by id. A held-back record must never
 * leave a reference behind that a screen would follow into nothing.
 */
export async function expectNoDanglingReferences(dir: string): Promise<void> {
  const { pieces, motifs } = await liveRecords(dir);
  const terms = new Set((await recordsOf<TermRecord>(dir, 'terms')).map((t) => t.id));
  const makers = new Set((await recordsOf<{ id: string }>(dir, 'makers')).map((m) => m.id));
  const places = new Set((await recordsOf<{ id: string }>(dir, 'places')).map((p) => p.id));
  const dangling: string[] = [];
  const want = (ok: boolean, what: string) => {
    if (!ok) dangling.push(what);
  };
  const term = (owner: string, vocab: string, key: string | undefined) =>
    key === undefined || want(terms.has(`${vocab}:${key}`), `${owner} -> ${vocab}:${key}`);
  for (const p of pieces.values()) {
    const at = `pieces/${p.id}`;
    for (const m of p.motifIds) want(motifs.has(m), `${at} -> motif ${m}`);
    for (const m of p.motifs) term(at, 'part', m.part);
    for (const r of p.related) want(pieces.has(r), `${at} -> piece ${r}`);
    term(at, 'garment', p.objectType);
    term(at, 'group', p.group);
    p.techniques.forEach((k) => term(at, 'technique', k));
    p.dyes.forEach((k) => term(at, 'dye', k));
    p.colours.forEach((k) => term(at, 'colour', k));
    term(at, 'fabric', p.fabric);
    term(at, 'region', p.production.region);
    term(at, 'era', p.production.era);
    for (const m of p.production.makers) want(makers.has(m.maker), `${at} -> maker ${m.maker}`);
    if (p.production.place) want(places.has(p.production.place), `${at} -> place ${p.production.place}`);
  }
  for (const m of motifs.values()) {
    const at = `motifs/${m.id}`;
    for (const r of m.related) want(motifs.has(r), `${at} -> motif ${r}`);
    term(at, 'family', m.family);
    m.colours.forEach((k) => term(at, 'colour', k));
    for (const o of m.origins) want(places.has(o), `${at} -> place ${o}`);
  }
  expect(dangling).toEqual([]);
}
