import { z } from 'zod';
import { DailySummaryListSchema } from '../../shared/insights-summary-schema';

/**
 * What a kiosk tells the fleet receiver every few minutes (issue 14). Every limit is there so one
 * misbehaving or hostile sender cannot make the receiver's memory, store file or page grow: a name
 * of at most 64 characters, at most 20 problems of at most 500 characters each, at most 14 days of
 * visitor counts (issue 15; absent when the page never reported any). Unknown fields are
 * dropped rather than refused, so a kiosk from a newer release still gets through to an older
 * receiver.
 */

const MAX_NAME_CHARS = 64;
const MAX_PROBLEMS = 20;
const MAX_PROBLEM_CHARS = 500;

export const heartbeatSchema = z.object({
  name: z
    .string({ error: 'must be text' })
    .min(1, { error: 'must not be empty' })
    .max(MAX_NAME_CHARS, { error: `must be at most ${MAX_NAME_CHARS} characters` }),
  version: z
    .number({ error: 'must be a whole number or null' })
    .int({ error: 'must be a whole number or null' })
    .nonnegative({ error: 'must not be negative' })
    .nullable(),
  verifiedAt: z.iso
    .datetime({ offset: true, error: 'must be an ISO date and time (like 2026-05-01T08:30:00Z) or null' })
    .nullable(),
  problems: z
    .array(
      z
        .string({ error: 'must be text' })
        .max(MAX_PROBLEM_CHARS, { error: `must be at most ${MAX_PROBLEM_CHARS} characters` }),
      { error: 'must be a list of texts' },
    )
    .max(MAX_PROBLEMS, { error: `must hold at most ${MAX_PROBLEMS} entries` }),
  uptimeSeconds: z
    .number({ error: 'must be a number of seconds' })
    .nonnegative({ error: 'must not be negative' })
    .finite({ error: 'must be a finite number' }),
  insights: DailySummaryListSchema.optional(),
});

/** One heartbeat as the kiosk sends it. */
export type HeartbeatBody = z.infer<typeof heartbeatSchema>;

/** What the kiosk's host reads from itself; the sender adds the kiosk's name. */
export type HeartbeatReading = Omit<HeartbeatBody, 'name'>;

/** Checks a parsed JSON body: the heartbeat, or one plain sentence naming the first wrong field. */
export function checkHeartbeat(
  raw: unknown,
): { ok: true; value: HeartbeatBody } | { ok: false; message: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, message: 'The heartbeat must be a JSON object.' };
  }
  const result = heartbeatSchema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const [issue] = result.error.issues;
  const field = issue.path.map(String).join('.');
  // A missing field fails its type check like a wrong one; only the input tells them apart.
  const missing = issue.path.length === 1 && !Object.hasOwn(raw, issue.path[0] as string);
  // The insights schema is shared with the hosts and speaks zod's own words ("Too big: ...").
  const detail = issue.path[0] === 'insights' ? `is wrong (${issue.message})` : issue.message;
  return {
    ok: false,
    message: missing ? `The heartbeat has no "${field}" field.` : `The heartbeat's "${field}" ${detail}.`,
  };
}
