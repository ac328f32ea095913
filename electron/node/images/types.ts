import type { PaletteEntry } from '../../shared/collection-records';
import type { LinkPlan } from './link-plan';

/** What the preflight check learns from one image without writing anything. */
export interface ImageInspection {
  /** Format found in the bytes: jpeg, png, webp, tiff, gif, svg, avif, heic or bmp. */
  format: string;
  /** Size after EXIF orientation is applied. */
  width: number;
  height: number;
  /** Pages (TIFF) or frames (GIF, WebP) in the file; the kiosk shows the first. */
  pages: number;
  /** True when the file's extension does not match its bytes (a PNG saved as .jpg). */
  extensionMismatch: boolean;
}

/** One source image to turn into derivatives. */
export interface ImageJob {
  /** Absolute path of the source image inside the collection folder. */
  source: string;
  /** Stable id used in output file names (e.g. `pieces-jlamprang-1900-full`). */
  id: string;
}

/** The derivatives of one image, paths relative to the output collection root. */
export interface ImageDerivatives {
  width: number;
  height: number;
  thumbs: Record<string, string>;
  /** Card crops by width (px). */
  cards: Record<string, string>;
  display: string;
  tiles?: string;
  placeholder?: string;
  palette: PaletteEntry[];
  /** Content hash of the source bytes: the incremental-build cache key. */
  sourceHash: string;
  /** Large enough for deep zoom, but its tiles are not made yet (`tiles: 'cached'`). */
  tilesPending?: boolean;
}

export interface PipelineOptions {
  /** Folder the derivatives go to (the new, not-yet-switched build folder). */
  outDir: string;
  /** Persistent cache folder keyed by source hash, reused across builds. */
  cacheDir: string;
  /** Colour/dye families to snap palettes to: term key -> hex. */
  colourFamilies: Record<string, string>;
  /**
   * Deep-zoom tiles: `true` (default) makes missing ones now; `'cached'` links only those already
   * made and marks the rest `tilesPending`; `false` makes none (fast unit tests).
   */
  tiles?: boolean | 'cached';
  /**
   * When given, the cache files are added to this plan instead of linked into `outDir`, and the
   * build links them only if it switches (a rebuild that changes nothing makes no links).
   */
  links?: LinkPlan;
  onProgress?: (done: number, total: number) => void;
}

export interface TileOptions {
  /** The derivative cache the tile sets go to (the builds' `cacheDir`). */
  cacheDir: string;
  /** Asked before each image: true stops the run (the images under way are finished). */
  shouldStop?: () => boolean;
  onProgress?: (done: number, total: number) => void;
}
