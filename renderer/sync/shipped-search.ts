import type {
  CollectionManifest,
  SearchIndexRef,
  ShippedSearchLayout,
} from '../../electron/shared/collection-records';
import type { KioskDb } from '../db/kiosk-db';
import { SEARCH_PART_PREFIX, type SearchPartRow, type StoredSearchIndex } from '../db/meta-rows';
import { SEARCH_INDEX_FORMAT } from '../../electron/shared/search';
import { ChunkDamagedError, chunkHash, loadPastBadCopy } from './chunk-digest';
import { storedPartKeys } from './search-parts-writer';
import type { CollectionSource } from './source';
import { partKey, searchPartFile, unpackParts } from '../../electron/shared/search/split-text';

/**
 * Files requested at once. Where packs are fetched (a first sync) two, not the six an origin
 * allows: the records' chunks are fetched at the same time, one after the other, and must not
 * queue behind the index's packs. Where only single parts are (after a change: a few small files
 * and one or two chunks), four: each part is a round trip of its own.
 */
const PARALLEL_PACK_FETCHES = 2;
const PARALLEL_PART_FETCHES = 4;
/**
 * Characters of part text per write. Each IndexedDB commit costs far more than its share of the
 * text, and waits for the chunk write under way (both write meta rows), so few large writes; but
 * not one of the whole index, whose clone would be one long task where this runs on the page.
 */
const CHARS_PER_WRITE = 2_000_000;
/** A pack is fetched whole when at least this share of its parts is missing, else part by part. */
const PACK_SHARE = 0.25;

type PartKey = SearchPartRow['key'];

/**
 * The build's index, when this kiosk can take it: it reads the index's format and the source can
 * fetch text files. Otherwise the kiosk builds its own from the records (build-search.ts).
 */
export function shippedSearchIndex(
  manifest: CollectionManifest,
  source: CollectionSource,
): SearchIndexRef | undefined {
  return manifest.search?.format === SEARCH_INDEX_FORMAT && source.text ? manifest.search : undefined;
}

/**
 * Downloads the search index the build shipped (see electron/node/collection/search-files.ts) and
 * stores the parts this kiosk does not hold yet; resolves with the layout for the slot's index row.
 * Each file is checked against what names it (the layout against the manifest's hash, a part against
 * its key's two hashes and length) and fetched once more past the cache when it does not match; a
 * second bad copy rejects with `ChunkDamagedError`. Parts stored before a failure are listed by no
 * index and go at the next flip, as a failed build's do.
 */
export async function storeShippedSearchIndex(
  db: KioskDb,
  source: CollectionSource,
  ref: SearchIndexRef,
): Promise<StoredSearchIndex> {
  const stored = storedPartKeys(db);
  const layoutText = await fetchVerified(source, ref.file, async (text) => {
    const actual = await chunkHash(new TextEncoder().encode(text).buffer as ArrayBuffer);
    if (actual !== null && actual !== ref.hash) throw new ChunkDamagedError(ref.file, actual);
    return text;
  });
  const { packs, ...index } = parseLayout(ref.file, layoutText);
  const have = await stored;
  const jobs = fetchJobs(packs, index.parts as PartKey[], have);
  let rows: SearchPartRow[] = [];
  let chars = 0;
  let writes = Promise.resolve();
  const flush = () => {
    const batch = rows;
    rows = [];
    chars = 0;
    // One write at a time, while the next files download.
    writes = writes.then(() => db.meta.bulkPut(batch).then(() => {}));
  };
  let next = 0;
  const work = async (): Promise<void> => {
    while (next < jobs.length) {
      for (const row of await jobs[next++]!(source)) {
        rows.push(row);
        chars += row.text.length;
      }
      if (chars >= CHARS_PER_WRITE) flush();
    }
  };
  try {
    const parallel = jobs.some((job) => job.pack) ? PARALLEL_PACK_FETCHES : PARALLEL_PART_FETCHES;
    await Promise.all(Array.from({ length: Math.min(parallel, jobs.length) }, work));
  } finally {
    // Also after a failed fetch: no write is left running past this function.
    if (rows.length > 0) flush();
    await writes;
  }
  return index as StoredSearchIndex;
}

