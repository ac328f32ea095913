import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setupFleetReport } from '../../../../electron/main/fleet-report';
import { startTestReceiver, TOKEN, type TestReceiver } from '../node/fleet/fleet-test-receiver';
import { fakeContext } from './fake-context';

let receiver: TestReceiver | null = null;
afterEach(async () => {
  await receiver?.dispose();
  receiver = null;
});

describe('setupFleetReport: the Electron kiosk reporting to the fleet receiver', () => {
  it("sends its name, the published version it holds, its uptime and the page's visitor counts, with the token file beside the config", async () => {
    receiver = await startTestReceiver();
    const { context } = fakeContext();
    const dir = mkdtempSync(path.join(tmpdir(), 'kiosk-fleet-'));
    writeFileSync(path.join(dir, 'fleet-token.txt'), TOKEN);
    context.loaded = {
      ...context.loaded,
      path: path.join(dir, 'kiosk-config.json'),
      config: {
        ...context.loaded.config,
        fleetUrl: new URL('heartbeat', receiver.url).toString(),
        fleetTokenFile: 'fleet-token.txt',
        kioskName: 'Ruang Nusantara',
      },
    };
    context.publishStatus = () => ({
      url: 'http://s/',
      version: 9,
      verifiedAt: '2026-05-01T07:00:00.000Z',
      checkedAt: null,
      problem: null,
    });
    const insights = [
      { day: '2026-05-01', sessions: 8, glances: 3, totalMs: 960_000, searches: 5, zeroResultSearches: 1 },
    ];
    context.insightsSummary = insights;
    const stop = setupFleetReport(context);
    try {
      await expect
        .poll(async () =>
          (await receiver!.kiosks()).kiosks.map((k) => [k.name, k.version, k.problems.length, k.insights]),
        )
        .toEqual([['Ruang Nusantara', 9, 0, insights]]);
    } finally {
      stop();
    }
  });

  it('sends nothing without a fleetUrl, and logs why with a fleetUrl but no token file', () => {
    const { context, log } = fakeContext();
    setupFleetReport(context)();
    expect(log.warn).not.toHaveBeenCalled();
    context.loaded.config.fleetUrl = 'http://10.0.0.5:5190/heartbeat';
    setupFleetReport(context)();
    expect(log.warn).toHaveBeenCalledWith(
      'fleet report off: fleetUrl is set but fleetTokenFile is not',
      context.loaded.path,
    );
  });
});
