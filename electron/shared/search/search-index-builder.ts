import type { MotifRecord, PieceRecord, RecordKind, RecordsByKind } from '../collection-records';
import { CountedPart } from './counted-part';
import {
  DETAIL_FIELDS,
  DETAIL_OPTIONS,
  detailTerms,
  documentHashes,
  NAME_FIELDS,
  nameFieldTerms,
  nameOptions,
} from './index-terms';
import {
  compoundNames,
  createDocumentMaker,
  DOC_ID_PREFIX,
  type SearchDocument,
  type SearchInput,
} from './search-documents';
import { documentGroupCount } from './document-groups';
import { KioskSearchIndex, type SearchIndex } from './kiosk-search-index';
import { persistedText, type DocumentHashes } from './persisted-index';
import { VocabularyCounter } from './suggest-vocabulary';
import type { YearSpan } from './years';
import { createTermExpander, type ExpanderConfig, type TermExpander } from './term-expander';

/** Builds an index from records as they arrive, e.g. chunk by chunk during a sync. */
export interface SearchIndexBuilder {
  /** Adds records of one kind; pieces in collection order, before or after the other kinds. */
  add<K extends RecordKind>(kind: K, records: RecordsByKind[K][]): void;
  /** The finished index: the same as `createSearchIndex` on everything added. */
  finish(): SearchIndex;
  /**
   * `finish().toJSON()`, without loading the names and details parts into MiniSearch only to
   * serialise them again: what a sync stores.
   */
  finishJson(): string;
}

type Vocabularies = Omit<SearchInput, 'pieces' | 'synonyms' | 'languages'>;

/**
 * Pieces are documented, tokenised and their terms counted for the names and details parts
 * (counted-part.ts) as soon as the kinds they refer to are complete (`counts`, as in the manifest,
 * says when); only what needs the whole collection is left to `finish`: the stop words, and both
 * parts written out. Without `counts` everything waits for `finish`.
 */
export function createSearchIndexBuilder(
  settings: Pick<SearchInput, 'synonyms' | 'languages'>,
  counts?: Partial<Record<RecordKind, number>>,
): SearchIndexBuilder {
  const vocabularies: Vocabularies = { motifs: [], terms: [], makers: [], places: [] };
  const waiting: PieceRecord[][] = [];
  let started: ReturnType<typeof start> | undefined;
  const complete = () =>
    counts !== undefined &&
    (Object.keys(vocabularies) as (keyof Vocabularies)[]).every(
      (kind) => vocabularies[kind].length >= (counts[kind] ?? 0),
    );

  function start() {
    const input = { ...vocabularies, ...settings };
    const expander: ExpanderConfig = {
      synonyms: settings.synonyms,
      compounds: compoundNames({ ...input, pieces: [] }),
    };
    return new Collector(expander, createTermExpander(expander), createDocumentMaker(input));
  }

  return {
    add(kind, records) {
      if (kind !== 'pieces') {
        // The pieces indexed so far were documented without these: refuse rather than differ.
        if (started) throw new Error(`createSearchIndexBuilder: ${kind} added after the pieces were started`);
        (vocabularies[kind as keyof Vocabularies] as unknown[]).push(...records);
      } else if (started) started.add((records as PieceRecord[]).map(started.make.piece));
      else waiting.push(records as PieceRecord[]);
      if (!started && complete()) {
        started = start();
        for (const pieces of waiting.splice(0)) started.add(pieces.map(started.make.piece));
      }
    },
    finish: () => allAdded().finish(),
    finishJson: () => allAdded().finishJson(),
  };

  /** Every document added: the pieces still waiting, then the motifs (documents come last). */
  function allAdded(): Collector {
    const collector = (started ??= start());
    for (const pieces of waiting.splice(0)) collector.add(pieces.map(collector.make.piece));
    collector.add(vocabularies.motifs.map((motif: MotifRecord) => collector.make.motif(motif)));
    return collector;
  }
}

/** What the builder keeps per document until `finish`. */
class Collector {
  /** The names and details parts, counted as documents come (counted-part.ts). */
  readonly names = new CountedPart(NAME_FIELDS);
  readonly details = new CountedPart(DETAIL_FIELDS, true);
  readonly accessions: Record<string, string> = {};
  readonly dates: Record<string, YearSpan[]> = {};
  readonly hashes: DocumentHashes = {};
  readonly vocabulary = new VocabularyCounter();
  /** How many of the documents are pieces: decides how many document groups are stored. */
  pieces = 0;

  constructor(
    readonly expander: ExpanderConfig,
    readonly termExpander: TermExpander,
    readonly make: ReturnType<typeof createDocumentMaker>,
  ) {}

  add(documents: SearchDocument[]) {
    const terms = detailTerms(documents, this.termExpander);
    this.details.add(documents.map((doc, i) => ({ id: doc.id, terms: [terms.label[i], terms.text[i]] })));
    this.names.add(
      documents.map((doc) => ({
        id: doc.id,
        terms: NAME_FIELDS.map((field) => nameFieldTerms(doc[field], field, this.termExpander)),
      })),
    );
    for (const doc of documents) {
      if (doc.accession) this.accessions[doc.id] = doc.accession;
      if (doc.years.length > 0) this.dates[doc.id] = doc.years;
      this.hashes[doc.id] = documentHashes(doc);
      if (doc.id.startsWith(DOC_ID_PREFIX.piece)) this.pieces++;
      // The "did you mean" words, in the order `vocabularyOf` reads them.
      this.vocabulary.add([doc.title, doc.motif, doc.maker, doc.place, doc.label]);
    }
  }

  finish(): SearchIndex {
    const names = this.names.finish(nameOptions(this.expander)).part;
    const { stop, part: details } = this.details.finish(DETAIL_OPTIONS);
    const stopWords = { label: stop[0], text: stop[1] };
    return new KioskSearchIndex({ ...this.common(stopWords), names, hashes: this.hashes, details });
  }

  finishJson(): string {
    const { json, documentIds, fieldLength } = this.names.finishJson({ tables: false });
    const { stop, json: detailsJson } = this.details.finishJson();
    const common = this.common({ label: stop[0], text: stop[1] });
    const tables = { ...common, documentIds, fieldLength, hashes: this.hashes };
    return persistedText(common, json, tables, documentGroupCount(this.pieces), detailsJson);
  }

  private common(stopWords: { label: string[]; text: string[] }) {
    return {
      expander: this.expander,
      vocabulary: this.vocabulary.vocabulary(),
      stopWords,
      accessions: this.accessions,
      dates: this.dates,
    };
  }
}
