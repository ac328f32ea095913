/** A rectangle: in fractions of an image (0..1), or in OpenSeadragon's viewport coordinates. */
export interface BoxRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The space left around a region when the viewer zooms to it, per side, as a share of the region's
 * own width and height: the region then fills about 5/6 of the frame along its tighter axis, with
 * enough of its surroundings to show where on the cloth it sits.
 */
export const FOCUS_MARGIN = 0.1;

/**
 * Where to point the viewer to show a region: the region (`box`, fractions of the image's width and
 * height) turned into viewport coordinates through the image's own bounds there (`image`; for a
 * single image OpenSeadragon puts it at x 0..1 and y 0..height/width), grown by `margin` on every
 * side and kept inside the image, so the margin never asks for the ground beyond the cloth's edge.
 */
export function focusBounds(box: BoxRect, image: BoxRect, margin = FOCUS_MARGIN): BoxRect {
  const clamp = (value: number) => Math.min(1, Math.max(0, value));
  const left = clamp(box.x - box.width * margin);
  const top = clamp(box.y - box.height * margin);
  const right = clamp(box.x + box.width * (1 + margin));
  const bottom = clamp(box.y + box.height * (1 + margin));
  return {
    x: image.x + left * image.width,
    y: image.y + top * image.height,
    width: (right - left) * image.width,
    height: (bottom - top) * image.height,
  };
}
