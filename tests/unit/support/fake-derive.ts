import type { DeriveFn, ImageDerivatives } from '../../../electron/node/collection/image-adapter';

/** What the stand-in pipeline makes of one job: no files, a soga-brown 1200 x 800 image. */
function fakeDerivatives(id: string): ImageDerivatives {
  return {
    width: 1200,
    height: 800,
    thumbs: { '256': `media/${id}-256.webp` },
    cards: { '336': `media/${id}-card-336.jpg` },
    display: `media/${id}.webp`,
    palette: [{ family: 'soga', hex: '#8a5a2b', share: 1 }],
    sourceHash: id,
  };
}

/**
 * A stand-in pipeline for build tests: instant and deterministic, reporting progress as the real
 * one does. `fail` may turn a job (by its source path) into the error the pipeline would give.
 */
export function fakeDeriveWith(fail: (source: string) => Error | undefined = () => undefined): DeriveFn {
  return async (jobs, opts) => {
    const result = new Map<string, ImageDerivatives | Error>();
    jobs.forEach((job, i) => {
      result.set(job.id, fail(job.source) ?? fakeDerivatives(job.id));
      opts.onProgress?.(i + 1, jobs.length);
    });
    return result;
  };
}

/** The stand-in pipeline with every image succeeding. */
export const fakeDerive: DeriveFn = fakeDeriveWith();
