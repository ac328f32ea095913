import { z } from 'zod';
import { readStateFile, writeStateFile } from '../storage/state-file';
import { heartbeatSchema, type HeartbeatBody } from './heartbeat-schema';

/**
 * The receiver's memory: the last heartbeat of each kiosk name, nothing older. It is kept in one
 * JSON file so a restarted receiver still knows which kiosks exist and when each was last heard,
 * which is what makes a silent kiosk visible at all. The file is bounded twice: each heartbeat by
 * its schema, and the number of kiosks by `maxKiosks` (the one heard from longest ago goes first),
 * so a sender inventing names cannot fill the disk.
 */

export const DEFAULT_MAX_KIOSKS = 200;

const storedSchema = heartbeatSchema.extend({
  /** When the receiver got it, by its own clock (a kiosk's clock may be wrong). */
  receivedAt: z.iso.datetime(),
});

/** One kiosk's last heartbeat, as stored. */
export type StoredHeartbeat = z.infer<typeof storedSchema>;

const fileSchema = z.object({ kiosks: z.array(storedSchema) });

interface HeartbeatStore {
  /** Every kiosk, the one heard from most recently first. */
  list(): StoredHeartbeat[];
  /** Keeps `body` as its kiosk's last heartbeat and writes the file (throws when it cannot). */
  record(body: HeartbeatBody, receivedAt: Date): void;
}

/** What opening the store found, besides the store itself: a damaged file is reported, not fatal. */
export interface OpenedStore {
  store: HeartbeatStore;
  problem: string | null;
}

/**
 * Opens the store file (or starts empty). A damaged file is left in place until the first
 * heartbeat replaces it: the operator is told, and the kiosks refill it within minutes.
 */
export function openHeartbeatStore(file: string, maxKiosks = DEFAULT_MAX_KIOSKS): OpenedStore {
  const read = readStateFile(file, (raw) => {
    const parsed = fileSchema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  });
  const byName = new Map<string, StoredHeartbeat>();
  if (read.kind === 'ok') {
    // Oldest first, so a file written with a larger cap keeps its newest entries.
    const sorted = [...read.value.kiosks].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    for (const entry of sorted) byName.set(entry.name, entry);
    trim(byName, maxKiosks);
  }
  const problem = read.kind === 'damaged' ? `The store file ${file} ${read.reason}; starting empty.` : null;

  const list = (): StoredHeartbeat[] => [...byName.values()].reverse();
  return {
    problem,
    store: {
      list,
      record(body, receivedAt) {
        // Delete first so the map's order stays "least recently heard first".
        byName.delete(body.name);
        byName.set(body.name, { ...body, receivedAt: receivedAt.toISOString() });
        trim(byName, maxKiosks);
        writeStateFile(file, { kiosks: list() });
      },
    },
  };
}

function trim(byName: Map<string, StoredHeartbeat>, maxKiosks: number): void {
  for (const name of byName.keys()) {
    if (byName.size <= maxKiosks) return;
    byName.delete(name);
  }
}