type FetchJob = ((source: CollectionSource) => Promise<SearchPartRow[]>) & { pack?: true };

/** What to fetch for the parts not in `have`: whole packs where many are missing, else single parts. */
function fetchJobs(packs: ShippedSearchLayout['packs'], parts: PartKey[], have: ReadonlySet<string>) {
  const jobs: FetchJob[] = [];
  const covered = new Set<string>(have);
  for (const pack of packs) {
    const missing = (pack.parts as PartKey[]).filter((key) => !covered.has(key));
    for (const key of pack.parts) covered.add(key);
    if (missing.length === 0) continue;
    if (missing.length >= pack.parts.length * PACK_SHARE)
      jobs.push(packJob(pack.file, pack.parts as PartKey[]));
    else jobs.push(...missing.map(partJob));
  }
  // Parts no pack holds (none, from this project's builds) are fetched singly.
  for (const key of new Set(parts)) if (!covered.has(key)) jobs.push(partJob(key));
  return jobs;
}

function partJob(key: PartKey): FetchJob {
  const file = searchPartFile(key);
  return (source) => fetchVerified(source, file, (text) => [checkedPart(file, key, text)]);
}

/** A pack is its parts' texts one after the other: cut by the lengths their keys end in. */
function packJob(file: string, keys: PartKey[]): FetchJob {
  const job: FetchJob = (source) =>
    fetchVerified(source, file, (text) => {
      const texts = unpackParts(text, keys);
      if (!texts) throw new ChunkDamagedError(file, `${text.length} characters`);
      return keys.map((key, i) => checkedPart(file, key, texts[i]!));
    });
  job.pack = true;
  return job;
}

/** The part `key` read from `file`, or a `ChunkDamagedError` when its text does not hash to its key. */
function checkedPart(file: string, key: PartKey, text: string): SearchPartRow {
  const actual = partKey(text);
  if (actual !== key) throw new ChunkDamagedError(file, actual);
  return { key, text };
}

/**
 * A text file of the collection, as `read` takes it; `read` throws `ChunkDamagedError` for a bad
 * copy, which is then fetched once more past the cache (as chunks are, load-slot.ts).
 */
function fetchVerified<T>(
  source: CollectionSource,
  file: string,
  read: (text: string) => T | Promise<T>,
): Promise<T> {
  return loadPastBadCopy(async (options) => read(await source.text!(file, options)));
}

/** The layout file, or an error naming the file and the field. */
function parseLayout(file: string, text: string): ShippedSearchLayout {
  let value: Partial<ShippedSearchLayout>;
  try {
    value = JSON.parse(text) as Partial<ShippedSearchLayout>;
  } catch (error) {
    throw new Error(`${file}: ${String(error)}`);
  }
  const { parts, lines, chars, packs } = value;
  const isKey = (key: unknown) => typeof key === 'string' && key.startsWith(SEARCH_PART_PREFIX);
  if (!Array.isArray(parts) || !parts.every(isKey))
    throw new Error(`${file}: field "parts" must list part keys`);
  if (!Array.isArray(lines) || lines.reduce((sum, n) => sum + n, 0) !== parts.length)
    throw new Error(`${file}: field "lines" must count the parts line by line`);
  if (typeof chars !== 'number') throw new Error(`${file}: field "chars" must be a number`);
  if (
    !Array.isArray(packs) ||
    !packs.every((p) => typeof p?.file === 'string' && Array.isArray(p.parts) && p.parts.every(isKey))
  )
    throw new Error(`${file}: field "packs" must list files and their part keys`);
  return value as ShippedSearchLayout;
}
