/**
 * The one place the collection tools reach into the image pipeline, so tests can swap in fakes
 * (see `CheckOptions.inspect` and `BuildOptions.derive`) without touching the rest.
 */
import type { buildDerivatives, inspectImage } from '../images/pipeline';

export {
  buildDerivatives,
  ImageProblem,
  imageWorkers,
  inspectImage,
  makeTiles,
  OutputProblem,
  runPool,
} from '../images/pipeline';
export type { ImageDerivatives, ImageJob } from '../images/pipeline';

/** Signature of the image inspection the check uses. */
export type InspectFn = typeof inspectImage;
/** Signature of the derivative builder the build uses. */
export type DeriveFn = typeof buildDerivatives;
