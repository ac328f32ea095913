import type { ImageDerivatives } from '../../../../../electron/node/images/types';

/** The derivatives the pipeline made for job `id`; throws with the reason when it made none. */
export function derivativesOf(result: Map<string, ImageDerivatives | Error>, id: string): ImageDerivatives {
  const value = result.get(id);
  if (!value || value instanceof Error) throw new Error(`no derivatives for ${id}: ${String(value)}`);
  return value;
}
