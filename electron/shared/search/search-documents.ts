import {
  ANY_LANGUAGE,
  type LangMap,
  type MakerRecord,
  type MotifRecord,
  type PieceRecord,
  type PlaceRecord,
  type TermRecord,
} from '../collection-records';
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
  // Plain loops pushing into one array per field rather than `flatMap` and spreads: a piece is
  // documented at every sync, and at 10,000 pieces those intermediate arrays were a third of it.
  const languages = new Set(input.languages);
  const anyLanguage = languages.size === 0;
  /** Pushes the texts of `map` in the collection's languages onto `out`; returns `out`. */
  const texts = (map: LangMap | undefined, out: string[] = []): string[] => {
    if (map) {
      for (const lang of Object.keys(map))
        if (anyLanguage || languages.has(lang) || lang === ANY_LANGUAGE) out.push(map[lang]!);
    }
    return out;
  };
  const motifs = new Map(input.motifs.map((m) => [m.id, m]));
  const makers = new Map(input.makers.map((m) => [m.id, m]));
  const places = new Map(input.places.map((p) => [p.id, p]));
  const terms = new Map(input.terms.map((t) => [t.id, t]));
  const termLabels = (vocab: string, keys: (string | undefined)[], out: string[] = []): string[] => {
    for (const key of keys) if (key) texts(terms.get(`${vocab}:${key}`)?.label, out);
    return out;
  };
  const placeNames = (ids: (string | undefined)[]): string[] => {
    const out: string[] = [];
    for (const id of ids) if (id) texts(places.get(id)?.name, out);
    return out;
  };
  const field = (values: string[]): string => values.filter(Boolean).join(PHRASE_BREAK);

  const piece = (piece: PieceRecord): SearchDocument => {
    const production = piece.production;
    const pieceMotifs: string[] = [];
    for (const id of piece.motifIds) {
      const motif = motifs.get(id);
      if (!motif) continue;
      texts(motif.name, pieceMotifs);
      for (const variant of motif.variants) pieceMotifs.push(variant);
    }
    return {
      id: DOC_ID_PREFIX.piece + piece.id,
      title: field(texts(piece.title)),
      motif: field(pieceMotifs),
      accession: field([piece.accession]),
      maker: field(makerNames(production.makers)),
      place: field(placeNames([production.place])),
      label: field(pieceLabels(piece)),
      years: datingSpans(production.date),
      text: field(pieceTexts(piece)),
    };
  };
  const makerNames = (credits: PieceRecord['production']['makers']): string[] => {
    const out: string[] = [];
    for (const credit of credits) {
      const before = out.length;
      texts(makers.get(credit.maker)?.name, out);
      if (out.length === before) out.push(credit.maker);
    }
    return out;
  };
  const pieceLabels = (piece: PieceRecord): string[] => {
    const { production } = piece;
    const out = termLabels('group', [piece.group]);
    termLabels('garment', [piece.objectType], out);
    termLabels('technique', piece.techniques, out);
    termLabels('dye', piece.dyes, out);
    termLabels('colour', piece.colours, out);
    termLabels('fabric', [piece.fabric], out);
    termLabels('region', [production.region], out);
    termLabels('era', [production.era], out);
    return out;
  };
  const pieceTexts = (piece: PieceRecord): string[] => {
    const out = texts(piece.summary);
    texts(piece.description, out);
    for (const inscription of piece.inscriptions ?? []) out.push(inscription.text);
    return out;
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
    text: field([
      ...texts(motif.meaning),
      ...texts(motif.history),
      ...motif.elements.flatMap((element) => texts(element)),
    ]),
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
