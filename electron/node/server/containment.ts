import { realpath } from 'node:fs/promises';
import path from 'node:path';

/** Why a URL path or file was refused. Logged, never shown to the client (which only sees 404). */
export type RefusalReason =
  | 'not-absolute'
  | 'empty-segment'
  | 'bad-encoding'
  | 'nul'
  | 'control-char'
  | 'backslash'
  | 'encoded-slash'
  | 'dot-segment'
  | 'double-encoding'
  | 'drive-or-stream'
  | 'dotfile'
  | 'windows-alias'
  | 'outside-root';

export type PathCheck = { ok: true; segments: string[] } | { ok: false; reason: RefusalReason };

/**
 * Splits a URL pathname (as `new URL(...).pathname` gives it, still percent-encoded) into decoded
 * segments that are safe to join onto a root folder, or says why it refuses.
 *
 * The URL parser has already removed literal `.`/`..` segments and turned raw backslashes into
 * slashes, but everything percent-encoded survives it, and callers may pass raw strings; so every
 * rule is checked here again after decoding each segment exactly once. A single trailing slash is
 * tolerated (`/pieces/` is a route of the single-page app).
 */
export function checkUrlPath(pathname: string): PathCheck {
  if (!pathname.startsWith('/')) return { ok: false, reason: 'not-absolute' };
  const raw = pathname.slice(1).split('/');
  if (raw.length > 1 && raw.at(-1) === '') raw.pop();
  if (raw.length === 1 && raw[0] === '') return { ok: true, segments: [] };

  const segments: string[] = [];
  for (const part of raw) {
    if (part === '') return { ok: false, reason: 'empty-segment' };
    let decoded: string;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      return { ok: false, reason: 'bad-encoding' };
    }
    const reason = segmentRefusal(decoded);
    if (reason) return { ok: false, reason };
    segments.push(decoded);
  }
  return { ok: true, segments };
}

const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|(com|lpt)[0-9\u00b9\u00b2\u00b3])(\.|$)/i;

function segmentRefusal(segment: string): RefusalReason | null {
  if (segment.includes('\0')) return 'nul';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we look for
  if (/[\u0001-\u001f\u007f]/.test(segment)) return 'control-char';
  if (segment.includes('\\')) return 'backslash';
  if (segment.includes('/')) return 'encoded-slash';
  if (segment === '.' || segment === '..') return 'dot-segment';
  // A `%` left after one decode means the client encoded twice, the classic filter bypass.
  if (segment.includes('%')) return 'double-encoding';
  // Drive letters (`C:`) and NTFS alternate data streams (`file::$DATA`) both need a colon.
  if (segment.includes(':')) return 'drive-or-stream';
  if (segment.startsWith('.')) return 'dotfile';
  // Windows strips trailing dots and spaces (`a.json.` opens `a.json`) and maps device names
  // (`aux.json`, `COM1`) to devices in any folder; the kiosk ships for Windows too.
  if (/[. ]$/.test(segment) || WINDOWS_DEVICE.test(segment)) return 'windows-alias';
  return null;
}

/** True when `candidate` is `root` itself or lies below it (both already realpath'd). */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  if (relative === '') return true;
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

export type ResolveResult =
  { ok: true; file: string } | { ok: false; reason: RefusalReason | 'not-found' | 'root-missing' };

/**
 * Joins checked segments onto `root`, follows symlinks with `realpath` and insists the result still
 * lies inside the realpath'd root, so a symlink planted in the collection cannot point outside it.
 */
export async function resolveInsideRoot(root: string, segments: readonly string[]): Promise<ResolveResult> {
  let realRoot: string;
  try {
    realRoot = await realpath(root);
  } catch {
    return { ok: false, reason: 'root-missing' };
  }
  let real: string;
  try {
    real = await realpath(path.join(realRoot, ...segments));
  } catch {
    return { ok: false, reason: 'not-found' };
  }
  if (!isInside(realRoot, real)) return { ok: false, reason: 'outside-root' };
  return { ok: true, file: real };
}
