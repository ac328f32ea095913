import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { STOPWORD_MIN_DOCS, STOPWORD_SHARE } from './index-terms';
import { packFrequencies } from './packed-postings';

/**
 * One term's occurrences in one field: the documents it is in (ascending, as they arrive) and how
 * often in each. Two arrays rather than a map: a document's terms are counted one after another,
 * so a repeat is always the last entry, and a collection has millions of occurrences.
 */
interface Counts {
  documents: number[];
  times: number[];
}

/** A document as a part counts it: its id and, per field (in the part's order), its terms. */
export interface CountedDocument {
  id: string;
  terms: readonly (readonly string[])[];
}

/** What a finished part settles: its stop words by field id, MiniSearch's head, the kept terms. */
interface Settled {
  stop: Set<string>[];
  head: Omit<AsPlainObject, 'index'>;
  kept: string[];
}

/**
 * One part of the index (a MiniSearch instance's content) counted while the documents arrive, so
 * that little is left for the end of a sync. MiniSearch's own `add` walks its tree once per term
 * occurrence, and the details part could not be added at all before the end: its terms lose the
 * collection's stop words, which only the whole collection decides, and MiniSearch cannot drop a
 * term once added without its tree differing from one that never had it (the tree's order follows
 * its insertion history, and so does the order of scores summed over a prefix's terms). So the
 * occurrences are counted here in a flat map, with the order each term was first met in each
 * field, and `finish` makes the part MiniSearch would have built from the documents' terms (minus
 * the stop words, with `stopWords`): the same field lengths, the same running averages, the terms
 * in the same tree order. Tests check it is the same, character for character.
 */
export class CountedPart {
  private readonly ids: string[] = [];
  /** Per document, how many distinct terms each field has before stop words are dropped. */
  private readonly distinct: number[][] = [];
  private readonly postings = new Map<string, (Counts | undefined)[]>();
  /** Each (term, field id) in the order first met: decides the stop-word order and the tree order. */
  private readonly firstMet: [term: string, field: number][] = [];

  /**
   * `fields` in MiniSearch's order (a field's position is its id); with `stopWords`, terms found in
   * more than STOPWORD_SHARE of the documents of a field are left out of it (from STOPWORD_MIN_DOCS).
   */
  constructor(
    private readonly fields: readonly string[],
    private readonly stopWords = false,
  ) {}

  /** Adds documents in index order, with each field's terms as MiniSearch's tokenizer gives them. */
  add(documents: readonly CountedDocument[]): void {
    for (const doc of documents) {
      const number = this.ids.push(doc.id) - 1;
      this.distinct.push(this.fields.map((_, field) => this.count(doc.terms[field], field, number)));
    }
  }

  /** The stop words found per field (empty without `stopWords`) and the part as MiniSearch. */
  finish<T>(options: Options<T>): { stop: string[][]; part: MiniSearch<T> } {
    const { stop, head, kept } = this.settle();
    // Loading inserts the terms in the order given: the order the full build first inserts them
    // makes the very tree it makes.
    const index = kept.map((term): AsPlainObject['index'][number] => [term, this.data(term, stop)]);
    return { stop: stop.map((words) => [...words]), part: MiniSearch.loadJS<T>({ ...head, index }, options) };
  }

  /**
   * `finish`, with the part serialised: the text `packedPartJson` makes of that instance, written
   * out term by term rather than through MiniSearch's plain object (a sparse object per term).
   * With `tables: false` the text leaves out the document ids and field lengths, which come back
   * on their own (the names part's are stored in document groups, see document-groups.ts).
   */
  finishJson({ tables = true } = {}): {
    stop: string[][];
    json: string;
    documentIds: AsPlainObject['documentIds'];
    fieldLength: AsPlainObject['fieldLength'];
  } {
    const { stop, head, kept } = this.settle();
    const { serializationVersion, documentIds, fieldLength, ...rest } = head;
    const before = tables ? { ...head, serializationVersion: undefined } : rest;
    const index: string[] = [];
    for (const term of treeOrder(kept)) index.push(`[${JSON.stringify(term)},${this.dataJson(term, stop)}]`);
    const json = `${JSON.stringify(before).slice(0, -1)},"index":[${index.join(',')}],"serializationVersion":${serializationVersion}}`;
    return { stop: stop.map((words) => [...words]), json, documentIds, fieldLength };
  }

