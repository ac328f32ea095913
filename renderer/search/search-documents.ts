import {
  ANY_LANGUAGE,
  type LangMap,
  type MakerRecord,
  type MotifRecord,
  type PieceRecord,
  type PlaceRecord,
  type TermRecord,
} from '../../electron/shared/collection-records';
import { datingSpans, type YearSpan } from './years';

/** Everything `createSearchIndex` is built from: the compiled records plus manifest settings. */
export interface SearchInput {
  pieces: PieceRecord[];
  motifs: MotifRecord[];
  terms: TermRecord[];
  makers: MakerRecord[];
  places: PlaceRecord[];
  /** Curator synonym groups (`CollectionManifest.synonyms`). */
  synonyms: string[][];
  /** The collection's languages: every one of them is searched at once. Empty means all found. */
  languages: string[];
}

/** The searchable fields, most important first (see `FIELD_BOOSTS` in search-query.ts). */
export type SearchField = 'title' | 'motif' | 'accession' | 'maker' | 'place' | 'label' | 'text';

/**
 * One document as MiniSearch sees it. Each field holds several phrases separated by newlines, so
 * that joining adjacent words never runs across two different values ("Kawung" + "Parang").
 * `years` is the record's date as spans of years (searched by year, outside MiniSearch; see years.ts).
 */
export type SearchDocument = { id: string; years: YearSpan[] } & Record<SearchField, string>;

/** Separates the phrases inside one field; the tokenizer splits on it first. */
export const PHRASE_BREAK = '\n';

/** Document ids carry the record kind, so hits need no stored fields. */
export const DOC_ID_PREFIX = { piece: 'p:', motif: 'm:' } as const;

/** Builds the search documents for every piece and motif. */
export function buildSearchDocuments(input: SearchInput): SearchDocument[] {
  const make = createDocumentMaker(input);
  return [...input.pieces.map(make.piece), ...input.motifs.map(make.motif)];
}

/** Makes documents one record at a time: what pieces refer to (motifs, terms...) is looked up in `input`. */
export interface DocumentMaker {
  piece(piece: PieceRecord): SearchDocument;
  motif(motif: MotifRecord): SearchDocument;
}

export function createDocumentMaker(input: Omit<SearchInput, 'pieces'>): DocumentMaker {
  const languages = new Set(input.languages);
  const texts = (map: LangMap | undefined): string[] =>
    map
      ? Object.entries(map).flatMap(([lang, text]) =>
          languages.size === 0 || languages.has(lang) || lang === ANY_LANGUAGE ? [text] : [],
        )
      : [];
  const motifs = new Map(input.motifs.map((m) => [m.id, m]));
  const makers = new Map(input.makers.map((m) => [m.id, m]));
  const places = new Map(input.places.map((p) => [p.id, p]));
  const terms = new Map(input.terms.map((t) => [t.id, t]));
  const termLabels = (vocab: string, keys: (string | undefined)[]): string[] =>
    keys.flatMap((key) => (key ? texts(terms.get(`${vocab}:${key}`)?.label) : []));
  const placeNames = (ids: (string | undefined)[]): string[] =>
    ids.flatMap((id) => (id ? texts(places.get(id)?.name) : []));
  const field = (values: string[]): string => values.filter(Boolean).join(PHRASE_BREAK);

  const piece = (piece: PieceRecord): SearchDocument => {
    const production = piece.production;
    const pieceMotifs = piece.motifIds.flatMap((id) => {
      const motif = motifs.get(id);
      return motif ? [...texts(motif.name), ...motif.variants] : [];
    });
    return {
      id: DOC_ID_PREFIX.piece + piece.id,
      title: field(texts(piece.title)),
      motif: field(pieceMotifs),
      accession: field([piece.accession]),
      maker: field(
        production.makers.flatMap((credit) => {
          const names = texts(makers.get(credit.maker)?.name);
          return names.length > 0 ? names : [credit.maker];
        }),
      ),
      place: field(placeNames([production.place])),
      label: field([
        ...termLabels('group', [piece.group]),
        ...termLabels('garment', [piece.objectType]),
        ...termLabels('technique', piece.techniques),
        ...termLabels('dye', piece.dyes),
        ...termLabels('colour', piece.colours),
        ...termLabels('fabric', [piece.fabric]),
        ...termLabels('region', [production.region]),
        ...termLabels('era', [production.era]),
      ]),
      years: datingSpans(production.date),
      text: field([
        ...texts(piece.summary),
        ...texts(piece.description),
        ...(piece.inscriptions ?? []).map((inscription) => inscription.text),
      ]),
    };
  };

  const motif = (motif: MotifRecord): SearchDocument => ({
    id: DOC_ID_PREFIX.motif + motif.id,
    title: field(texts(motif.name)),
    motif: field(motif.variants),
    accession: '',
    maker: '',
    place: field(placeNames(motif.origins)),
    label: field([...termLabels('family', [motif.family]), ...termLabels('colour', motif.colours)]),
    years: datingSpans(motif.era),
    text: field([...texts(motif.meaning), ...texts(motif.history), ...motif.elements.flatMap(texts)]),
  });
  return { piece, motif };
}

/**
 * Multi-word names whose joined spelling should also find their parts (Mega Mendung, Sido Mukti,
 * Tanjung Bumi...): motif names and variants and place names.
 */
export function compoundNames(input: SearchInput): string[] {
  const names = new Set<string>();
  for (const motif of input.motifs) {
    for (const name of [...Object.values(motif.name), ...motif.variants]) names.add(name);
  }
  for (const place of input.places) for (const name of Object.values(place.name)) names.add(name);
  // Sorted: the list is part of the index's settings, compared by updates, whatever the record order.
  return [...names].filter((name) => /\s|-/.test(name.trim())).sort();
}
