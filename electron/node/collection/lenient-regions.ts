/**
 * A region with a mistake is left out, never the record: a misdrawn box must not hide a cloth
 * from visitors (issue 16). Schema issues inside `media[n].regions` are therefore reported as
 * `invalid-region` warnings and the file is read again without those regions.
 */
import type { FieldPath } from './problems';

/** Which region an issue lies in: one entry of `regions`, or the whole list when it is not a list. */
interface RegionSlot {
  media: number;
  /** Undefined when `regions` itself has the wrong shape. */
  region?: number;
}

/** The region slot of an issue at `path`, or null for an issue anywhere else in the file. */
export function regionSlot(path: FieldPath): RegionSlot | null {
  const [media, index, regions, region] = path;
  if (media !== 'media' || typeof index !== 'number' || regions !== 'regions') return null;
  return typeof region === 'number' ? { media: index, region } : { media: index };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `data` with the regions in `slots` emptied (`undefined`, which the schema accepts and YAML
 * cannot write) or, for a `regions` that is not a list, removed. Only the lists on the way are
 * copied; the caller's data is left as it was.
 */
export function withoutRegions(data: unknown, slots: readonly RegionSlot[]): unknown {
  if (!isRecord(data) || !Array.isArray(data.media)) return data;
  const media: unknown[] = [...data.media];
  for (const slot of slots) {
    const entry = media[slot.media];
    if (!isRecord(entry)) continue;
    const copy: Record<string, unknown> = { ...entry };
    if (slot.region === undefined || !Array.isArray(copy.regions)) {
      delete copy.regions;
    } else {
      const regions: unknown[] = [...copy.regions];
      regions[slot.region] = undefined;
      copy.regions = regions;
    }
    media[slot.media] = copy;
  }
  return { ...data, media };
}