  /** Counts one field's terms of document `number`; returns how many distinct terms it has. */
  private count(terms: readonly string[], field: number, number: number): number {
    let distinct = 0;
    for (const term of terms) {
      let postings = this.postings.get(term);
      if (!postings) this.postings.set(term, (postings = []));
      let counts = postings[field];
      if (!counts) {
        postings[field] = counts = { documents: [], times: [] };
        this.firstMet.push([term, field]);
      }
      const last = counts.documents.length - 1;
      if (counts.documents[last] === number) counts.times[last]++;
      else {
        counts.documents.push(number);
        counts.times.push(1);
        distinct++;
      }
    }
    return distinct;
  }

  /**
   * The stop words (as stopWordsOf finds them) by field id, the part as MiniSearch's `toJSON` gives
   * it but for its index, and the terms it keeps, in the order first inserted.
   */
  private settle(): Settled {
    const documents = this.ids.length;
    const stop = this.fields.map(() => new Set<string>());
    if (this.stopWords && documents >= STOPWORD_MIN_DOCS) {
      for (const [term, field] of this.firstMet) {
        if (this.postings.get(term)![field]!.documents.length > documents * STOPWORD_SHARE)
          stop[field].add(term);
      }
    }
    // Field lengths count distinct terms once the stop words are gone.
    const lengths = this.distinct.map((counts) => [...counts]);
    stop.forEach((words, field) => {
      for (const term of words)
        for (const number of this.postings.get(term)![field]!.documents) lengths[number][field]--;
    });
    // MiniSearch keeps each field's average length as a running mean, updated document by document.
    const averages: number[] = [];
    const fieldLength: Record<number, number[]> = {};
    const documentIds: Record<number, string> = {};
    lengths.forEach((length, number) => {
      fieldLength[number] = length;
      documentIds[number] = this.ids[number];
      this.fields.forEach((_, field) => {
        averages[field] = ((averages[field] || 0) * number + length[field]) / (number + 1);
      });
    });
    const head: Omit<AsPlainObject, 'index'> = {
      documentCount: documents,
      nextId: documents,
      documentIds,
      fieldIds: Object.fromEntries(this.fields.map((name, field) => [name, field])),
      fieldLength,
      averageFieldLength: averages,
      storedFields: {},
      dirtCount: 0,
      serializationVersion: 2,
    };
    return { stop, head, kept: this.keptTerms(stop) };
  }

  /** The terms left once the stop words are gone, in the order the full build first inserts them. */
  private keptTerms(stop: Set<string>[]): string[] {
    const kept = new Set<string>();
    for (const [term, field] of this.firstMet) if (!stop[field].has(term)) kept.add(term);
    return [...kept];
  }

  /** A kept term's counts per field, as MiniSearch serialises them. */
  private data(term: string, stop: Set<string>[]): Record<string, Record<string, number>> {
    const data: Record<string, Record<string, number>> = {};
    this.postings.get(term)!.forEach((counts, field) => {
      if (!counts || stop[field].has(term)) return;
      const times: Record<string, number> = (data[field] = {});
      counts.documents.forEach((number, i) => (times[number] = counts.times[i]));
    });
    return data;
  }

  /** `data` as persisted (packed-postings.ts): field ids ascending, each field's postings packed. */
  private dataJson(term: string, stop: Set<string>[]): string {
    const fields: string[] = [];
    this.postings.get(term)!.forEach((counts, field) => {
      if (!counts || stop[field].has(term)) return;
      fields.push(`"${field}":"${packFrequencies(counts.documents, counts.times)}"`);
    });
    return `{${fields.join(',')}}`;
  }
}

/**
 * Terms in the order MiniSearch's tree lists them (and so its `toJSON`): the order follows the
 * tree's insertion history, so the tree is built here from the terms alone, in `inserted` order.
 */
function treeOrder(inserted: string[]): Iterable<string> {
  const tree = new SearchableMap<true>();
  for (const term of inserted) tree.set(term, true);
  return tree.keys();
}
