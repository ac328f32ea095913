/**
 * The Content-Security-Policy of the app origin (`kiosk://app` in Electron, `http://127.0.0.1:PORT`
 * in the web host). Sent as a response header by the request handler, so the page cannot weaken it
 * with a `<meta>` tag, and exported so the Electron adapter can reuse the exact same string.
 *
 * Why each loosening exists:
 * - `style-src 'unsafe-inline'`: React writes `style` attributes and OpenSeadragon sets inline styles.
 * - `img-src data: blob:`: ThumbHash placeholders are data URLs; OpenSeadragon and QR codes use blobs.
 * - `worker-src blob:`: search indexing may run in a worker built from a blob URL.
 * Everything else is same-origin only, and nothing may frame, post forms from, or rebase the page.
 */
export const KIOSK_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
