import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { COMPILED_SCHEMA_VERSION } from '../../shared/collection-records';
import type { ChunkRef, CollectionManifest, LangMap, RecordKind } from '../../shared/collection-records';
import { precompressFile } from '../server/precompress';
import type { CompiledRecords } from './compile';
import { canonicalJson, contentHash } from './hash';
import { writeSearchFiles } from './search-files';

/**
 * Records per chunk file: one IndexedDB transaction each on the kiosk. A changed record makes its
 * kiosk download its whole chunk again, and Chromium takes ~45 ms a MB to hand a download to the
 * page (measured 2026-12-05 on the 2-core machines), so 250 pieces (~0.6 MB) rather than 500:
 * a one-record change synced in a median 138-146 ms instead of 176-197 at 10,000 pieces, the
 * first sync no slower.
 */
const CHUNK_SIZE = 250;

const KINDS: RecordKind[] = ['terms', 'places', 'makers', 'motifs', 'pieces'];

/** Collection-level settings that go into the manifest next to the chunk list. */
export interface ManifestSettings {
  museum: LangMap;
  title: LangMap;
  languages: string[];
  defaultLanguage: string;
  fallback: string[];
  synonyms: string[][];
}

/**
 * Writes the records as content-named chunk files plus `manifest.json` into `outDir`. The same
 * records always give the same file names, and the version changes whenever any record or
 * setting changes.
 */
export async function writeChunksAndManifest(
  outDir: string,
  records: CompiledRecords,
  settings: ManifestSettings,
  builtAt: Date,
  /** The live build's folder: its search index is taken when it was made from the same records. */
  previousDir?: string | null,
): Promise<CollectionManifest> {
  await mkdir(path.join(outDir, 'chunks'), { recursive: true });
  await mkdir(path.join(outDir, 'search'), { recursive: true });
  const chunks: ChunkRef[] = [];
  for (const kind of KINDS) {
    const list = records[kind];
    for (let start = 0; start < list.length; start += CHUNK_SIZE) {
      const part = list.slice(start, start + CHUNK_SIZE);
      const text = JSON.stringify(part);
      const hash = contentHash(text);
      const file = `chunks/${kind}-${hash}.json`;
      await writeText(path.join(outDir, file), text);
      chunks.push({ kind, file, hash, count: part.length });
    }
  }
  const chunkHashes = chunks.map((c) => c.hash);
  const search = await writeSearchFiles(outDir, records, settings, writeText, chunkHashes, previousDir);
  // The settings are hashed in too: a new synonym or language must also reach the kiosks; so is
  // the index, which a new builder may write differently from the same records.
  const version = contentHash(
    canonicalJson({
      schema: COMPILED_SCHEMA_VERSION,
      chunks: chunkHashes,
      settings,
      search: search.hash,
    }),
  );
  const counts = Object.fromEntries(KINDS.map((k) => [k, records[k].length])) as Record<RecordKind, number>;
  const manifest: CollectionManifest = {
    schema: COMPILED_SCHEMA_VERSION,
    version,
    builtAt: builtAt.toISOString(),
    museum: settings.museum,
    title: settings.title,
    languages: settings.languages,
    defaultLanguage: settings.defaultLanguage,
    fallback: settings.fallback,
    counts,
    chunks,
    synonyms: settings.synonyms,
    search,
  };
  await writeText(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/**
 * Writes a text file and its `.br`/`.gz` siblings, which the web host sends to browsers that accept
 * them. The siblings are build output like the rest: `integrity.json` records them and the
 * servable check compares them with that record (`servable-build.ts`).
 */
async function writeText(file: string, text: string): Promise<void> {
  const bytes = Buffer.from(text);
  await writeFile(file, bytes);
  await precompressFile(file, 'quick', bytes);
}
