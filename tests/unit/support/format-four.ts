import { parsePersisted } from '../../../electron/shared/search/persisted-index';

/**
 * The text the previous persisted format (4) made of the same index: one head line holding the
 * names part whole and the accession numbers and dates, the hashes line, the details line, with
 * the keys in the order that format wrote them, and MiniSearch's own postings. For tests of stores
 * written before format 5.
 */
export function formatFourText(json: string): string {
  const parsed = parsePersisted(formatFiveText(json));
  if (!parsed?.hashes) throw new Error('formatFourText: not an index of format 6');
  const { expander, vocabulary, stopWords, names, accessions, dates } = parsed.head;
  const { documentCount, nextId, documentIds, fieldIds, fieldLength, averageFieldLength } = names;
  const { storedFields, dirtCount, index, serializationVersion } = names;
  const ordered = {
    documentCount,
    nextId,
    documentIds,
    fieldIds,
    fieldLength,
    averageFieldLength,
    storedFields,
    dirtCount,
    index,
    serializationVersion,
  };
  const head = { format: 4, expander, vocabulary, stopWords, names: ordered, accessions, dates };
  return `${JSON.stringify(head)}\n${JSON.stringify(parsed.hashes)}\n${parsed.detailsJson}`;
}

type Postings = string | Record<string, number>;
type PartJson = { index: [string, Record<string, Postings>][] };

/** Packed postings (packed-postings.ts) as MiniSearch writes them: an object of document -> count. */
function unpacked(part: PartJson): void {
  for (const entry of part.index) {
    for (const [field, postings] of Object.entries(entry[1])) {
      if (typeof postings !== 'string') continue;
      const counts: Record<string, number> = {};
      let document = 0;
      for (const posting of postings.split(',')) {
        const [delta, times = '1'] = posting.split(':');
        document += parseInt(delta!, 36);
        counts[document] = parseInt(times, 36);
      }
      entry[1][field] = counts;
    }
  }
}

/**
 * The text format 5 made of the same index: format 6's lines with MiniSearch's own postings (an
 * object of document -> count per term and field) in the names and details parts.
 */
export function formatFiveText(json: string): string {
  const lines = json.split('\n');
  const head = JSON.parse(lines[0]!) as { format: number; names: PartJson };
  if (head.format !== 6) throw new Error('formatFiveText: not an index of format 6');
  head.format = 5;
  unpacked(head.names);
  const details = JSON.parse(lines.at(-1)!) as PartJson;
  unpacked(details);
  return [JSON.stringify(head), ...lines.slice(1, -1), JSON.stringify(details)].join('\n');
}
