import MiniSearch, { type AsPlainObject } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import {
  DETAIL_OPTIONS,
  STOPWORD_MIN_DOCS,
  STOPWORD_SHARE,
  type DetailDocument,
  type StopWords,
} from './index-terms';

/** The details part's fields, in DETAIL_OPTIONS order (a field's position is its MiniSearch id). */
const FIELDS = ['label', 'text'] as const;

/** One term's occurrences: per field, document number -> how often (as MiniSearch counts them). */
type Postings = [label: Map<number, number> | undefined, text: Map<number, number> | undefined];

/**
 * The details part (labels, descriptions) collected while the documents arrive, so that little is
 * left for the end of a sync. Its terms lose the collection's stop words, which only the whole
 * collection decides; MiniSearch cannot drop a term once added without its tree differing from one
 * that never had it (the tree's order follows its insertion history, and so does the order of
 * scores summed over a prefix's terms). So the occurrences are counted here in a flat map, with
 * the order each term was first met in each field, and `finish` writes the part MiniSearch would
 * have built from the documents minus the stop words: the same field lengths, the same running
 * averages, the terms in the same tree order. Tests check it is the same, character for character.
 */
export class DetailsPartBuilder {
  private readonly ids: string[] = [];
  /** Per document, how many distinct terms each field has before stop words are dropped. */
  private readonly distinct: [label: number, text: number][] = [];
  private readonly postings = new Map<string, Postings>();
  /** Each (term, field) in the order first met: decides the stop-word order and the tree order. */
  private readonly firstMet: [term: string, field: 0 | 1][] = [];

  /** Adds documents (id and the detail terms before stop words), in index order. */
  add(documents: readonly { id: string; label: string[]; text: string[] }[]): void {
    for (const doc of documents) {
      const number = this.ids.push(doc.id) - 1;
      this.distinct.push([this.count(doc.label, 0, number), this.count(doc.text, 1, number)]);
    }
  }

  /** The collection's stop words and the details part without them, as a MiniSearch instance. */
  finish(): { stopWords: StopWords; details: MiniSearch<DetailDocument> } {
    // Loading inserts the terms in the order given: the order the full build first inserts them
    // makes the very tree it makes.
    const { stopWords, part } = this.plainPart((terms) => terms);
    return { stopWords, details: MiniSearch.loadJS<DetailDocument>(part, DETAIL_OPTIONS) };
  }

  /** `finish`, with the part serialised (what `JSON.stringify` makes of that instance). */
  finishJson(): { stopWords: StopWords; detailsJson: string } {
    const { stopWords, part } = this.plainPart(treeOrder);
    return { stopWords, detailsJson: JSON.stringify(part) };
  }

  /** Counts one field's terms of document `number`; returns how many distinct terms it has. */
  private count(terms: readonly string[], field: 0 | 1, number: number): number {
    let distinct = 0;
    for (const term of terms) {
      let postings = this.postings.get(term);
      if (!postings) this.postings.set(term, (postings = [undefined, undefined]));
      let counts = postings[field];
      if (!counts) {
        postings[field] = counts = new Map();
        this.firstMet.push([term, field]);
      }
      const before = counts.get(number);
      if (before === undefined) distinct++;
      counts.set(number, (before ?? 0) + 1);
    }
    return distinct;
  }

  /**
   * The stop words (as stopWordsOf finds them) and the part as MiniSearch's `toJSON` gives it, its
   * terms in the order `order` puts the kept terms in (given in the order first inserted).
   */
  private plainPart(order: (terms: string[]) => Iterable<string>): {
    stopWords: StopWords;
    part: AsPlainObject;
  } {
    const documents = this.ids.length;
    const stop: Set<string>[] = FIELDS.map(() => new Set());
    if (documents >= STOPWORD_MIN_DOCS) {
      for (const [term, field] of this.firstMet) {
        if (this.postings.get(term)![field]!.size > documents * STOPWORD_SHARE) stop[field].add(term);
      }
    }
    // Field lengths count distinct terms once the stop words are gone.
    const lengths = this.distinct.map(([label, text]): [number, number] => [label, text]);
    stop.forEach((words, field) => {
      for (const term of words)
        for (const number of this.postings.get(term)![field]!.keys()) lengths[number][field]--;
    });
    // MiniSearch keeps each field's average length as a running mean, updated document by document.
    const averages: number[] = [];
    const fieldLength: Record<number, [number, number]> = {};
    const documentIds: Record<number, string> = {};
    lengths.forEach((length, number) => {
      fieldLength[number] = length;
      documentIds[number] = this.ids[number];
      FIELDS.forEach((_, field) => {
        averages[field] = ((averages[field] || 0) * number + length[field]) / (number + 1);
      });
    });
    return {
      stopWords: { label: [...stop[0]], text: [...stop[1]] },
      part: {
        documentCount: documents,
        nextId: documents,
        documentIds,
        fieldIds: { label: 0, text: 1 },
        fieldLength,
        averageFieldLength: averages,
        storedFields: {},
        dirtCount: 0,
        index: [...order(this.keptTerms(stop))].map((term) => [term, this.data(term, stop)]),
        serializationVersion: 2,
      },
    };
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
      if (counts && !stop[field].has(term)) data[field] = Object.fromEntries(counts);
    });
    return data;
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
