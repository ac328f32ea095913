import {
  copyFileSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  ChunkRef,
  CollectionManifest,
  RecordKind,
  RecordsByKind,
} from '../../electron/shared/collection-records';
import { canonicalJson, contentHash, withHash } from '../../electron/node/collection/hash';
import { searchFiles } from '../../electron/node/collection/search-files';
import { readServedCollection } from './kiosk-fixtures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const KINDS: RecordKind[] = ['terms', 'places', 'makers', 'motifs', 'pieces'];

/** Every record of the served collection by kind, for a test to edit in place. */
export type VariantRecords = { [K in RecordKind]: RecordsByKind[K][] };

/** Hard-links a folder tree (copies where a link is refused), so a variant costs no disk space. */
function linkTree(from: string, to: string) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target);
      }
    }
  }
}

/**
 * Writes a variant of the collection the e2e run serves (the compiled sample, with its media)
 * into `.cache/e2e/variants/`: the records pass through `edit`, then get fresh record hashes,
 * chunks and a manifest version, as the compiler would write them. `remove()` deletes it again.
 */
export function writeSampleVariant(edit: (records: VariantRecords, manifest: CollectionManifest) => void): {
  root: string;
  remove: () => void;
} {
  const served = readServedCollection();
  const base = served.manifest;
  const records = Object.fromEntries(
    KINDS.map((kind) => [
      kind,
      base.chunks
        .filter((c) => c.kind === kind)
        .flatMap((c) => JSON.parse(readFileSync(path.join(served.root, c.file), 'utf8')) as unknown[]),
    ]),
  ) as VariantRecords;
  const manifest: CollectionManifest = structuredClone(base);
  edit(records, manifest);

  const parent = path.join(root, '.cache/e2e/variants');
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(path.join(parent, 'sample-'));
  linkTree(path.join(served.root, 'media'), path.join(dir, 'media'));
  mkdirSync(path.join(dir, 'chunks'));
  const chunks: ChunkRef[] = [];
  for (const kind of KINDS) {
    const list = records[kind].map(({ hash: _old, ...rest }) => withHash(rest));
    if (list.length === 0) continue;
    const text = JSON.stringify(list);
    const hash = contentHash(text);
    const file = `chunks/${kind}-${hash}.json`;
    writeFileSync(path.join(dir, file), text);
    chunks.push({ kind, file, hash, count: list.length });
  }
  const counts = Object.fromEntries(KINDS.map((k) => [k, records[k].length])) as Record<RecordKind, number>;
  // The variant's own search index, as the build ships one (the base's would not match its records).
  const search = searchFiles(records, manifest);
  mkdirSync(path.join(dir, 'search'));
  for (const [file, text] of search.files) writeFileSync(path.join(dir, file), text);
  const version = contentHash(
    canonicalJson({ chunks: chunks.map((c) => c.hash), base: base.version, search: search.ref.hash }),
  );
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({ ...manifest, version, counts, chunks, search: search.ref }),
  );
  return { root: dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
