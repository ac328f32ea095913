import { COMPILED_SCHEMA_VERSION, type CollectionManifest } from '../../electron/shared/collection-records';
import type { KioskDb } from '../db/kiosk-db';
import {
  SEARCH_INDEX_STORAGE,
  searchIndexKey,
  type PointerRow,
  type StoredSearchIndex,
} from '../db/meta-rows';
import { readPointer } from '../db/read';
import { STORE_SCHEMA_VERSION, otherSlot, type Slot } from '../db/schema';
import { buildSearchIndex, type SearchBuilder } from './build-search';
import { loadSlot, type LoadStats } from './load-slot';
import { pieceChangesSince } from './piece-changes';
import type { ProgressListener } from './progress';
import { dropUnlistedParts } from './search-parts-writer';
import { clearSlot } from './slot-writer';
import { shippedSearchIndex, storeShippedSearchIndex } from './shipped-search';
import { restoreSearchIndex, searchIndexRow } from './stored-search-index';
import { ChunkDamagedError } from './chunk-digest';
import type { CollectionSource, HostProblem } from './source';
import { slotProblem } from './verify-slot';

export interface SyncOptions {
  /** Ignore the cached version and the inactive slot's contents; fetch everything again. */
  rebuild?: boolean;
  onProgress?: ProgressListener;
  /**
   * What happens to the previous slot after the flip. `level` (default) applies the same change to
   * it, copying locally, so the next sync only writes what changes then; `clear` empties it.
   */
  afterFlip?: 'level' | 'clear';
  /**
   * `background` resolves the sync as soon as the new collection is live and searchable and settles
   * the old slot afterwards (see `whenSettled`); `await` (default) resolves after the settle too.
   */
  settle?: 'await' | 'background';
  buildSearch?: SearchBuilder;
}

/** Settles still running per database name: the next sync of that database waits for them. */
const settling = new Map<string, Promise<void>>();

/**
 * Resolves once the old slot of the last sync of `db` is settled (at once when none is running).
 * A background settle is the only store write that outlives `syncCollection`; close the database
 * only after this.
 */
export function whenSettled(db: KioskDb): Promise<void> {
  return settling.get(db.name) ?? Promise.resolve();
}

export type SyncOutcome =
  | { kind: 'unchanged'; version: string }
  | ({ kind: 'synced'; version: string; slot: Slot } & LoadStats)
  /** The host gave no usable manifest; `cached` says whether a previous collection is still live. */
  | { kind: 'host-unavailable'; problem: HostProblem; detail: string; cached: boolean }
  /**
   * The sync started but could not finish; the previous collection (if any) is still live. `damaged`:
   * a chunk's bytes did not match the manifest's hash, twice (the second time past the HTTP cache).
   */
  | {
      kind: 'failed';
      reason: 'incompatible' | 'fetch' | 'verification' | 'damaged';
      detail: string;
      cached: boolean;
    };

/**
 * The only writer of the store. Loads the manifest's collection into the inactive slot, verifies it,
 * and flips the pointer in one tiny transaction; until that flip readers keep seeing the previous
 * collection, whatever happens to the page meanwhile. An unchanged manifest costs one small read.
 */
