import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { COMPILED_SCHEMA_VERSION } from '../../shared/collection-records';
import type { CollectionManifest, MotifRecord, PieceRecord } from '../../shared/collection-records';
import { currentBuild } from './build-folders';
import { contentHash } from './hash';
import { CHUNK_FILE } from './servable-build';

/** The pieces and motifs of the live build, where a held-back record's last good version comes from. */
export interface PreviousRecords {
  /** The live build folder (absolute): its `media/` holds the records' derivatives. */
  dir: string;
  pieces: Map<string, PieceRecord>;
  motifs: Map<string, MotifRecord>;
}

/** What {@link readPreviousRecords} found: the records, nothing (no live build), or why it could not read them. */
export type PreviousBuild = PreviousRecords | { unreadable: string } | null;

async function readChunk<T>(dir: string, file: string, hash: string): Promise<T[]> {
  if (!CHUNK_FILE.test(file)) throw new Error(`the manifest names an unexpected file ${file}`);
  const text = await readFile(path.join(dir, file), 'utf8');
  // `currentBuild` served this folder only after checking its chunks; they are read again here,
  // so a chunk damaged since then must not bring a damaged record back to life.
  if (contentHash(text) !== hash) throw new Error(`${file} does not match its hash`);
  const records = JSON.parse(text) as unknown;
  if (!Array.isArray(records)) throw new Error(`${file} is not a list of records`);
  return records as T[];
}

/**
 * Reads the piece and motif records of the build `<out>/current.json` points to. Only whole,
 * intact chunks of the current compiled schema are used: a build of an older schema or with a
 * chunk that does not match its hash counts as unreadable, and nothing of it is reused.
 */
export async function readPreviousRecords(out: string): Promise<PreviousBuild> {
  const dir = currentBuild(out);
  if (!dir) return null;
  try {
    const manifest = JSON.parse(
      await readFile(path.join(dir, 'manifest.json'), 'utf8'),
    ) as CollectionManifest;
    if (manifest.schema !== COMPILED_SCHEMA_VERSION) {
      return { unreadable: `it was made in an older format (${String(manifest.schema)})` };
    }
    const pieces = new Map<string, PieceRecord>();
    const motifs = new Map<string, MotifRecord>();
    for (const chunk of manifest.chunks) {
      if (chunk.kind === 'pieces') {
        for (const r of await readChunk<PieceRecord>(dir, chunk.file, chunk.hash)) pieces.set(r.id, r);
      } else if (chunk.kind === 'motifs') {
        for (const r of await readChunk<MotifRecord>(dir, chunk.file, chunk.hash)) motifs.set(r.id, r);
      }
    }
    return { dir, pieces, motifs };
  } catch (err) {
    return { unreadable: readableReason(err) };
  }
}

/** A reason without the absolute paths and parser details that Node's own messages carry. */
function readableReason(err: unknown): string {
  if ((err as NodeJS.ErrnoException).code) return 'one of its files is missing or cannot be opened';
  if (err instanceof SyntaxError) return 'one of its files is damaged';
  return err instanceof Error ? err.message : String(err);
}
