import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { CountedPart } from '../../../../../electron/shared/search/counted-part';
import {
  loadPackedPart,
  packedPartJson,
  packPart,
  type PackedPart,
} from '../../../../../electron/shared/search/packed-postings';
import {
  DETAIL_FIELDS,
  DETAIL_OPTIONS,
  detailDocuments,
  detailTerms,
  NAME_FIELDS,
  nameDocument,
  nameFieldTerms,
  nameOptions,
  stopWordsOf,
  type DetailDocument,
  type DetailTerms,
  type NameDocument,
} from '../../../../../electron/shared/search/index-terms';
import { buildSearchDocuments, compoundNames } from '../../../../../electron/shared/search/search-documents';
import { createTermExpander } from '../../../../../electron/shared/search/term-expander';
import { generateCollection } from '../../../../bench/store/generate-collection';
import { searchFixture } from '../../../../fixtures/search/search-fixture';

type Doc = { id: string; label: string[]; text: string[] };

/** The documents' ids and detail terms before stop words, as the index builder hands them over. */
function detailInput(input: typeof searchFixture): Doc[] {
  const documents = buildSearchDocuments(input);
  const expander = createTermExpander({ synonyms: input.synonyms, compounds: compoundNames(input) });
  const terms = detailTerms(documents, expander);
  return documents.map((doc, i) => ({ id: doc.id, label: terms.label[i], text: terms.text[i] }));
}

/** The details part as MiniSearch builds it from whole documents, stop words known beforehand. */
function builtWhole(docs: Doc[]) {
  const terms: DetailTerms = { label: docs.map((d) => d.label), text: docs.map((d) => d.text) };
  const stopWords = stopWordsOf(terms);
  const details = new MiniSearch<DetailDocument>(DETAIL_OPTIONS);
  details.addAll(detailDocuments(docs, terms, stopWords));
  return { stopWords, json: packedPartJson(details) };
}

/** The details part counted `batch` documents at a time. */
function collected(docs: Doc[], batch: number) {
  const part = new CountedPart(DETAIL_FIELDS, true);
  for (let i = 0; i < docs.length; i += batch)
    part.add(docs.slice(i, i + batch).map((doc) => ({ id: doc.id, terms: [doc.label, doc.text] })));
  return {
    finishJson: () => {
      const { stop, json } = part.finishJson();
      return { stopWords: { label: stop[0], text: stop[1] }, detailsJson: json };
    },
    finish: () => {
      const { stop, part: details } = part.finish(DETAIL_OPTIONS);
      return { stopWords: { label: stop[0], text: stop[1] }, details };
    },
  };
}

describe('CountedPart (an index part counted as documents arrive)', () => {
  // 1,230 documents: enough for collection stop words, several of them near the 20% share.
  const big = detailInput(generateCollection(1200, 30));

  it('writes the part MiniSearch builds from the documents minus the stop words, to the character', () => {
    for (const docs of [detailInput(searchFixture), big]) {
      const whole = builtWhole(docs);
      const { stopWords, detailsJson } = collected(docs, 97).finishJson();
      expect(stopWords).toEqual(whole.stopWords);
      expect(detailsJson).toBe(whole.json);
    }
    // The big collection does have stop words, in both fields.
    expect(builtWhole(big).stopWords.label.length).toBeGreaterThan(0);
    expect(builtWhole(big).stopWords.text.length).toBeGreaterThan(0);
  });

  it('loads into the very MiniSearch tree a whole build makes (same term order when serialised)', () => {
    const { details } = collected(big, 500).finish();
    expect(packedPartJson(details)).toBe(builtWhole(big).json);
    // And it answers like one: a label prefix query finds what the whole build finds.
    const whole = loadPackedPart<DetailDocument>(
      JSON.parse(builtWhole(big).json) as PackedPart,
      DETAIL_OPTIONS,
    );
    const query = { fields: ['label'], prefix: true };
    expect(details.search('bat', query)).toEqual(whole.search('bat', query));
  });

  it('keeps a term in the field where it is rare when it is a stop word in the other', () => {
    // "kain" labels every document (a label stop word) but is in the text of only the first few.
    const docs: Doc[] = Array.from({ length: 1000 }, (_, i) => ({
      id: `p:${i}`,
      label: ['kain', i % 2 ? 'tulis' : 'cap'],
      text: i < 5 ? ['kain', 'sutera', `w${i}`] : [`w${i}`, 'sutera'],
    }));
    const { stopWords, detailsJson } = collected(docs, 64).finishJson();
    expect(stopWords).toEqual({ label: ['kain', 'cap', 'tulis'], text: ['sutera'] });
    expect(detailsJson).toBe(builtWhole(docs).json);
    const part = JSON.parse(detailsJson) as { index: [string, Record<string, unknown>][] };
    const kain = part.index.find(([term]) => term === 'kain');
    expect(Object.keys(kain?.[1] ?? {})).toEqual(['1']);
  });

  it('has no stop words below 1,000 documents, and an empty part for no documents', () => {
    const few = big.slice(0, 999);
    expect(collected(few, 100).finishJson().stopWords).toEqual({ label: [], text: [] });
    expect(collected(few, 100).finishJson().detailsJson).toBe(builtWhole(few).json);
    expect(collected([], 1).finishJson().detailsJson).toBe(builtWhole([]).json);
  });

  it('writes the names part MiniSearch builds with its own tokenizer, and loads into the same tree', () => {
    for (const input of [searchFixture, generateCollection(1200, 30)]) {
      const config = { synonyms: input.synonyms, compounds: compoundNames(input) };
      const expander = createTermExpander(config);
      const documents = buildSearchDocuments(input);
      const whole = new MiniSearch<NameDocument>(nameOptions(config));
      whole.addAll(documents.map(nameDocument));
      const part = new CountedPart(NAME_FIELDS);
      part.add(
        documents.map((doc) => ({
          id: doc.id,
          terms: NAME_FIELDS.map((field) => nameFieldTerms(doc[field], field, expander)),
        })),
      );
      const { stop, json } = part.finishJson();
      expect({ stop, json }).toEqual({ stop: [[], [], [], []], json: packedPartJson(whole) });
      // Without the tables: the same text but for them, which come back as MiniSearch has them.
      const apart = part.finishJson({ tables: false });
      const { documentIds, fieldLength, ...rest } = whole.toJSON();
      expect(apart.json).toBe(JSON.stringify(packPart(rest)));
      expect({ documentIds: apart.documentIds, fieldLength: apart.fieldLength }).toEqual({
        documentIds,
        fieldLength,
      });
      expect(JSON.stringify(part.finish(nameOptions(config)).part)).toBe(JSON.stringify(whole));
    }
  });
});
