import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import type { WebUnlockResult } from '../../shared/web-host-status';
import type { WebAdminSession } from './admin-session';

/**
 * The web host's `POST /api/admin/unlock` and `POST /api/admin/lock`, as plain functions from a
 * request to an answer (`host-api.ts` writes it). The body is refused past a small size and unless
 * it is JSON: a cross-site form cannot send `application/json` without a CORS preflight, which this
 * host never grants - on top of the same-origin check every endpoint has.
 */

/** An answer to write: status and JSON body. */
export interface ApiAnswer {
  status: number;
  body: unknown;
}

/** A PIN body is a few bytes; anything longer is not one. */
const MAX_BODY_BYTES = 1_024;

// Digits only and short, exactly as the Electron bridge's schema (electron/main/ipc.ts).
const unlockSchema = z.strictObject({ pin: z.string().regex(/^\d{1,12}$/) });

/** The token of `Authorization: Bearer <token>`, or null. */
export function bearerToken(req: IncomingMessage): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{1,128})$/.exec(req.headers.authorization ?? '');
  return match ? match[1] : null;
}

/** Reads a small JSON body; null when it is too long, not JSON or not declared as JSON. */
async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return null;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return null;
  }
}

/** `POST /api/admin/unlock` with `{"pin": "1234"}`. Without a configured PIN: `no-pin`, as on the kiosk. */
export async function unlockAnswer(
  req: IncomingMessage,
  admin: WebAdminSession | null,
  now: number,
  log?: (line: string) => void,
): Promise<ApiAnswer> {
  const parsed = unlockSchema.safeParse(await readJsonBody(req));
  if (!parsed.success) return { status: 400, body: { error: 'expected {"pin": "<digits>"} as JSON' } };
  if (!admin) return { status: 200, body: { ok: false, reason: 'no-pin' } satisfies WebUnlockResult };
  const result = await admin.unlock(parsed.data.pin, now);
  log?.(result.ok ? 'admin unlocked' : `admin unlock refused (${result.reason ?? 'wrong-pin'})`);
  return { status: 200, body: result };
}

/** `POST /api/admin/lock` with the session's bearer token; ends that session. */
export function lockAnswer(req: IncomingMessage, admin: WebAdminSession | null): ApiAnswer {
  admin?.lock(bearerToken(req));
  return { status: 200, body: { ok: true } };
}
