import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { DetailsPartBuilder } from '../../../../renderer/search/details-part-builder';
import {
  DETAIL_OPTIONS,
  detailDocuments,
  detailTerms,
  stopWordsOf,
  type DetailDocument,
  type DetailTerms,
} from '../../../../renderer/search/index-terms';
import { buildSearchDocuments, compoundNames } from '../../../../renderer/search/search-documents';
import { createTermExpander } from '../../../../renderer/search/term-expander';
import { generateCollection } from '../../../bench/store/generate-collection';
import { searchFixture } from '../../../fixtures/search/search-fixture';

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
  return { stopWords, json: JSON.stringify(details) };
}

function collected(docs: Doc[], batch: number): DetailsPartBuilder {
  const builder = new DetailsPartBuilder();
  for (let i = 0; i < docs.length; i += batch) builder.add(docs.slice(i, i + batch));
  return builder;
}

describe('DetailsPartBuilder (the details part counted as documents arrive)', () => {
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
    expect(JSON.stringify(details)).toBe(builtWhole(big).json);
    // And it answers like one: a label prefix query finds what the whole build finds.
    const whole = MiniSearch.loadJSON<DetailDocument>(builtWhole(big).json, DETAIL_OPTIONS);
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
    expect(new DetailsPartBuilder().finishJson().detailsJson).toBe(builtWhole([]).json);
  });
});
