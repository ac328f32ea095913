import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type {
  ChunkRef,
  CollectionManifest,
  MakerRecord,
  MotifRecord,
  PieceRecord,
  PlaceRecord,
  RecordKind,
  TermRecord,
} from '../../electron/shared/collection-records';
import { withHash } from '../../electron/node/collection/hash';
import { searchFiles } from '../../electron/node/collection/search-files';

/** The small hand-made compiled collection; store tests start from it so their counts are fixed. */
export const FIXTURE_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/compiled',
);

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

function readRecords(root: string, manifest: CollectionManifest, kind: RecordKind): unknown[] {
  return manifest.chunks
    .filter((c) => c.kind === kind)
    .flatMap((c) => JSON.parse(readFileSync(path.join(root, c.file), 'utf8')) as unknown[]);
}

/**
 * Writes a new compiled collection to a temp folder: the fixture's records plus `extraPieces`
 * copies of its pieces under new ids, with pieces cut into chunks of `chunkSize`. The media folder
 * is copied so every image URL still resolves inside the served root.
 */
export function writeVariant(
  extraPieces: number,
  chunkSize: number,
  /** Edits the records and the manifest's settings before anything is written. */
  edit?: (variant: { manifest: CollectionManifest; pieces: PieceRecord[] }) => void,
): { root: string; manifest: CollectionManifest } {
  const base = JSON.parse(
    readFileSync(path.join(FIXTURE_ROOT, 'manifest.json'), 'utf8'),
  ) as CollectionManifest;
  const pieces = readRecords(FIXTURE_ROOT, base, 'pieces') as PieceRecord[];
  const root = mkdtempSync(path.join(tmpdir(), 'kiosk-variant-'));
  cpSync(path.join(FIXTURE_ROOT, 'media'), path.join(root, 'media'), { recursive: true });
  mkdirSync(path.join(root, 'chunks'));

  for (let i = 0; i < extraPieces; i++) {
    const model = pieces[i % 3]!;
    pieces.push({ ...model, id: `${model.id}-copy-${i}`, accession: `${model.accession}.${i}` });
  }
  edit?.({ manifest: base, pieces });
  // Each record's hash made again from its content, as the compiler makes it: the sync trusts a
  // record with an unchanged hash to be unchanged, and copies and edits above changed content.
  pieces.splice(0, pieces.length, ...pieces.map(({ hash: _old, ...rest }) => withHash(rest)));
  const chunks: ChunkRef[] = [];
  const write = (kind: RecordKind, records: unknown[]) => {
    const text = JSON.stringify(records);
    const file = `chunks/${kind}-${hash(text)}.json`;
    writeFileSync(path.join(root, file), text);
    chunks.push({ kind, file, hash: hash(text), count: records.length });
  };
  const vocabularies = {
    terms: readRecords(FIXTURE_ROOT, base, 'terms') as TermRecord[],
    places: readRecords(FIXTURE_ROOT, base, 'places') as PlaceRecord[],
    makers: readRecords(FIXTURE_ROOT, base, 'makers') as MakerRecord[],
    motifs: readRecords(FIXTURE_ROOT, base, 'motifs') as MotifRecord[],
  };
  for (const [kind, records] of Object.entries(vocabularies))
    if (records.length > 0) write(kind as RecordKind, records);
  for (let i = 0; i < pieces.length; i += chunkSize) write('pieces', pieces.slice(i, i + chunkSize));
  // The variant's own search index, as the build ships one (the fixture's would not match it).
  const search = searchFiles({ ...vocabularies, pieces }, base);
  mkdirSync(path.join(root, 'search'));
  for (const [file, text] of search.files) writeFileSync(path.join(root, file), text);

  const manifest: CollectionManifest = {
    ...base,
    version: hash([...chunks.map((c) => c.hash), search.ref.hash].join()),
    counts: { ...base.counts, pieces: pieces.length },
    chunks,
    search: search.ref,
  };
  writeFileSync(path.join(root, 'manifest.json'), JSON.stringify(manifest));
  return { root, manifest };
}
