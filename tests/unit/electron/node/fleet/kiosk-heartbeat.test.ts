import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { heartbeatReading, startFleetReport } from '../../../../../electron/node/fleet/kiosk-heartbeat';
import { startTestReceiver, TOKEN } from './fleet-test-receiver';
import { heartbeatSchema } from '../../../../../electron/node/fleet/heartbeat-schema';

describe('heartbeatReading: what a kiosk tells the fleet receiver', () => {
  it('sends the published version it holds, when verified, and its problems in sentences', () => {
    const reading = heartbeatReading({
      publish: {
        url: 'http://s/',
        version: 4,
        verifiedAt: '2026-12-03T08:00:00.000Z',
        checkedAt: null,
        problem: 'latest.json could not be reached.',
      },
      collection: {
        sourceDir: '/media/usb',
        sourceMissing: true,
        building: false,
        lastGood: { at: '2026-12-03T07:00:00.000Z', version: 'v', warnings: 0, heldBackCount: 2 },
        lastFailure: {
          at: '2026-12-03T07:30:00.000Z',
          errorCount: 1,
          errors: [
            { file: 'latest.json', field: '', kind: 'publish', message: 'x'.repeat(600), severity: 'error' },
          ],
        },
      },
      uptimeSec: 12.6,
    });
    expect(reading.version).toBe(4);
    expect(reading.verifiedAt).toBe('2026-12-03T08:00:00.000Z');
    expect(reading.uptimeSeconds).toBe(13);
    expect(reading.problems[0]).toBe('latest.json could not be reached.');
    expect(reading.problems[1]).toBe('The collection folder /media/usb cannot be found.');
    expect(reading.problems[2]).toHaveLength(500);
    expect(reading.problems[3]).toBe('2 piece(s) or motif(s) held back by errors in their own folders.');
    // What it sends, the receiver accepts.
    expect(heartbeatSchema.safeParse({ name: 'Ruang 1', ...reading }).success).toBe(true);
  });

  it('sends null version and no problems for a kiosk that compiles its own folder and is fine', () => {
    expect(heartbeatReading({ publish: null, collection: null, uptimeSec: 5 })).toEqual({
      version: null,
      verifiedAt: null,
      problems: [],
      uptimeSeconds: 5,
    });
  });

  it("carries the page's visitor counts when it reported some, and no insights field before", () => {
    const insights = [
      { day: '2026-12-03', sessions: 12, glances: 4, totalMs: 1_800_000, searches: 9, zeroResultSearches: 2 },
    ];
    const reading = heartbeatReading({ publish: null, collection: null, uptimeSec: 5, insights });
    expect(reading.insights).toEqual(insights);
    expect(heartbeatSchema.safeParse({ name: 'Ruang 1', ...reading }).success).toBe(true);
    expect(
      heartbeatReading({ publish: null, collection: null, uptimeSec: 5, insights: null }),
    ).not.toHaveProperty('insights');
  });
});

describe('startFleetReport: a host reporting to the real receiver', () => {
  it('sends the kiosk state under its name, and refuses a bad token file in one logged sentence', async () => {
    const receiver = await startTestReceiver();
    const dir = mkdtempSync(path.join(tmpdir(), 'fleet-report-'));
    const tokenFile = path.join(dir, 'token');
    writeFileSync(tokenFile, `${TOKEN}\n`);
    const lines: string[] = [];
    const sender = startFleetReport(
      {
        url: new URL('heartbeat', receiver.url).toString(),
        tokenFile,
        name: 'Ruang Pesisiran',
        intervalMs: 3_600_000,
      },
      () => ({
        publish: {
          url: 'u',
          version: 3,
          verifiedAt: '2026-05-01T07:00:00.000Z',
          checkedAt: null,
          problem: null,
        },
        collection: null,
        uptimeSec: 60,
      }),
      (line) => lines.push(line),
    );
    try {
      await sender!.sendNow();
      const { kiosks } = await receiver.kiosks();
      expect(kiosks).toEqual([
        expect.objectContaining({ name: 'Ruang Pesisiran', version: 3, problems: [], uptimeSeconds: 60 }),
      ]);
      expect(lines).toEqual([]);
      writeFileSync(tokenFile, 'short');
      expect(
        startFleetReport(
          { url: receiver.url, tokenFile, name: 'x', intervalMs: 1000 },
          () => ({ publish: null, collection: null, uptimeSec: 0 }),
          (line) => lines.push(line),
        ),
      ).toBeNull();
      expect(lines).toEqual([expect.stringMatching(/^fleet report off: /)]);
    } finally {
      sender?.stop();
      await receiver.dispose();
    }
  });
});
