import type {
  MakerRecord,
  MediaRecord,
  MotifRecord,
  PieceRecord,
  PlaceRecord,
  RecordsByKind,
  RecordKind,
  TermRecord,
} from '../../shared/collection-records';
import { withHash } from './hash';
import type { ImageDerivatives } from './image-adapter';
import { nameLangMap, normaliseLangMap, optionalLangMap } from './lang';
import { mediaKey } from './media-jobs';
import type { Item, ParsedCollection } from './read-collection';
import { compileRegions } from './compile-regions';
import { ownerOf, regionContext } from './region-check';
import type { RegionContext } from './region-check';
import { isKeyed } from './schema/files';
import type { MediaEntry, PieceFile } from './schema/files';

/** Every record of the collection, grouped by kind, each kind sorted by id. */
export type CompiledRecords = { [K in RecordKind]: RecordsByKind[K][] };

/** Derivatives per media key (see `mediaKey`), from the image pipeline. */
export type DerivativesByKey = Map<string, { id: string; derivatives: ImageDerivatives }>;

function compileMedia(
  kind: 'pieces' | 'motifs',
  item: Item<{ media?: MediaEntry[] | undefined; motifs?: PieceFile['motifs'] }>,
  derived: DerivativesByKey,
  regionsIn: RegionContext,
): MediaRecord[] {
  const out: MediaRecord[] = [];
  const owner = ownerOf(kind, item.id, item.data);
  (item.data.media ?? []).forEach((entry, index) => {
    const found = derived.get(mediaKey(kind, item.id, index));
    if (!found) return;
    const d = found.derivatives;
    const regions = compileRegions(entry.regions, d, owner, regionsIn);
    out.push({
      id: found.id,
      view: entry.view,
      alt: normaliseLangMap(entry.alt),
      credit: optionalLangMap(entry.credit),
      illustrative: entry.illustrative ?? false,
      width: d.width,
      height: d.height,
      thumbs: Object.entries(d.thumbs)
        .map(([size, src]) => ({ size: Number(size), src }))
        .sort((a, b) => a.size - b.size),
      cards: Object.entries(d.cards)
        .map(([width, src]) => ({ width: Number(width), src }))
        .sort((a, b) => a.width - b.width),
      display: d.display,
      tiles: d.tiles,
      placeholder: d.placeholder,
      palette: d.palette,
      // Left out when there are none, so records without regions keep their hash.
      ...(regions.length > 0 ? { regions } : {}),
    });
  });
  return out;
}

/** The curator's colours, else the palette families of the full view (or the first image). */
function coloursOf(declared: string[] | undefined, media: MediaRecord[]): string[] {
  if (declared && declared.length > 0) return declared;
  const source = media.find((m) => m.view === 'full') ?? media[0];
  return [...new Set(source?.palette.map((p) => p.family) ?? [])];
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function compilePieces(
  c: ParsedCollection,
  derived: DerivativesByKey,
  regions: RegionContext,
): PieceRecord[] {
  return c.pieces.map((item) => {
    const d = item.data;
    const media = compileMedia('pieces', item, derived, regions);
    const p = d.production;
    return withHash({
      id: item.id,
      accession: d.accession,
      objectType: d.object,
      group: d.group,
      title: normaliseLangMap(d.title),
      summary: normaliseLangMap(d.summary),
      description: normaliseLangMap(d.description),
      motifs: d.motifs.map((m) => ({ motif: m.motif, part: m.part })),
      motifIds: [...new Set(d.motifs.map((m) => m.motif))],
      techniques: d.techniques,
      dyes: d.dyes ?? [],
      colours: coloursOf(d.colours, media),
      fabric: d.fabric,
      production: {
        makers: p.makers ?? [],
        place: p.place,
        region: p.region,
        era: p.era,
        date: { display: normaliseLangMap(p.date.display), earliest: p.date.earliest, latest: p.date.latest },
      },
      dimensions: d.dimensions && { ...d.dimensions, note: optionalLangMap(d.dimensions.note) },
      inscriptions: d.inscriptions?.map((i) => ({
        text: i.text,
        location: optionalLangMap(i.location),
        translation: optionalLangMap(i.translation),
      })),
      acquisition: d.acquisition && { ...d.acquisition, credit: optionalLangMap(d.acquisition.credit) },
      rights: optionalLangMap(d.rights),
      display: { onDisplay: d.display?.onDisplay ?? false, location: optionalLangMap(d.display?.location) },
      media,
      related: d.related ?? [],
      notes: (d.notes ?? []).map(normaliseLangMap),
    });
  });
}

function compileMotifs(
  c: ParsedCollection,
  derived: DerivativesByKey,
  regions: RegionContext,
): MotifRecord[] {
  return c.motifs.map((item) => {
    const d = item.data;
    const media = compileMedia('motifs', item, derived, regions);
    return withHash({
      id: item.id,
      name: normaliseLangMap(d.name),
      variants: d.variants ?? [],
      family: d.family,
      origins: d.origins ?? [],
      meaning: normaliseLangMap(d.meaning),
      history: d.history ? normaliseLangMap(d.history) : {},
      // Names only: the renderer and search read elements as texts; keys and meanings travel in regions.
      elements: (d.elements ?? []).map((e) => normaliseLangMap(isKeyed(e) ? e.name : e)),
      colours: coloursOf(d.colours, media),
      era: d.era
        ? { display: normaliseLangMap(d.era.display), earliest: d.era.earliest, latest: d.era.latest }
        : { display: {} },
      larangan: { restricted: d.larangan?.restricted ?? false, rule: optionalLangMap(d.larangan?.rule) },
      related: d.related ?? [],
      media,
      notes: (d.notes ?? []).map(normaliseLangMap),
    });
  });
}

function compileTerms(c: ParsedCollection): TermRecord[] {
  const out: TermRecord[] = [];
  for (const [vocab, file] of c.terms) {
    Object.entries(file.data.terms).forEach(([key, t], order) => {
      out.push(
        withHash({
          id: `${vocab}:${key}`,
          vocab,
          key,
          label: normaliseLangMap(t.label),
          description: optionalLangMap(t.description),
          parent: t.parent,
          hex: t.hex?.toLowerCase(),
          order,
        }),
      );
    });
  }
  return out;
}

/**
 * Turns a collection that passed the check into the kiosk's records. Term references inside
 * pieces and motifs stay as keys (the field names the vocabulary); term records carry
 * `${vocab}:${key}` ids. Only call with a collection whose check had no errors.
 */
export function compileRecords(c: ParsedCollection, derived: DerivativesByKey): CompiledRecords {
  const makers: MakerRecord[] = Object.entries(c.makers?.data.makers ?? {}).map(([id, m]) =>
    withHash({
      id,
      name: nameLangMap(m.name),
      kind: m.kind,
      about: optionalLangMap(m.about),
      place: m.place,
    }),
  );
  const places: PlaceRecord[] = Object.entries(c.places?.data.places ?? {}).map(([id, p]) =>
    withHash({ id, name: nameLangMap(p.name), region: p.region }),
  );
  const regions = regionContext(c);
  return {
    pieces: compilePieces(c, derived, regions).sort(byId),
    motifs: compileMotifs(c, derived, regions).sort(byId),
    terms: compileTerms(c).sort(byId),
    makers: makers.sort(byId),
    places: places.sort(byId),
  };
}
