import MiniSearch from 'minisearch';
import type {
  MotifRecord,
  PieceRecord,
  RecordKind,
  RecordsByKind,
} from '../../electron/shared/collection-records';
import { DetailsPartBuilder } from './details-part-builder';
import { detailTerms, documentHashes, nameDocument, nameOptions, type NameDocument } from './index-terms';
import {
  compoundNames,
  createDocumentMaker,
  type SearchDocument,
  type SearchInput,
} from './search-documents';
import { KioskSearchIndex, type SearchIndex } from './kiosk-search-index';
import type { DocumentHashes } from './persisted-index';
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
   * `finish().toJSON()`, without loading the details part into MiniSearch only to serialise it
   * again: what a sync stores.
   */
  finishJson(): string;
}

type Vocabularies = Omit<SearchInput, 'pieces' | 'synonyms' | 'languages'>;

/**
 * Pieces are documented, tokenised and added to the names part as soon as the kinds they refer to
 * are complete (`counts`, as in the manifest, says when), and their detail terms are counted for
 * the details part (details-part-builder.ts); only what needs the whole collection is left to
 * `finish`: the stop words, and the details part written without them. Without `counts` everything
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
  readonly names: MiniSearch<NameDocument>;
  readonly accessions: Record<string, string> = {};
  readonly dates: Record<string, YearSpan[]> = {};
  readonly hashes: DocumentHashes = {};
  readonly details = new DetailsPartBuilder();
  readonly vocabulary = new VocabularyCounter();

  constructor(
    readonly expander: ExpanderConfig,
    readonly termExpander: TermExpander,
    readonly make: ReturnType<typeof createDocumentMaker>,
  ) {
    this.names = new MiniSearch<NameDocument>(nameOptions(expander));
  }

  add(documents: SearchDocument[]) {
    const terms = detailTerms(documents, this.termExpander);
    this.details.add(documents.map((doc, i) => ({ id: doc.id, label: terms.label[i], text: terms.text[i] })));
    this.names.addAll(documents.map(nameDocument));
    for (const doc of documents) {
      if (doc.accession) this.accessions[doc.id] = doc.accession;
      if (doc.years.length > 0) this.dates[doc.id] = doc.years;
      this.hashes[doc.id] = documentHashes(doc);
      // The "did you mean" words, in the order `vocabularyOf` reads them.
      this.vocabulary.add([doc.title, doc.motif, doc.maker, doc.place, doc.label]);
    }
  }

  finish(): SearchIndex {
    const { stopWords, details } = this.details.finish();
    return new KioskSearchIndex({ ...this.common(), stopWords, details });
  }

  finishJson(): string {
    const { stopWords, detailsJson } = this.details.finishJson();
    return new KioskSearchIndex({ ...this.common(), stopWords, detailsJson }).toJSON();
  }

  private common() {
    return {
      expander: this.expander,
      vocabulary: this.vocabulary.vocabulary(),
      names: this.names,
      accessions: this.accessions,
      dates: this.dates,
      hashes: this.hashes,
    };
  }
}
