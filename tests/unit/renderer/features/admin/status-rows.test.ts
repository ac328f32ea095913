import { describe, expect, it } from 'vitest';
import type { Translate } from '../../../../../renderer/i18n/ui-keys';
import { statusReport } from '../../../../../renderer/features/admin/status-rows';
import {
  splitUptime,
  toStatusView,
  type RendererSyncView,
} from '../../../../../renderer/features/admin/status-view';
import type { AdminStatus, CollectionStatus } from '../../../../../electron/shared/kiosk-status';
import type { WebHostStatus } from '../../../../../electron/shared/web-host-status';

// A stand-in `t` that shows the key and its values, so the tests read what the page would say.
const t: Translate = (key, values) =>
  values
    ? `${key}(${Object.entries(values)
        .map(([k, v]) => `${k}=${v}`)
        .join(',')})`
    : key;
const format = { dateTime: (iso: string) => `@${iso}`, number: (n: number) => String(n) };

const collection: CollectionStatus = {
  sourceDir: '/media/usb/collection',
  sourceMissing: false,
  building: false,
  lastGood: { at: '2026-11-28T01:00:00.000Z', version: 'v1', warnings: 2 },
  lastFailure: {
    at: '2026-11-28T02:00:00.000Z',
    errors: [
      {
        file: 'pieces/kawung-cap/piece.yaml',
        field: 'title.id',
        line: 4,
        kind: 'required',
        message: 'needs an Indonesian title',
        severity: 'error',
      },
    ],
    errorCount: 3,
  },
};
const browser: WebHostStatus = {
  mode: 'browser',
  versions: { app: '0.1.0', node: '20.20.2' },
  startedAt: '2026-11-28T00:00:00.000Z',
  uptimeSec: 93_784,
  memoryMB: 120,
  watching: true,
  collection,
};
const kiosk: AdminStatus = {
  versions: { app: '0.1.0', electron: '45.5.0', chrome: '140.0', node: '22.1.0' },
  startedAt: '2026-11-28T00:00:00.000Z',
  uptimeSec: 60,
  memoryMB: 300,
  collection: { ...collection, lastFailure: null },
  config: {
    path: '/cfg/kiosk.json',
    exists: true,
    problems: [{ field: 'idleTimeoutSec', message: 'too small' }],
  },
  recoveries: [{ at: '2026-11-28T00:30:00.000Z', kind: 'reload', detail: 'renderer gone (crashed)' }],
};
const synced: RendererSyncView = {
  storeVersion: 'v1',
  syncedAt: '2026-11-28T01:00:05.000Z',
  host: 'ok',
  syncing: false,
};

