import type { RegionRecord } from '../../shared/collection-records';
import { normaliseLangMap, optionalLangMap } from './lang';
import { examineRegion } from './region-check';
import type { ImageSize, RegionContext, RegionOwner } from './region-check';
import type { RegionEntry } from './schema/region';

/** Four decimals: a tenth of a pixel on a 1,000 px image, about a pixel on the largest photos. */
const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;
const fraction = (value: number, of: number): number => round4(value / of);

/**
 * The regions of one image as the kiosk reads them: fractions of the image size, each with its
 * label and what it means. A region the check warned about is left out (the same
 * {@link examineRegion} decides both), so the record and its other regions always go live.
 */
export function compileRegions(
  regions: readonly (RegionEntry | undefined)[] | undefined,
  image: ImageSize,
  owner: RegionOwner,
  ctx: RegionContext,
): RegionRecord[] {
  const out: RegionRecord[] = [];
  for (const region of regions ?? []) {
    if (!region) continue;
    const { target } = examineRegion(region, image, owner, ctx);
    if (!target) continue;
    const [x, y, width, height] = region.polygon
      ? boundsOf(region.polygon as [number, number][])
      : (region.box as [number, number, number, number]);
    const about = target.kind === 'element' ? target.element.meaning : target.term.description;
    out.push({
      kind: target.kind,
      key: target.key,
      label: normaliseLangMap(
        region.label ?? (target.kind === 'element' ? target.element.name : target.term.label),
      ),
      about: optionalLangMap(about),
      // Right and bottom edges rounded as points too, so a box that ends at the image edge ends at 1.
      box: {
        x: fraction(x, image.width),
        y: fraction(y, image.height),
        width: round4(fraction(x + width, image.width) - fraction(x, image.width)),
        height: round4(fraction(y + height, image.height) - fraction(y, image.height)),
      },
      polygon: region.polygon?.map(([px, py]) => [fraction(px!, image.width), fraction(py!, image.height)]),
    });
  }
  return out;
}

function boundsOf(points: [number, number][]): [number, number, number, number] {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  const [left, top] = [Math.min(...xs), Math.min(...ys)];
  return [left, top, Math.max(...xs) - left, Math.max(...ys) - top];
}
