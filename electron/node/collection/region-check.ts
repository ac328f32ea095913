/**
 * Regions on images (issue 16): what a region names must exist and its shape must lie on the
 * image. Every mistake is a warning and leaves out that region only, never its record. The check
 * and the compiler both ask {@link examineRegion}, so what the check passes is exactly what is built.
 */
import { closestKey } from './schema/closest-key';
import { isKeyed } from './schema/files';
import type { MotifFile, PieceFile, TermEntry } from './schema/files';
import type { RegionEntry } from './schema/region';
import { formatField } from './problems';
import type { FieldPath, ProblemKind, ProblemList } from './problems';
import type { CheckedMedia } from './media-check';
import type { ParsedCollection } from './read-collection';
import { quoteShort } from './text-limits';

type MotifElement = NonNullable<MotifFile['elements']>[number];
type KeyedElement = Extract<MotifElement, { key: string }>;

/** What a region may name, read once from the collection. */
export interface RegionContext {
  /** Every readable motif's elements (those whose own elements list is valid). */
  elements: ReadonlyMap<string, readonly MotifElement[]>;
  /** Motif folders with a valid name; undefined when motifs/ could not be listed (reported once). */
  motifIds: ReadonlySet<string> | undefined;
  /** terms/part.yaml, when it could be read. */
  parts: Readonly<Record<string, TermEntry>> | undefined;
}

export function regionContext(c: ParsedCollection): RegionContext {
  const elements = new Map<string, readonly MotifElement[]>();
  for (const m of c.checkable.motifs) if (m.data.elements) elements.set(m.id, m.data.elements);
  return {
    elements,
    motifIds: c.unlisted.has('motifs') ? undefined : c.ids.motifs,
    parts: c.terms.get('part')?.data.terms,
  };
}

/** Whose image the region is on: a motif's own (bare element keys) or a piece's (`motif/key`). */
export type RegionOwner = { kind: 'motifs'; id: string } | { kind: 'pieces'; motifs: readonly string[] };

/** What a region points at, once resolved. */
type RegionTarget =
  { kind: 'element'; key: string; element: KeyedElement } | { kind: 'part'; key: string; term: TermEntry };

/** One thing wrong with a region, at a path inside it (`box`, `polygon[3]`, `element`). */
interface Finding {
  path: FieldPath;
  kind: ProblemKind;
  message: string;
}

export type Examined = { target: RegionTarget; findings: [] } | { target?: undefined; findings: Finding[] };

const didYouMean = (written: string, known: readonly string[]): string => {
  const guess = closestKey(written, known);
  return guess === undefined ? '' : ` Did you mean "${guess}"?`;
};

/**
 * What a region names: found, wrong (a finding), or not checkable because the motif's own file has
 * errors, which are reported there and would only be repeated here.
 */
type Resolved = { target: RegionTarget } | { finding: Finding } | { unchecked: true };

const UNCHECKED: Resolved = { unchecked: true };
const wrong = (path: string, message: string): Resolved => ({
  finding: { path: [path], kind: 'dangling-region', message },
});

/** ` Did you mean "x"?` for a misspelt key, shown as it is written where the region is. */
const guessOf = (key: string, keys: readonly string[], shown: (k: string) => string): string => {
  const guess = closestKey(key, keys);
  return guess === undefined ? '' : ` Did you mean "${shown(guess)}"?`;
};

/** The element `key` of motif `motif` (a folder that exists), or what is wrong with that name. */
function findElement(ctx: RegionContext, motif: string, key: string, shown: (k: string) => string): Resolved {
  const elements = ctx.elements.get(motif);
  if (elements === undefined) return UNCHECKED;
  const keyed = elements.filter(isKeyed);
  const element = keyed.find((e) => e.key === key);
  if (element) return { target: { kind: 'element', key: `${motif}/${key}`, element } };
  const keys = keyed.map((e) => e.key);
  return wrong(
    'element',
    keys.length === 0
      ? `The elements of motifs/${motif} have no keys yet, so a region cannot name one: give each element a "key:" (see the curator's guide).`
      : `${quoteShort(key)} is not an element key of motifs/${motif}; its keys are ${keys.map(shown).join(', ')}.${guessOf(key, keys, shown)}`,
  );
}

