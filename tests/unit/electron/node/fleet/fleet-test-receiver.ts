import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  startFleetReceiver,
  type FleetReceiver,
  type FleetReceiverOptions,
} from '../../../../../electron/node/fleet/fleet-receiver';
import type { HeartbeatBody } from '../../../../../electron/node/fleet/heartbeat-schema';

export const TOKEN = 'test-token-0123456789abcdef';
export const AUTH = { authorization: `Bearer ${TOKEN}` };

/** A receiver on a free loopback port with its own store folder and a clock the test moves. */
export interface TestReceiver extends FleetReceiver {
  dir: string;
  storeFile: string;
  /** Moves the receiver's clock on. */
  advance(ms: number): void;
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  kiosks(): Promise<{
    published: { version: number | null; source: string; problem: string | null };
    receiverProblems: string[];
    kiosks: (HeartbeatBody & { receivedAt: string; behind: boolean; silent: boolean })[];
  }>;
  page(): Promise<string>;
  /** Closes the receiver and removes its folder. */
  dispose(): Promise<void>;
}

export const START = Date.parse('2026-05-01T08:00:00Z');

export async function startTestReceiver(
  options: Partial<FleetReceiverOptions> & { dir?: string } = {},
): Promise<TestReceiver> {
  const dir = options.dir ?? mkdtempSync(path.join(tmpdir(), 'fleet-'));
  const storeFile = options.storeFile ?? path.join(dir, 'heartbeats.json');
  let clock = START;
  const receiver = await startFleetReceiver({
    token: TOKEN,
    storeFile,
    now: () => new Date(clock),
    ...options,
  });
  return {
    ...receiver,
    dir,
    storeFile,
    advance: (ms) => {
      clock += ms;
    },
    post: (body, headers = AUTH) =>
      fetch(new URL('heartbeat', receiver.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    kiosks: async () => (await fetch(new URL('api/kiosks', receiver.url), { headers: AUTH })).json(),
    page: async () => (await fetch(receiver.url, { headers: AUTH })).text(),
    dispose: async () => {
      await receiver.close();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function heartbeat(overrides: Partial<HeartbeatBody> = {}): HeartbeatBody {
  return {
    name: 'lobby-1',
    version: 7,
    verifiedAt: '2026-05-01T07:55:00Z',
    problems: [],
    uptimeSeconds: 3_600,
    ...overrides,
  };
}