export async function syncCollection(
  db: KioskDb,
  source: CollectionSource,
  options: SyncOptions = {},
): Promise<SyncOutcome> {
  const emit = options.onProgress ?? (() => {});
  // One writer at a time: a settle left running by the previous sync finishes first.
  await whenSettled(db);
  emit({ phase: 'manifest', done: 0, total: 1 });
  const fetched = await source.manifest();
  const pointer = await readPointer(db);
  const cached = pointer !== undefined;
  if (!fetched.ok)
    return { kind: 'host-unavailable', problem: fetched.problem, detail: fetched.detail, cached };
  const manifest = fetched.manifest;
  if (manifest.schema !== COMPILED_SCHEMA_VERSION) {
    const detail = `manifest.json: schema ${manifest.schema}, this kiosk reads ${COMPILED_SCHEMA_VERSION}`;
    return { kind: 'failed', reason: 'incompatible', detail, cached };
  }
  // A pointer from another store layout means its rows cannot be trusted as a copy source.
  const rebuild =
    options.rebuild === true || (pointer !== undefined && pointer.schema !== STORE_SCHEMA_VERSION);
  const build = options.buildSearch ?? buildSearchIndex;
  if (!rebuild && pointer?.version === manifest.version) {
    // A store from before the index was split into parts: its index is rebuilt, its records kept.
    if (pointer.searchStorage !== SEARCH_INDEX_STORAGE)
      await restoreSearchIndex(db, pointer, manifest, build);
    return { kind: 'unchanged', version: manifest.version };
  }

  const target: Slot = pointer ? otherSlot(pointer.slot) : 'a';
  // The build's own index, downloaded while the records load (only the parts not held yet). The
  // kiosk builds one itself only when the build shipped none it can read, or it could not be had.
  const shippedRef = shippedSearchIndex(manifest, source);
  // A kiosk with a live index lacks a few parts: fetched on the page, at once. One without lacks all
  // of them: tens of MB to hash and write, in the worker, whose start then costs nothing extra.
  const fetchShipped = (pointer && !rebuild) || !build.shipped ? storeShippedSearchIndex : build.shipped;
  const shipped = shippedRef && fetchShipped(db, source, shippedRef).catch(notShipped);
  // A sync that will update the live index: its worker starts while the records load.
  if (!shipped && pointer && !rebuild) build.warm?.(db);
  // With no live index to update, the index is built from the records as they arrive, while the
  // page writes them; used only if this one load fetched every chunk (else: one-shot build below).
  const stream = !shipped && (!pointer || rebuild) ? build.stream?.(db, manifest) : undefined;
  let streamed = stream !== undefined;
  let stats: LoadStats;
  /**
   * The loaded slot's index when it was not streamed: begun as the verification begins, so that the
   * worker's update runs beside it. The flip still waits for both, so only a verified slot goes live.
   */
  let building: Promise<StoredSearchIndex | undefined> | undefined;
  const buildIndex = async () => {
    stream?.cancel();
    // With a live collection to compare with, a change of pieces only updates the live index.
    const changes = pointer && !rebuild ? await pieceChangesSince(db, pointer.slot, target) : undefined;
    return build(db, target, manifest, changes);
  };
  try {
    if (rebuild) await clearSlot(db, target);
    stats = await loadSlot(db, source, target, manifest, {
      allowCopy: !rebuild,
      phase: 'load',
      onProgress: emit,
      onFetched: stream?.add,
    });
    streamed &&= stats.fetched === manifest.chunks.length;
    emit({ phase: 'verify', done: 0, total: 1 });
    building = shipped || (stream && streamed) ? undefined : buildIndex();
    // Awaited below, or dropped when the sync fails first.
    building?.catch(() => {});
    if (await slotProblem(db, target, manifest)) {
      // Rows left by a write that died mid-way are invisible to the chunk rows; start the slot over once.
      // The index begun from them is waited for and dropped (its parts are listed by no index).
      streamed = false;
      await building?.catch(() => undefined);
      building = undefined;
      await clearSlot(db, target);
      stats = await loadSlot(db, source, target, manifest, {
        allowCopy: false,
        phase: 'load',
        onProgress: emit,
      });
      const problem = await slotProblem(db, target, manifest);
      if (problem) {
        stream?.cancel();
        // Its writes end before the sync does: one writer at a time (see whenSettled).
        await shipped;
        return { kind: 'failed', reason: 'verification', detail: problem, cached };
      }
    }
  } catch (error) {
    stream?.cancel();
    await shipped;
    return {
      kind: 'failed',
      reason: error instanceof ChunkDamagedError ? 'damaged' : 'fetch',
      detail: error instanceof Error ? error.message : String(error),
      cached,
    };
  }

  emit({ phase: 'index', done: 0, total: 1 });
  const index =
    (await shipped) ?? (stream && streamed ? await stream.finish() : await (building ?? buildIndex()));
  await flip(db, target, manifest, index);
  emit({ phase: 'ready', done: 1, total: 1 });

  const settled = settleOldSlot(db, source, otherSlot(target), manifest, { ...options, rebuild }).then(() =>
    emit({ phase: 'done', done: 1, total: 1 }),
  );
  settling.set(db.name, settled);
  void settled.finally(() => {
    if (settling.get(db.name) === settled) settling.delete(db.name);
  });
  if (options.settle !== 'background') await settled;
  return { kind: 'synced', version: manifest.version, slot: target, ...stats };
}

/**
 * Brings the slot that just went out of service level with the live one (a local copy of what
 * changed), or empties it with `afterFlip: 'clear'`. The first sync levels the empty slot too, so
 * from then on a change is written twice and nothing else is rewritten. Failures are ignored: the
 * new collection is already live, and the next sync diffs against whatever this left behind.
 */
async function settleOldSlot(
  db: KioskDb,
  source: CollectionSource,
  old: Slot,
  manifest: CollectionManifest,
  options: SyncOptions & { rebuild: boolean },
) {
  try {
    // After a rebuild the old slot's chunk rows are not trusted either: empty it before levelling.
    if (options.afterFlip === 'clear' || options.rebuild) await clearSlot(db, old);
    if (options.afterFlip !== 'clear') {
      await loadSlot(db, source, old, manifest, {
        allowCopy: true,
        phase: 'settle',
        onProgress: options.onProgress,
      });
    }
  } catch {
    // See above: nothing to undo.
  }
}

/**
 * Makes `slot` the live one: a single put of the small pointer row, plus the new slot's index row
 * (in the same transaction, which saves one) and dropping the old slot's index and the parts only
 * it listed.
 */
async function flip(db: KioskDb, slot: Slot, manifest: CollectionManifest, index?: StoredSearchIndex) {
  const { chunks: _chunks, ...summary } = manifest;
  const pointer: PointerRow = {
    key: 'pointer',
    slot,
    version: manifest.version,
    schema: STORE_SCHEMA_VERSION,
    counts: manifest.counts,
    syncedAt: new Date().toISOString(),
    manifest: summary,
    searchStorage: SEARCH_INDEX_STORAGE,
  };
  // The requests made at once: a transaction runs them in order, without a round trip between each.
  await db.transaction('rw', db.meta, () =>
    Promise.all([
      index !== undefined && db.meta.put(searchIndexRow(slot, manifest.version, index)),
      db.meta.put(pointer),
      db.meta.delete(searchIndexKey(otherSlot(slot))),
      dropUnlistedParts(db, index ? [index] : []),
    ]),
  );
}

/** A shipped index that could not be had: the kiosk builds its own instead (and says why). */
function notShipped(error: unknown): undefined {
  console.error('shipped search index not used, building one:', error);
  return undefined;
}