describe('status page', () => {
  it("reads the web host's status: no Electron versions, the curator errors with file, line and field", () => {
    const report = statusReport(toStatusView(browser), synced, t, format);
    const rows = Object.fromEntries(report.rows.map((row) => [row.label, row.value]));
    expect(rows['admin.mode']).toBe('admin.modeBrowser');
    expect(rows['admin.screenVersion']).toBe('admin.versionAt(version=v1,time=@2026-11-28T01:00:05.000Z)');
    expect(rows['admin.lastBuild']).toBe('admin.versionAt(version=v1,time=@2026-11-28T01:00:00.000Z)');
    expect(rows['admin.electronVersion']).toBe('admin.notInBrowser');
    expect(rows['admin.uptime']).toBe('admin.uptimeValue(days=1,hours=2,minutes=3)');
    expect(rows['admin.memory']).toBe('admin.memoryValue(mb=120)');
    expect(rows['admin.watching']).toBe('admin.yes');
    expect(rows['admin.tilesPending']).toBeUndefined();
    expect(report.rejectedTitle).toBe('admin.rejectedTitle(time=@2026-11-28T02:00:00.000Z,count=3)');
    expect(report.errors).toEqual([
      { place: 'pieces/kawung-cap/piece.yaml:4', field: 'title.id', message: 'needs an Indonesian title' },
    ]);
    expect(report.moreErrors).toBe('admin.moreErrors(count=2)');
    expect(report.alerts).toEqual([]);
  });

  it('counts the pictures still waiting for their deep-zoom tiles while the live build makes them', () => {
    const live = {
      ...browser,
      collection: { ...collection, building: true, lastGood: { ...collection.lastGood!, tilesPending: 46 } },
    };
    const rows = Object.fromEntries(
      statusReport(toStatusView(live), synced, t, format).rows.map((row) => [row.label, row.value]),
    );
    expect(rows['admin.buildState']).toBe('admin.building');
    expect(rows['admin.tilesPending']).toBe('46');
  });

  it("reads Electron's status: versions, config problems and recoveries", () => {
    const report = statusReport(toStatusView(kiosk), synced, t, format);
    const rows = Object.fromEntries(report.rows.map((row) => [row.label, row.value]));
    expect(rows['admin.mode']).toBe('admin.modeKiosk');
    expect(rows['admin.electronVersion']).toBe('45.5.0');
    expect(rows['admin.watching']).toBeUndefined();
    expect(report.rejectedTitle).toBe('admin.rejectedNone');
    expect(report.errors).toEqual([]);
    expect(report.configProblems).toEqual(['idleTimeoutSec: too small']);
    expect(report.recoveries).toEqual([
      { at: '@2026-11-28T00:30:00.000Z', what: 'reload: renderer gone (crashed)' },
    ]);
  });

  it('shows what a pulling kiosk holds from its publisher, and its last problem as an alert', () => {
    const pulling: WebHostStatus = {
      ...browser,
      watching: false,
      publish: {
        url: 'http://10.0.0.2/batik/',
        version: 7,
        verifiedAt: '2026-12-03T08:00:00.000Z',
        checkedAt: '2026-12-03T09:00:00.000Z',
        problem: 'http://10.0.0.2/batik/latest.json could not be reached (ECONNREFUSED).',
      },
    };
    const report = statusReport(toStatusView(pulling), synced, t, format);
    const rows = Object.fromEntries(report.rows.map((row) => [row.label, row.value]));
    expect(rows['admin.publishFrom']).toBe('http://10.0.0.2/batik/');
    expect(rows['admin.publishVersion']).toBe(
      'admin.publishVersionAt(version=7,time=@2026-12-03T08:00:00.000Z)',
    );
    expect(rows['admin.publishChecked']).toBe('@2026-12-03T09:00:00.000Z');
    expect(rows['admin.sourceDir']).toBeUndefined();
    expect(report.alerts).toEqual([
      'admin.publishProblem(problem=http://10.0.0.2/batik/latest.json could not be reached (ECONNREFUSED).)',
    ]);
    const first = {
      ...pulling,
      publish: { ...pulling.publish!, version: null, verifiedAt: null, checkedAt: null, problem: null },
    };
    const before = Object.fromEntries(
      statusReport(toStatusView(first), synced, t, format).rows.map((r) => [r.label, r.value]),
    );
    expect([before['admin.publishVersion'], before['admin.publishChecked']]).toEqual([
      'admin.none',
      'admin.none',
    ]);
  });

  it('puts the host-unreachable and missing-folder conditions first', () => {
    const away = { ...browser, collection: { ...collection, sourceMissing: true } };
    const report = statusReport(toStatusView(away), { ...synced, host: 'unreachable' }, t, format);
    expect(report.alerts).toEqual(['admin.hostUnreachable', 'admin.sourceMissing']);
  });

  it('says when the last sync was abandoned and the screen kept its collection', () => {
    const stoppedSync = 'chunks/pieces-0123456789abcdef.json: its content does not match the manifest';
    const report = statusReport(toStatusView(browser), { ...synced, stoppedSync }, t, format);
    expect(report.alerts).toEqual([`admin.syncStopped(detail=${stoppedSync})`]);
  });

  it("still shows the page's own facts when the host gave no status", () => {
    const report = statusReport(
      null,
      { storeVersion: null, syncedAt: null, host: 'unknown', syncing: true },
      t,
      format,
    );
    expect(report.rows.map((row) => row.label)).toEqual([
      'admin.mode',
      'admin.screenVersion',
      'admin.syncState',
    ]);
    expect(report.rows[1]?.value).toBe('admin.none');
  });
});

it('splits uptime into days, hours and minutes', () => {
  expect(splitUptime(0)).toEqual({ days: 0, hours: 0, minutes: 0 });
  expect(splitUptime(59)).toEqual({ days: 0, hours: 0, minutes: 0 });
  expect(splitUptime(3 * 86_400 + 23 * 3600 + 59 * 60 + 59)).toEqual({ days: 3, hours: 23, minutes: 59 });
});
