import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CollectionManifest } from '../../shared/collection-records';
import { sha256 } from '../images/file-digest';
import { SIBLING_SUFFIX } from '../server/content-encoding';
import { asBuildRecord, RECORD_FILE, type BuildRecord } from './build-record';

/** A chunk's file name as the compiler writes it; anything else in a manifest is refused unread. */
export const CHUNK_FILE = /^chunks\/[a-z]+-([0-9a-f]{16})\.json$/;

function readJson(file: string): { bytes: Buffer; value: unknown } | null {
  try {
    const bytes = readFileSync(file);
    return { bytes, value: JSON.parse(bytes.toString('utf8')) };
  } catch {
    return null;
  }
}

/**
 * The quick check before a build folder is served: what a kiosk's sync reads must be whole. The
 * manifest parses and matches its integrity record, and every chunk it lists holds exactly the bytes
 * its content-named file says (the first 16 hex digits of its SHA-256, as `contentHash` names it).
 * Images and tiles are left to the full check of the next rebuild (`verifyBuildFolder`): reading
 * every tile before serving would delay each start by the time a full hash takes.
 *
 * A folder written before integrity records existed has no record; its chunks are still checked.
 * Returns the manifest version when the folder may be served, else null. Synchronous, since the
 * Electron protocol handler asks per request (the answer is cached, see `live-build.ts`).
 */
export function servableVersion(dir: string): string | null {
  const manifest = readJson(path.join(dir, 'manifest.json'));
  const parsed = manifest?.value as Partial<CollectionManifest> | undefined;
  if (!manifest || typeof parsed?.version !== 'string' || !Array.isArray(parsed.chunks)) return null;
  const record = readRecord(dir);
  if (record === 'unreadable') return null;
  if (record) {
    const expected = record.files['manifest.json'];
    if (record.version !== parsed.version || expected?.sha256 !== sha256(manifest.bytes)) return null;
  }
  for (const chunk of parsed.chunks) {
    const name = CHUNK_FILE.exec(String(chunk?.file));
    if (!name || name[1] !== chunk.hash) return null;
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(dir, chunk.file));
    } catch {
      return null;
    }
    if (sha256(bytes).slice(0, 16) !== chunk.hash) return null;
  }
  const texts = ['manifest.json', ...parsed.chunks.map((chunk) => String(chunk.file))];
  return texts.every((file) => siblingsIntact(dir, file, record)) ? parsed.version : null;
}

/**
 * The web host sends a chunk's or the manifest's `.br`/`.gz` sibling in place of the file, so a
 * damaged sibling would feed browsers wrong records while the plain file is fine. Each sibling must
 * be exactly what the integrity record says; one the record does not list (or a folder without a
 * record that has siblings) is not trusted. Siblings are a fraction of their file's size, so
 * hashing them adds little to this check.
 */
function siblingsIntact(dir: string, file: string, record: BuildRecord | null): boolean {
  return Object.values(SIBLING_SUFFIX).every((suffix) => {
    const expected = record?.files[`${file}${suffix}`];
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(dir, `${file}${suffix}`));
    } catch (error) {
      return expected === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT';
    }
    return expected?.sha256 === sha256(bytes);
  });
}

/** The files {@link servableVersion} reads, so a caller can tell by their stat that they changed. */
export function servedFiles(dir: string): string[] {
  const parsed = readJson(path.join(dir, 'manifest.json'))?.value as Partial<CollectionManifest> | undefined;
  const chunks = Array.isArray(parsed?.chunks) ? parsed.chunks.map((c) => String(c?.file)) : [];
  const texts = ['manifest.json', ...chunks.filter((file) => CHUNK_FILE.test(file))];
  const siblings = texts.flatMap((file) => Object.values(SIBLING_SUFFIX).map((suffix) => `${file}${suffix}`));
  return [RECORD_FILE, ...texts, ...siblings].map((file) => path.join(dir, file));
}

function readRecord(dir: string): BuildRecord | null | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(path.join(dir, RECORD_FILE), 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : 'unreadable';
  }
  try {
    return asBuildRecord(JSON.parse(text)) ?? 'unreadable';
  } catch {
    return 'unreadable';
  }
}
