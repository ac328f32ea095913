/**
 * One bad piece holds back one piece, not the museum: the build's steps for records whose own
 * files have errors. `build.ts` sorts the check's errors with {@link ProblemsByRecord}, derives and
 * compiles only what is not held back ({@link withoutHeldBack}), then calls {@link publishable}.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { CompiledRecords, DerivativesByKey } from './compile';
import type { CheckedMedia } from './media-check';
import { resolveLiveRecords } from './live-records';
import type { HeldBackRecord } from './live-records';
import { readPreviousRecords } from './previous-build';
import type { Problem } from './problems';
import type { ParsedCollection } from './read-collection';
import { recordOf } from './record-problems';
import type { ProblemsByRecord } from './record-problems';
import { hasDerivatives, linkDerivatives } from './reuse-media';

export type { HeldBackRecord } from './live-records';
export { ProblemsByRecord } from './record-problems';

/** Why a build whose every piece is held back changes nothing: a kiosk without pieces helps no one. */
export const NOTHING_LIVE: Problem = {
  file: 'pieces',
  field: '',
  kind: 'empty-collection',
  message: 'No piece can go live: every piece is held back by the errors above. Fix at least one of them.',
  severity: 'error',
};

/** The collection and its images without the held-back pieces and motifs, for the image pipeline and compile. */
export function withoutHeldBack(
  parsed: ParsedCollection,
  media: CheckedMedia[],
  held: ProblemsByRecord,
): { parsed: ParsedCollection; media: CheckedMedia[] } {
  return {
    parsed: {
      ...parsed,
      pieces: parsed.pieces.filter((item) => !held.has('pieces', item.id)),
      motifs: parsed.motifs.filter((item) => !held.has('motifs', item.id)),
    },
    media: media.filter((m) => !held.has(m.kind, m.itemId)),
  };
}

/**
 * The records a build publishes into `partial`: the freshly compiled ones plus, for each held-back
 * record, its last good version from the live build under `out` (its image derivatives linked
 * into `partial`) when that version can still stand; see `resolveLiveRecords` for the rules.
 */
export async function publishable(options: {
  fresh: CompiledRecords;
  held: ProblemsByRecord;
  parsed: ParsedCollection;
  /** What the image pipeline made: the derivatives of records held back after it ran are removed. */
  derived: DerivativesByKey;
  out: string;
  partial: string;
}): Promise<{ records: CompiledRecords; heldBack: HeldBackRecord[] }> {
  const { fresh, held, parsed } = options;
  await dropHeldDerivatives(options.partial, options.derived, held);
  // Nothing held back: no reason to read the live build at all.
  const previous = held.records.size > 0 ? await readPreviousRecords(options.out) : null;
  const items = {
    pieces: new Map(parsed.pieces.map((item) => [item.id, item])),
    motifs: new Map(parsed.motifs.map((item) => [item.id, item])),
  };
  const dir = previous && 'dir' in previous ? previous.dir : null;
  const { records, heldBack, kept } = await resolveLiveRecords({
    fresh,
    held,
    previous,
    canReuseMedia: (record) => (dir ? hasDerivatives(dir, record.media) : Promise.resolve(false)),
    locate: (kind, id) => items[kind].get(id),
  });
  for (const record of kept) await linkDerivatives(dir!, options.partial, record.media);
  return { records, heldBack };
}

/**
 * A record held back because one of its images failed in the pipeline still had its other images
 * made: remove them, so the build folder holds only what its records use. (Media keys read like
 * `pieces/<id>/<index>`, the same shape as the files of a record's folder.)
 */
async function dropHeldDerivatives(partial: string, derived: DerivativesByKey, held: ProblemsByRecord) {
  for (const [key, { derivatives: d }] of derived) {
    const owner = recordOf({ file: key });
    if (!owner || !held.has(owner.kind, owner.id)) continue;
    const files = [
      d.display,
      ...Object.values(d.thumbs),
      ...Object.values(d.cards),
      ...(d.tiles ? [d.tiles, d.tiles.replace(/\.dzi$/, '_files')] : []),
    ];
    await Promise.all(files.map((rel) => rm(path.join(partial, rel), { recursive: true, force: true })));
  }
}
