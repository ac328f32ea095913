/** A region as written into a media entry's `regions` list (collection format, image px). */
export interface GeneratedRegion {
  element?: string;
  part?: string;
  box?: [number, number, number, number];
  polygon?: [number, number][];
}

/** The regions of one generated media file. */
export interface MediaRegions {
  file: string;
  regions: GeneratedRegion[];
}

/** A box as written: whole px, clamped inside a `width` x `height` image. */
export function pxBox(
  box: { x: number; y: number; w: number; h: number },
  width: number,
  height: number,
): [number, number, number, number] {
  const x = Math.max(0, Math.floor(box.x));
  const y = Math.max(0, Math.floor(box.y));
  const right = Math.min(width, Math.ceil(box.x + box.w));
  const bottom = Math.min(height, Math.ceil(box.y + box.h));
  return [x, y, right - x, bottom - y];
}
