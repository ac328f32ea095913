import type { ImageJob } from './image-adapter';
import type { CheckedMedia } from './media-check';

/** Key of one media entry: which item it belongs to and its position in `media`. */
export function mediaKey(kind: string, itemId: string, index: number): string {
  return `${kind}/${itemId}/${index}`;
}

/**
 * One pipeline job per checked media entry. Ids read like `pieces-jlamprang-1900-full`; a second
 * image of the same view gets `-2`, so ids stay stable as long as the YAML order stays.
 */
export function mediaJobs(media: CheckedMedia[]): { jobs: ImageJob[]; idByKey: Map<string, string> } {
  const jobs: ImageJob[] = [];
  const idByKey = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const m of media) {
    const base = `${m.kind}-${m.itemId}-${m.entry.view}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const id = n === 1 ? base : `${base}-${n}`;
    jobs.push({ source: m.source, id });
    idByKey.set(mediaKey(m.kind, m.itemId, m.index), id);
  }
  return { jobs, idByKey };
}