function examineTarget(region: RegionEntry, owner: RegionOwner, ctx: RegionContext): Resolved {
  if (region.part !== undefined) {
    if (!ctx.parts) return UNCHECKED; // terms/part.yaml is missing or broken: reported once, there.
    const term = Object.hasOwn(ctx.parts, region.part) ? ctx.parts[region.part] : undefined;
    if (term) return { target: { kind: 'part', key: region.part, term } };
    return wrong(
      'part',
      `${quoteShort(region.part)} is not a layout part in terms/part.yaml (${Object.keys(ctx.parts).join(', ')}).${didYouMean(region.part, Object.keys(ctx.parts))}`,
    );
  }
  const written = region.element ?? '';
  const slash = written.indexOf('/');
  if (owner.kind === 'motifs') {
    if (slash !== -1) {
      return wrong(
        'element',
        `On a motif's own image an element is named by its key alone: write ${quoteShort(written.slice(slash + 1))}, not ${quoteShort(written)}.`,
      );
    }
    return findElement(ctx, owner.id, written, (k) => k);
  }
  const listed = owner.motifs.map((m) => `"${m}"`).join(', ') || 'none';
  if (slash === -1) {
    const candidates = owner.motifs.flatMap((m) =>
      (ctx.elements.get(m) ?? []).filter(isKeyed).map((e) => `${m}/${e.key}`),
    );
    const exact = candidates.filter((k) => k.endsWith(`/${written}`));
    const hint = exact.length === 1 ? ` Did you mean "${exact[0]}"?` : didYouMean(written, candidates);
    return wrong(
      'element',
      `On a piece's image an element is named <motif id>/<element key>, with a motif the piece lists under motifs: (${listed}).${hint}`,
    );
  }
  const motif = written.slice(0, slash);
  const key = written.slice(slash + 1);
  if (!ctx.motifIds) return UNCHECKED;
  if (!ctx.motifIds.has(motif)) {
    return wrong(
      'element',
      `${quoteShort(motif)} is not a motif folder under motifs/.${didYouMean(motif, owner.motifs.length ? owner.motifs : [...ctx.motifIds])}`,
    );
  }
  if (!owner.motifs.includes(motif)) {
    return wrong(
      'element',
      `This piece does not list the motif "${motif}" under motifs: (it lists ${listed}); add it there or name an element of one of those.`,
    );
  }
  return findElement(ctx, motif, key, (k) => `${motif}/${k}`);
}

/** Pixel size of the source image, after EXIF orientation. */
export interface ImageSize {
  width: number;
  height: number;
}

function examineShape(region: RegionEntry, image: ImageSize): Finding[] {
  const { width: W, height: H } = image;
  const size = `${W} x ${H} px`;
  if (region.box) {
    const [x, y, w, h] = region.box as [number, number, number, number];
    const written = `[${region.box.join(', ')}]`;
    if (w <= 0 || h <= 0) {
      return [
        {
          path: ['box'],
          kind: 'empty-region',
          message: `box ${written} has no area: its width and height (the 3rd and 4th numbers) must be more than 0.`,
        },
      ];
    }
    if (x < 0 || y < 0 || x + w > W || y + h > H) {
      return [
        {
          path: ['box'],
          kind: 'region-outside-image',
          message: `box ${written} reaches outside the image, which is ${size}: x and y start at 0, x + width may be up to ${W} and y + height up to ${H}.`,
        },
      ];
    }
    return [];
  }
  const points = (region.polygon ?? []) as [number, number][];
  const outside = points.findIndex(([x, y]) => x < 0 || y < 0 || x > W || y > H);
  if (outside !== -1) {
    return [
      {
        path: ['polygon', outside],
        kind: 'region-outside-image',
        message: `The point [${points[outside]!.join(', ')}] lies outside the image, which is ${size}: x may be 0 to ${W}, y 0 to ${H}.`,
      },
    ];
  }
  // Shoelace formula: twice the enclosed area, 0 when every point lies on one line.
  const area = points.reduce((sum, [x, y], i) => {
    const [nx, ny] = points[(i + 1) % points.length]!;
    return sum + x * ny - nx * y;
  }, 0);
  if (area === 0) {
    return [
      {
        path: ['polygon'],
        kind: 'empty-region',
        message:
          'The polygon has no area: its points lie on one line. Give at least three points that enclose the element.',
      },
    ];
  }
  return [];
}

/** What a region names and whether its shape lies on the image; findings empty when it can be shown. */
export function examineRegion(
  region: RegionEntry,
  image: ImageSize,
  owner: RegionOwner,
  ctx: RegionContext,
): Examined {
  const resolved = examineTarget(region, owner, ctx);
  const findings = [...('finding' in resolved ? [resolved.finding] : []), ...examineShape(region, image)];
  if (findings.length > 0 || !('target' in resolved)) return { findings };
  return { target: resolved.target, findings: [] };
}

/** The owner of an item's images. */
export function ownerOf(
  kind: 'pieces' | 'motifs',
  id: string,
  data: { motifs?: PieceFile['motifs'] | undefined },
): RegionOwner {
  return kind === 'motifs' ? { kind, id } : { kind, motifs: (data.motifs ?? []).map((m) => m.motif) };
}

/**
 * Reports every region of every image that passed the media check and cannot be shown: what it
 * names is unknown, or its shape is empty or off the image (whose size only the media check knows).
 */
export function checkRegions(
  c: ParsedCollection,
  media: readonly CheckedMedia[],
  problems: ProblemList,
): void {
  const ctx = regionContext(c);
  const items = {
    pieces: new Map(c.checkable.pieces.map((item) => [item.id, item])),
    motifs: new Map(c.checkable.motifs.map((item) => [item.id, item])),
  };
  for (const m of media) {
    const item = items[m.kind].get(m.itemId);
    if (!item || !m.entry.regions) continue;
    const owner = ownerOf(m.kind, m.itemId, item.data as { motifs?: PieceFile['motifs'] });
    m.entry.regions.forEach((region, r) => {
      if (!region) return; // left out already, with its own warning
      for (const finding of examineRegion(region, m, owner, ctx).findings) {
        const path = ['media', m.index, 'regions', r, ...finding.path];
        problems.add({
          file: m.file,
          field: formatField(path),
          line: item.lineAt(path),
          kind: finding.kind,
          message: `${finding.message} This region is left out; the image and its record are shown without it.`,
        });
      }
    });
  }
}
