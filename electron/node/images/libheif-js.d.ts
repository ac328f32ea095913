/**
 * The part of libheif-js (an Emscripten build of libheif, with the HEVC decoder libde265) that
 * decode-heif.ts uses. The package ships no types for its JavaScript interface.
 */
declare module 'libheif-js/wasm-bundle' {
  interface HeifImage {
    get_width(): number;
    get_height(): number;
    is_primary(): boolean;
    /** Decodes into `target.data` as RGBA; calls back with null when decoding fails. */
    display(
      target: { data: Uint8ClampedArray; width: number; height: number },
      done: (result: { data: Uint8ClampedArray } | null) => void,
    ): void;
    free(): void;
  }
  interface HeifDecoder {
    decoder: { delete?: () => void } | null;
    /** The top-level images; an empty list when the file cannot be parsed. */
    decode(bytes: Uint8Array): HeifImage[];
  }
  const libheif: { HeifDecoder: new () => HeifDecoder; ready?: Promise<unknown> };
  export = libheif;
}
