import type { MotifRecord, PieceRecord } from '../../shared/collection-records';
import type { FieldPath } from './problems';

/** The ids a build will publish, to test a record's references against. */
export interface LiveIds {
  /** Term ids as the renderer looks them up: `${vocab}:${key}`. */
  terms: ReadonlySet<string>;
  makers: ReadonlySet<string>;
  places: ReadonlySet<string>;
  motifs: ReadonlySet<string>;
}

/** One reference of a record to something the build does not publish. */
export interface MissingReference {
  /** Where it is, as the curator's YAML names it (`motifs[0].motif`, `fabric`). */
  path: FieldPath;
  /** What is missing, for a sentence: `the motif "parang", which is not live`. */
  what: string;
}

type Check = (path: FieldPath, id: string | undefined) => void;

function checker(live: LiveIds, missing: MissingReference[]) {
  const inSet =
    (set: ReadonlySet<string>, describe: (id: string) => string, prefix = ''): Check =>
    (path, id) => {
      if (id !== undefined && !set.has(`${prefix}${id}`)) missing.push({ path, what: describe(id) });
    };
  const term = (vocab: string): Check =>
    inSet(live.terms, (key) => `the term "${key}", which is no longer in terms/${vocab}.yaml`, `${vocab}:`);
  return {
    term,
    list: (path: FieldPath, ids: readonly string[] | undefined, check: Check): void =>
      ids?.forEach((id, i) => check([...path, i], id)),
    maker: inSet(live.makers, (id) => `the maker "${id}", which is no longer in makers.yaml`),
    place: inSet(live.places, (id) => `the place "${id}", which is no longer in places.yaml`),
    motif: inSet(live.motifs, (id) => `the motif "${id}", which is not live`),
  };
}

/**
 * The references of a compiled piece that the renderer looks up and would not find in the build:
 * terms (by `${vocab}:${key}`), motifs, makers and places. Image palettes are not listed (the
 * renderer does not look their families up), nor are `related` links: those are dropped instead,
 * since a piece reads well without a "see also".
 */
export function missingPieceReferences(piece: PieceRecord, live: LiveIds): MissingReference[] {
  const missing: MissingReference[] = [];
  const c = checker(live, missing);
  c.term('garment')(['object'], piece.objectType);
  c.term('group')(['group'], piece.group);
  piece.motifs.forEach((m, i) => {
    c.motif(['motifs', i, 'motif'], m.motif);
    c.term('part')(['motifs', i, 'part'], m.part);
  });
  c.list(['techniques'], piece.techniques, c.term('technique'));
  c.list(['dyes'], piece.dyes, c.term('dye'));
  c.list(['colours'], piece.colours, c.term('colour'));
  c.term('fabric')(['fabric'], piece.fabric);
  piece.production.makers.forEach((m, i) => c.maker(['production', 'makers', i, 'maker'], m.maker));
  c.place(['production', 'place'], piece.production.place);
  c.term('region')(['production', 'region'], piece.production.region);
  c.term('era')(['production', 'era'], piece.production.era);
  return missing;
}

/** As {@link missingPieceReferences}, for a motif: its family, origins and colours. */
export function missingMotifReferences(motif: MotifRecord, live: LiveIds): MissingReference[] {
  const missing: MissingReference[] = [];
  const c = checker(live, missing);
  c.term('family')(['family'], motif.family);
  c.list(['origins'], motif.origins, c.place);
  c.list(['colours'], motif.colours, c.term('colour'));
  return missing;
}
