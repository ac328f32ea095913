import { z } from 'zod';
import { langMap } from './common';
import { regionSchema } from './region';

/** One image of a piece or motif, as listed under `media:`. */
export const mediaSchema = z.object({
  file: z.string().min(1),
  view: z.enum(['full', 'kepala', 'detail', 'reverse']),
  alt: langMap,
  credit: langMap.optional(),
  illustrative: z.boolean().optional(),
  /**
   * Places on the image. A slot is `undefined` only where the check left out a region with a
   * mistake (YAML itself cannot write `undefined`), so the other regions keep their positions and
   * the warnings about them name the right `regions[n]` (see `lenient-regions.ts`).
   */
  regions: z.array(regionSchema.optional()).optional(),
});
