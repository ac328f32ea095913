/** Where a base URL may put the piece's id; without it the id is appended as the last path segment. */
const ID_PLACEHOLDER = '{id}';

/**
 * The public web address of a piece for the take-away QR code. `baseUrl` is the museum's
 * configured public base, e.g. `https://museum.example/koleksi/` or `https://museum.example/p?id={id}`.
 * Only http(s) bases are accepted - a QR code a visitor's phone opens must not carry a `javascript:`
 * or `file:` address - and the id is percent-encoded so it cannot change the path or query.
 */
export function pieceUrl(baseUrl: string, pieceId: string): string {
  let base: URL;
  try {
    base = new URL(baseUrl.trim());
  } catch {
    throw new Error(`take-away QR: publicBaseUrl "${baseUrl}" is not an absolute URL`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw new Error(`take-away QR: publicBaseUrl "${baseUrl}" must start with http:// or https://`);
  }
  if (base.username || base.password) {
    throw new Error(`take-away QR: publicBaseUrl "${baseUrl}" must not contain a user name or password`);
  }
  if (pieceId.trim() === '') throw new Error('take-away QR: pieceId is empty');
  const encoded = encodeURIComponent(pieceId);
  // The URL parser percent-encodes braces, so look for the placeholder in either form.
  const text = base.href;
  for (const placeholder of [ID_PLACEHOLDER, encodeURI(ID_PLACEHOLDER)]) {
    if (text.includes(placeholder)) return text.split(placeholder).join(encoded);
  }
  base.pathname = `${base.pathname.replace(/\/?$/, '/')}${encoded}`;
  return base.href;
}
