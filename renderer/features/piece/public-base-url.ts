import { currentHost, useKioskSettings } from '../../host';
import { pieceUrl } from '../../kit/qr/piece-url';

/**
 * The public base URL for take-away QR codes given in the page's query (`?publicBaseUrl=`), used
 * in browser mode for curator previews and tests. Only a base `pieceUrl` accepts counts: anything
 * else (a `javascript:` address, a typo) means no QR code rather than a broken one.
 */
export function publicBaseUrlFromQuery(search: string): string | undefined {
  const value = new URLSearchParams(search).get('publicBaseUrl');
  return value && isUsableBase(value) ? value : undefined;
}

function isUsableBase(base: string): boolean {
  try {
    pieceUrl(base, 'x');
    return true;
  } catch {
    return false;
  }
}

/** The piece's public address for the QR code, or undefined when no usable base is configured. */
export function takeAwayUrl(base: string | undefined, pieceId: string): string | undefined {
  if (!base) return undefined;
  try {
    return pieceUrl(base, pieceId);
  } catch {
    return undefined;
  }
}

/**
 * The configured public base URL: the kiosk's settings (Electron's bridge, or the web host's
 * `--config`); in browser mode the page's query wins over them, for previews. Undefined while
 * unknown or when none is configured.
 */
export function usePublicBaseUrl(): string | undefined {
  const settings = useKioskSettings();
  const fromQuery = currentHost().kind === 'web' ? publicBaseUrlFromQuery(location.search) : undefined;
  if (fromQuery) return fromQuery;
  // Without settings the kiosk still works; it just offers no take-away code.
  const base = settings?.publicBaseUrl;
  return base && isUsableBase(base) ? base : undefined;
}
