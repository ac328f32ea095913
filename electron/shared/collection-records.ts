/**
 * The compiled collection: what the plain-Node compiler writes under `/collection/` and what the
 * renderer syncs into IndexedDB. Defined once here and imported by both sides, so the two can
 * never drift apart. Type-only: nothing in this file may import a runtime-specific module.
 *
 * Curators never see this shape; they edit the YAML folder described in `collection/README.md`.
 */

/**
 * A language map in the IIIF style: BCP 47 tag -> text. `id` is always present after compile,
 * except in a name the curator wrote once for every language, which has only
 * {@link ANY_LANGUAGE}.
 */
export type LangMap = Record<string, string>;

/**
 * The key of a text that is the same in every language (IIIF's `none`): a maker's personal name,
 * a place name written as plain text. Shown as it is whatever the visitor's language, never marked
 * as a fallback.
 */
export const ANY_LANGUAGE = 'none';

/**
 * Schema version of the compiled output; bump it when the shape below changes incompatibly, and bump
 * the renderer's STORE_SCHEMA_VERSION with it so stored records of the old shape are dropped.
 */
export const COMPILED_SCHEMA_VERSION = 3;

type MediaView = 'full' | 'kepala' | 'detail' | 'reverse';

/** One image after the pipeline ran: URLs are relative to the collection root (`/collection/`). */
export interface MediaRecord {
  id: string;
  view: MediaView;
  alt: LangMap;
  credit?: LangMap;
  /** True for the project's generated drawings, which stand in for photographs. */
  illustrative: boolean;
  /** Pixel size of the source image, after EXIF orientation. */
  width: number;
  height: number;
  /**
   * Thumbnails by their long-side size in px, smallest first. A list, not an object keyed by size:
   * V8 keeps an object with keys "256" and "512" as a 3 KB sparse element store, 67 MB across the
   * 22,000 images of a 10,000-piece collection held by the page.
   */
  thumbs: ThumbRecord[];
  /**
   * 4:3 crops of the centre, smallest first, which cards draw instead of a thumbnail (the pipeline's
   * CARD_WIDTHS says why). Absent from a collection built before there were any: a card then draws
   * the thumbnail, cropped by the browser.
   */
  cards?: CardCropRecord[];
  /** A screen-sized rendering for the detail page. */
  display: string;
  /** Deep-zoom descriptor (DZI), when tiles were produced. */
  tiles?: string;
  /** ThumbHash (base64) drawn while the real image loads. */
  placeholder?: string;
  /** Dominant colours snapped to batik dye families, largest share first. */
  palette: PaletteEntry[];
  /** Named places on the image (a motif's elements, a cloth's layout parts), in the curator's order. */
  regions?: RegionRecord[];
}

/**
 * A place on an image the kiosk can point at: one element of a motif (`kind: 'element'`, `key` is
 * `<motif id>/<element key>`) or one layout part of a cloth (`kind: 'part'`, `key` is a term key of
 * the `part` vocabulary). Coordinates are fractions of the image's width and height (0..1), so they
 * hold for every rendering of it (thumbnail, display image, deep-zoom tiles).
 */
export interface RegionRecord {
  kind: 'element' | 'part';
  key: string;
  /** What it is: the region's own label, else the element's name or the part term's label. */
  label: LangMap;
  /** What it means or does, when the motif's element or the part term has a text for it. */
  about?: LangMap;
  /** Bounding box, fractions of the image size. */
  box: { x: number; y: number; width: number; height: number };
  /** The outline when the curator gave a polygon, as [x, y] fractions; else the box is the shape. */
  polygon?: [number, number][];
}

interface ThumbRecord {
  /** Long-side size in px. */
  size: number;
  src: string;
}

interface CardCropRecord {
  /** Width in px; the height is three quarters of it. */
  width: number;
  src: string;
}

export interface PaletteEntry {
  /** Id of a term in the `colour` vocabulary (e.g. `indigo`, `soga`, `mengkudu`). */
  family: string;
  hex: string;
  /** Share of the image, 0..1. */
  share: number;
}

export interface MakerCredit {
  maker: string;
  role: string;
  certainty: 'certain' | 'attributed' | 'uncertain';
}

