import { parsePersisted } from '../../../electron/shared/search/persisted-index';

/**
 * The text the previous persisted format (4) made of the same index: one head line holding the
 * names part whole and the accession numbers and dates, the hashes line, the details line, with
 * the keys in the order that format wrote them. For tests of stores written before format 5.
 */
export function formatFourText(json: string): string {
  const parsed = parsePersisted(json);
  if (!parsed?.hashes) throw new Error('formatFourText: not an index of format 5');
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
