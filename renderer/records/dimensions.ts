/** Words for a dimension given alone ("height 106 cm"), from the host's translations. */
export interface DimensionWords {
  height: string;
  width: string;
}

/**
 * A piece's size in the visitor's language, e.g. "106 × 252 cm" or "106 × 252,5 cm" in Indonesian.
 * Numbers go through `Intl.NumberFormat` (decimal comma, grouping) and the unit through its
 * `centimeter` unit; undefined when no size is recorded.
 */
export function formatDimensions(
  dims: { heightCm?: number; widthCm?: number } | undefined,
  locale: string,
  words: DimensionWords,
): string | undefined {
  const valid = (n: number | undefined) => (n !== undefined && Number.isFinite(n) && n > 0 ? n : undefined);
  const height = valid(dims?.heightCm);
  const width = valid(dims?.widthCm);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const cm = new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'centimeter',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  });
  if (height !== undefined && width !== undefined) return `${number.format(height)} × ${cm.format(width)}`;
  if (height !== undefined) return `${words.height} ${cm.format(height)}`;
  if (width !== undefined) return `${words.width} ${cm.format(width)}`;
  return undefined;
}
