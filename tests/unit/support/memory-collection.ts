import { createHash } from 'node:crypto';
import {
  COMPILED_SCHEMA_VERSION,
  type ChunkRef,
  type CollectionManifest,
  type PieceRecord,
  type RecordKind,
  type RecordsByKind,
} from '../../../electron/shared/collection-records';
import type { SearchInput } from '../../../electron/shared/search';
import type { CollectionSource, ManifestResult } from '../../../renderer/sync/source';

const hash = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/** The search index's input for `pieces` alone, in Indonesian and English. */
export function piecesOnlyInput(pieces: PieceRecord[]): SearchInput {
  return { pieces, motifs: [], terms: [], makers: [], places: [], synonyms: [], languages: ['id', 'en'] };
}

/** A minimal valid piece; `title` lets a test change one record's content. */
export function piece(id: string, title = `Piece ${id}`, motifIds: string[] = ['parang']): PieceRecord {
  const base: Omit<PieceRecord, 'hash'> = {
    id,
    accession: `T.${id}`,
    objectType: 'kain-panjang',
    group: 'pesisiran',
    title: { id: title, en: title },
    summary: { id: '' },
    description: { id: '' },
    motifs: motifIds.map((motif) => ({ motif })),
    motifIds,
    techniques: ['tulis'],
    dyes: [],
    colours: ['indigo'],
    production: { makers: [], region: 'pekalongan', date: { display: { id: '1900' }, earliest: 1900 } },
    display: { onDisplay: true },
    media: [],
    related: [],
    notes: [],
  };
  return { ...base, hash: hash(base) };
}

/** `record` with its `hash` made again from its content, as the compiler makes it (after an edit). */
export function rehashed<T extends { hash: string }>(record: T): T {
  const { hash: _old, ...content } = record;
  return { ...content, hash: hash(content) } as T;
}

export type Records = Partial<{ [K in RecordKind]: RecordsByKind[K][] }>;

/** A compiled collection held in memory: manifest plus chunk files, chunked `size` records a file. */
export interface MemoryCollection {
  manifest: CollectionManifest;
  files: Map<string, unknown[]>;
}

export function compile(records: Records, size = 2): MemoryCollection {
  const files = new Map<string, unknown[]>();
  const chunks: ChunkRef[] = [];
  const counts = { pieces: 0, motifs: 0, terms: 0, makers: 0, places: 0 };
  for (const kind of Object.keys(counts) as RecordKind[]) {
    const list = records[kind] ?? [];
    counts[kind] = list.length;
    for (let i = 0; i < list.length; i += size) {
      const part = list.slice(i, i + size);
      const h = hash(part);
      const file = `${kind}-${h}.json`;
      files.set(file, part);
      chunks.push({ kind, file, hash: h, count: part.length });
    }
  }
  const manifest: CollectionManifest = {
    schema: COMPILED_SCHEMA_VERSION,
    version: hash(chunks.map((c) => c.hash)),
    builtAt: '2026-01-01T00:00:00Z',
    museum: { id: 'Museum' },
    title: { id: 'Koleksi' },
    languages: ['id', 'en'],
    defaultLanguage: 'id',
    fallback: ['id', 'en'],
    counts,
    chunks,
    synonyms: [],
  };
  return { manifest, files };
}

/** A source serving one collection at a time, recording every chunk it hands out. */
export class MemorySource implements CollectionSource {
  fetchedChunks: string[] = [];
  manifestCalls = 0;
  /** Chunk requests since the last manifest was asked for, i.e. in this sync. */
  private chunkRequests = 0;
  /**
   * Called before a chunk is served, with how many chunks this sync asked for before this one (it
   * asks for the next chunk while it writes one); throw to simulate a failure mid-sync.
   */
  beforeChunk: (ref: ChunkRef, served: number) => void | Promise<void> = () => {};

  constructor(public current: MemoryCollection | 'unreachable' | 'no-collection') {}

  async manifest(): Promise<ManifestResult> {
    this.manifestCalls++;
    this.chunkRequests = 0;
    if (this.current === 'unreachable' || this.current === 'no-collection') {
      return { ok: false, problem: this.current, detail: this.current };
    }
    return { ok: true, manifest: structuredClone(this.current.manifest) };
  }

  async chunk(ref: ChunkRef): Promise<unknown[]> {
    if (typeof this.current === 'string') throw new Error(`${ref.file}: host gone`);
    await this.beforeChunk(ref, this.chunkRequests++);
    const records = this.current.files.get(ref.file);
    if (!records) throw new Error(`${ref.file}: HTTP 404`);
    this.fetchedChunks.push(ref.file);
    return structuredClone(records);
  }
}
