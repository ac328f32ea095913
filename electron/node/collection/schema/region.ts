import { z } from 'zod';
import { langMap } from './common';
import type { KindParams } from './common';

/**
 * A place on an image: a motif's element or a cloth's layout part, given in pixels of the source
 * image as the curator (or the drawing generator) measured it. Which element, motif or part term
 * it names, and whether it lies inside the image, is checked later (see `region-check.ts`), when
 * the other files and the image sizes are known.
 */

const invalid = (message: string) => ({ message, params: { kind: 'invalid-value' } satisfies KindParams });

/** `[x, y, width, height]`: four numbers, not a tuple, so a short list gets a message that says so. */
const box = z
  .array(z.number())
  .refine(
    (b) => b.length === 4,
    invalid('box needs four numbers: [x, y, width, height], in pixels of the image.'),
  );

const point = z
  .array(z.number())
  .refine((p) => p.length === 2, invalid('a polygon point is two numbers: [x, y], in pixels of the image.'));

const polygon = z
  .array(point)
  .refine(
    (points) => points.length >= 3,
    invalid('polygon needs at least three points: [[x, y], [x, y], [x, y]].'),
  );

export const regionSchema = z
  .object({
    /** In a motif's own image the element key; in a piece's image `<motif id>/<element key>`. */
    element: z.string().min(1).optional(),
    /** A key of terms/part.yaml (kepala, badan, pinggiran...). */
    part: z.string().min(1).optional(),
    box: box.optional(),
    polygon: polygon.optional(),
    /** Overrides the element's name or the part term's label. */
    label: langMap.optional(),
  })
  .superRefine((region, ctx) => {
    const whichOne = (a: 'element' | 'box', b: 'part' | 'polygon', what: string): void => {
      const count = Number(region[a] !== undefined) + Number(region[b] !== undefined);
      if (count === 1) return;
      ctx.addIssue({
        code: 'custom',
        path: count === 0 ? [a] : [b],
        message:
          count === 0
            ? `A region needs ${what}: write "${a}:" or "${b}:".`
            : `A region has either "${a}:" or "${b}:", not both: keep the one you mean.`,
        params: { kind: count === 0 ? 'required' : 'invalid-value' } satisfies KindParams,
      });
    };
    whichOne('element', 'part', 'what it shows, a motif element or a layout part of the cloth');
    whichOne('box', 'polygon', 'a shape, a box [x, y, width, height] or a polygon of [x, y] points');
  });

export type RegionEntry = z.infer<typeof regionSchema>;
