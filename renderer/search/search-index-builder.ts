import MiniSearch from 'minisearch';
import type {
  MotifRecord,
  PieceRecord,
  RecordKind,
  RecordsByKind,
} from '../../electron/shared/collection-records';
import {
  DETAIL_OPTIONS,
  detailDocuments,
  detailTerms,
  documentHashes,
  nameDocument,
  nameOptions,
  stopWordsOf,
  type DetailDocument,
  type DetailTerms,
  type NameDocument,
} from './index-terms';
import {
  compoundNames,
  createDocumentMaker,
  type SearchDocument,
  type SearchInput,
} from './search-documents';
import { KioskSearchIndex, type SearchIndex } from './kiosk-search-index';
import type { DocumentHashes } from './persisted-index';
import { buildVocabulary } from './suggest-vocabulary';
import type { YearSpan } from './years';
import { createTermExpander, type ExpanderConfig, type TermExpander } from './term-expander';

/** Builds an index from records as they arrive, e.g. chunk by chunk during a sync. */
export interface SearchIndexBuilder {
  /** Adds records of one kind; pieces in collection order, before or after the other kinds. */
  add<K extends RecordKind>(kind: K, records: RecordsByKind[K][]): void;
  /** The finished index: the same as `createSearchIndex` on everything added. */
  finish(): SearchIndex;
}

type Vocabularies = Omit<SearchInput, 'pieces' | 'synonyms' | 'languages'>;

/**
 * Pieces are documented, tokenised and added to the names part as soon as the kinds they refer to
 * are complete (`counts`, as in the manifest, says when); only what needs the whole collection is
 * left to `finish`: the stop words, and with them the details part. Without `counts` everything
 * waits for `finish`.
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
    finish() {
      started ??= start();
      for (const pieces of waiting.splice(0)) started.add(pieces.map(started.make.piece));
      started.add(vocabularies.motifs.map((motif: MotifRecord) => started!.make.motif(motif)));
      return started.finish();
    },
  };
}

/** What the builder keeps per document until `finish`. */
class Collector {
  readonly names: MiniSearch<NameDocument>;
  readonly keys: Pick<SearchDocument, 'id'>[] = [];
  readonly accessions: Record<string, string> = {};
  readonly dates: Record<string, YearSpan[]> = {};
  readonly terms: DetailTerms = { label: [], text: [] };
  readonly hashes: DocumentHashes = {};
  readonly phrases: string[] = [];

  constructor(
    readonly expander: ExpanderConfig,
    readonly termExpander: TermExpander,
    readonly make: ReturnType<typeof createDocumentMaker>,
  ) {
    this.names = new MiniSearch<NameDocument>(nameOptions(expander));
  }

  add(documents: SearchDocument[]) {
    const terms = detailTerms(documents, this.termExpander);
    this.terms.label.push(...terms.label);
    this.terms.text.push(...terms.text);
    this.names.addAll(documents.map(nameDocument));
    for (const doc of documents) {
      this.keys.push({ id: doc.id });
      if (doc.accession) this.accessions[doc.id] = doc.accession;
      if (doc.years.length > 0) this.dates[doc.id] = doc.years;
      this.hashes[doc.id] = documentHashes(doc);
      // The "did you mean" words, in the order `vocabularyOf` reads them.
      this.phrases.push(doc.title, doc.motif, doc.maker, doc.place, doc.label);
    }
  }

  finish(): SearchIndex {
    const stopWords = stopWordsOf(this.terms);
    const details = new MiniSearch<DetailDocument>(DETAIL_OPTIONS);
    details.addAll(detailDocuments(this.keys, this.terms, stopWords));
    return new KioskSearchIndex({
      expander: this.expander,
      vocabulary: buildVocabulary(this.phrases),
      stopWords,
      names: this.names,
      accessions: this.accessions,
      dates: this.dates,
      hashes: this.hashes,
      details,
    });
  }
}
