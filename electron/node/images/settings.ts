/**
 * Fixed choices of the image pipeline. Anything here that changes the bytes of a derivative must
 * come with a bump of PIPELINE_VERSION, so cached derivatives made the old way are not reused.
 */

/** Part of every cache key: bump when the derivatives change for the same source bytes. */
export const PIPELINE_VERSION = 'images-8';

/**
 * Largest image accepted, in pixels. sharp's `limitInputPixels` refuses bigger ones from the header
 * alone, so a decompression bomb (a tiny file claiming 20000 x 20000 px) never gets decoded.
 */
export const MAX_INPUT_PIXELS = 100_000_000;

/**
 * How strictly pixel data is decoded, in the check and in the build alike (one setting, so the two
 * can never disagree): 'warning', sharp's strictest, refuses a JPEG cut off while copying or one
 * with damaged data instead of showing grey bands or garbage on the kiosk.
 */
export const FAIL_ON = 'warning' as const;

/**
 * Long side the check decodes to. Every byte of pixel data is still read (that is what finds a
 * damaged file), but JPEG's shrink-on-load skips most of the work of a full-size decode.
 */
export const CHECK_DECODE_SIZE = 256;

/** Long-side sizes of the thumbnails, in px. */
export const THUMB_SIZES = [256, 512] as const;

/**
 * Widths of the card crops, in px: the picture of a piece or motif card is a 4:3 box the photo
 * covers, centred (cards.css), about 325 x 244 px on a 1080p kiosk. Cropped here to that shape,
 * the grid decodes only the pixels it shows and draws them at about their size, where the 512 px
 * thumbnail decoded up to three times as many (a square cloth) or was drawn 1.13x enlarged (a wide
 * one). At 3,000 pieces and 1,300 pictures the grid's scroll spent 13% less time in raster and
 * decoding and its longest task fell from 67-88 to 61-64 ms (ui bench, three runs each, AMD EPYC
 * VM, 2026-12-06). The second width serves screens of twice the pixel density, and wider cards.
 */
export const CARD_WIDTHS = [336, 672] as const;

/** A card picture's height for its width: 4:3, as `.card__picture` draws it. */
export const cardHeight = (width: number): number => Math.round((width * 3) / 4);

/** Long side of the screen-sized rendering; images larger than this also get deep-zoom tiles. */
export const DISPLAY_SIZE = 1600;

/**
 * Natural-white mori: transparent areas are flattened onto this, so a cut-out PNG reads as a cloth
 * lying on undyed cotton rather than on black.
 */
export const CLOTH_BACKGROUND = '#f3ead8';

/**
 * WebP for the display size and the deep-zoom tiles, no fallback: the kiosk renderer is always
 * Chromium (Electron, or the web host opened in Chromium), and every Chromium reads WebP. AVIF
 * would be smaller but encodes several times slower, which matters for a full rebuild on a 2-core
 * machine.
 */
export const WEBP_QUALITY = 80;

/**
 * Thumbnails are baseline JPEG instead: the browse grid decodes one per card as it scrolls, on
 * Chromium's single raster thread of a 2-core kiosk, and the compositor cannot show a new row
 * until its pictures are decoded. A 512 px thumbnail of the sample took 3.5-5 ms to decode as WebP
 * in Chromium's raster trace, and sharp decodes the same picture three to four times faster as
 * JPEG at about the same size (q82: 55 against 52 KB; AMD EPYC VM, 2026-12-05).
 */
export const THUMB_JPEG_QUALITY = 82;

/**
 * libwebp's effort (0-6, sharp's default 4) for the screen sizes, which a kiosk waits for before it
 * can go live. Measured on a 1,600 px display image of the sample (AMD EPYC VM, 2026-12-04): effort
 * 4 186 ms, 2 103 ms, 0 65 ms for 5% more bytes than 2 (340 against 324 KB); 0 took the first
 * build of a fresh clone from 19.5 to 17.4 s. Deep-zoom tiles, made in the background, keep the
 * default.
 */
export const SCREEN_WEBP_EFFORT = 0;

/** Deep-zoom tile edge: 512 keeps the file count (and hard-link time) low for 4000 px scans. */
export const TILE_SIZE = 512;

/** ThumbHash works on at most 100 x 100 px. */
export const PLACEHOLDER_SIZE = 100;

/** Side of the render the palette is computed from. */
export const PALETTE_SAMPLE_SIZE = 64;
