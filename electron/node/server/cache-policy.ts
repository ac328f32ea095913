/** Names that change whenever their bytes change may be cached for good. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else is revalidated on every use (with the ETag), so a new build shows at once. */
export const REVALIDATE = 'no-cache';

/**
 * Vite names what it emits into `assets/` `<name>-<8 url-safe chars>.<ext>`, and nothing else lands
 * there (files of `public/` go to the root), so inside `assets/` that shape is trusted as a hash.
 */
const VITE_HASH = /-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

/**
 * A hex hash must mix digits and letters: that keeps words made of a-f (`deadbeef`) and dates
 * (`19001950`) from passing for one. A real hash without both is merely revalidated, never stale.
 */
function looksLikeHash(token: string): boolean {
  return /\d/.test(token) && /[a-z]/i.test(token);
}

/**
 * The compiler names chunks and derivatives with a hex content hash: `chunks/pieces-<16 hex>.json`,
 * `media/<id>-<8 hex>-256.jpg`.
 */
function hasHexHashToken(stem: string): boolean {
  return stem.split(/[-._]/).some((token) => /^[0-9a-f]{8,}$/i.test(token) && looksLikeHash(token));
}

/**
 * `Cache-Control` for a served file, from its URL segments relative to its root.
 *
 * @param area - `renderer` for the app build, `collection` for the compiled collection.
 */
export function cacheControlFor(area: 'renderer' | 'collection', segments: readonly string[]): string {
  const name = segments.at(-1) ?? '';
  if (area === 'collection' && name === 'manifest.json') return REVALIDATE;
  if (area === 'renderer' && segments.length === 2 && segments[0] === 'assets' && VITE_HASH.test(name)) {
    return IMMUTABLE;
  }
  const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
  if (hasHexHashToken(stem)) return IMMUTABLE;
  // Deep-zoom tiles live in a folder named after the hashed image (`media/<id>-<hash>_files/12/3_4.webp`).
  const folders = segments.slice(0, -1);
  return area === 'collection' && folders.some(hasHexHashToken) ? IMMUTABLE : REVALIDATE;
}