export interface PieceRecord {
  id: string;
  accession: string;
  /** Term id in the `garment` vocabulary (kain panjang, sarung, selendang...). */
  objectType: string;
  /** Term id in the `group` vocabulary: mancanegara, nusantara, pedalaman, pesisiran, kontemporer. */
  group: string;
  title: LangMap;
  summary: LangMap;
  description: LangMap;
  motifs: { motif: string; part?: string }[];
  /** Derived from `motifs` for a multi-entry index. */
  motifIds: string[];
  techniques: string[];
  dyes: string[];
  /** Colour/dye-family term ids: declared by the curator, else derived from the palettes. */
  colours: string[];
  fabric?: string;
  production: {
    makers: MakerCredit[];
    place?: string;
    region?: string;
    era?: string;
    date: { display: LangMap; earliest?: number; latest?: number };
  };
  dimensions?: { heightCm?: number; widthCm?: number; note?: LangMap };
  inscriptions?: { text: string; location?: LangMap; translation?: LangMap }[];
  acquisition?: { method?: string; year?: number; source?: string; credit?: LangMap };
  rights?: LangMap;
  display: { onDisplay: boolean; location?: LangMap };
  media: MediaRecord[];
  related: string[];
  /** Conflicting or uncertain facts kept visible rather than silently resolved. */
  notes: LangMap[];
  /** Per-record content hash: lets sync rewrite only what changed. */
  hash: string;
}

export interface MotifRecord {
  id: string;
  name: LangMap;
  /** Spelling and naming variants (Jelamprang, Jlamprang...), used by search. */
  variants: string[];
  family: string;
  origins: string[];
  meaning: LangMap;
  history: LangMap;
  elements: LangMap[];
  colours: string[];
  era: { display: LangMap; earliest?: number; latest?: number };
  larangan: { restricted: boolean; rule?: LangMap };
  related: string[];
  media: MediaRecord[];
  notes: LangMap[];
  hash: string;
}

export interface TermRecord {
  /** `${vocab}:${key}` so ids are unique across vocabularies. */
  id: string;
  vocab: string;
  key: string;
  label: LangMap;
  description?: LangMap;
  parent?: string;
  /** Swatch colour for colour/dye families. */
  hex?: string;
  order: number;
  hash: string;
}

export interface MakerRecord {
  id: string;
  /** A language map; a personal name written once is `{ none: name }` (see ANY_LANGUAGE). */
  name: LangMap;
  kind: 'person' | 'workshop';
  about?: LangMap;
  place?: string;
  hash: string;
}

export interface PlaceRecord {
  id: string;
  /** A language map; a place name written once is `{ none: name }` (see ANY_LANGUAGE). */
  name: LangMap;
  region?: string;
  hash: string;
}

export type RecordKind = 'pieces' | 'motifs' | 'terms' | 'makers' | 'places';

export interface RecordsByKind {
  pieces: PieceRecord;
  motifs: MotifRecord;
  terms: TermRecord;
  makers: MakerRecord;
  places: PlaceRecord;
}

/** A file of records, named by its content hash so an unchanged chunk is never fetched twice. */
export interface ChunkRef {
  kind: RecordKind;
  file: string;
  hash: string;
  count: number;
}

/** `/collection/manifest.json`: small, fetched on every boot to decide whether to sync. */
export interface CollectionManifest {
  schema: number;
  /** Content hash over every chunk hash: equal versions mean identical collections. */
  version: string;
  builtAt: string;
  museum: LangMap;
  title: LangMap;
  languages: string[];
  defaultLanguage: string;
  /** Order in which content falls back when a field lacks the visitor's language. */
  fallback: string[];
  counts: Record<RecordKind, number>;
  chunks: ChunkRef[];
  /** Curator-editable search synonyms: each group lists words that should find each other. */
  synonyms: string[][];
  /**
   * The search index the build made of these records, so that a kiosk downloads it instead of
   * building it (absent from builds before it was shipped: the kiosk then builds its own).
   */
  search?: SearchIndexRef;
}

/**
 * Where a build's search index is: `file` (`search/index-<hash>.json`, content-named like a chunk)
 * holds its `ShippedSearchLayout`.
 */
export interface SearchIndexRef {
  file: string;
  hash: string;
  /**
   * A hash of what the index was made from (the chunks' hashes, the synonyms and languages, the
   * format): a build from the same records takes the last build's index files as they are.
   */
  source: string;
  /** The index's format (search/persisted-index.ts): a kiosk that reads another builds its own. */
  format: number;
}

/**
 * A shipped index's layout: the row a kiosk stores for it (the parts in order, cut into lines;
 * renderer/db/meta-rows.ts `StoredSearchIndex`), and where the parts' text is. Each part is a file
 * `search/<part key>.txt` (the key being two hashes of the text and its length, see
 * search/split-text.ts), and also in one of the `packs`: the listed parts' texts one after
 * the other. A kiosk fetches a pack where it lacks many of its parts, the part files where few.
 */
export interface ShippedSearchLayout {
  parts: string[];
  lines: number[];
  chars: number;
  names?: string[][];
  documentGroups?: number;
  packs: { file: string; parts: string[] }[];
}
