import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { statusReport, type Translate } from '../../../../../renderer/features/admin/status-rows';
import { StatusReport, type StatusReportLabels } from '../../../../../renderer/features/admin/StatusReport';
import { toStatusView, type RendererSyncView } from '../../../../../renderer/features/admin/status-view';
import type { CollectionStatus, HeldBackRecordView } from '../../../../../electron/shared/kiosk-status';
import type { WebHostStatus } from '../../../../../electron/shared/web-host-status';

// A stand-in `t` that shows the key and its values, so the tests read what the page would say.
const t: Translate = (key, values) =>
  values
    ? `${key}(${Object.entries(values)
        .map(([k, v]) => `${k}=${v}`)
        .join(',')})`
    : key;
const format = { dateTime: (iso: string) => `@${iso}`, number: (n: number) => String(n) };
const synced: RendererSyncView = { storeVersion: 'v2', syncedAt: null, host: 'ok', syncing: false };

const heldBack: HeldBackRecordView[] = [
  {
    kind: 'motifs',
    id: 'parang',
    previousKept: false,
    problems: [
      {
        file: 'motifs/parang/motif.yaml',
        field: 'name.id',
        line: 1,
        kind: 'required',
        message: 'The Indonesian text (id) is required.',
        severity: 'error',
      },
    ],
  },
  {
    kind: 'pieces',
    id: 'kawung-cap',
    previousKept: true,
    problemCount: 4,
    problems: [
      {
        file: 'pieces/kawung-cap/piece.yaml',
        field: 'media[0].file',
        line: 20,
        kind: 'unreadable-media',
        message: '"full.jpg" cannot be read as an image.',
        severity: 'error',
      },
    ],
  },
];

function hostWith(lastGood: CollectionStatus['lastGood']): WebHostStatus {
  return {
    mode: 'browser',
    versions: { app: '0.1.0', node: '20.20.2' },
    startedAt: '2026-11-28T00:00:00.000Z',
    uptimeSec: 60,
    memoryMB: 100,
    watching: true,
    collection: { sourceDir: '/c', sourceMissing: false, building: false, lastGood, lastFailure: null },
  };
}
const live = { at: '2026-11-28T01:00:00.000Z', version: 'v2', warnings: 0 };

describe('held-back records on the status page', () => {
  it('lists each record, what the screens show of it and its problems, with an alert and the rest counted', () => {
    const report = statusReport(
      toStatusView(hostWith({ ...live, heldBack, heldBackCount: 7 })),
      synced,
      t,
      format,
    );
    expect(report.alerts).toEqual(['admin.heldBackAlert(count=7)']);
    expect(report.heldBack).toEqual({
      title: 'admin.heldBackTitle(count=7)',
      alert: 'admin.heldBackAlert(count=7)',
      rows: [
        {
          record: 'admin.heldBackMotif(id=parang)',
          shown: 'admin.heldBackLeftOut',
          problems: [
            {
              place: 'motifs/parang/motif.yaml:1',
              field: 'name.id',
              message: 'The Indonesian text (id) is required.',
            },
          ],
          more: null,
        },
        {
          record: 'admin.heldBackPiece(id=kawung-cap)',
          shown: 'admin.heldBackKept',
          problems: [
            {
              place: 'pieces/kawung-cap/piece.yaml:20',
              field: 'media[0].file',
              message: '"full.jpg" cannot be read as an image.',
            },
          ],
          more: 'admin.moreErrors(count=3)',
        },
      ],
      more: 'admin.moreHeldBack(count=5)',
    });
    // A rejected update is a different section: this build went live.
    expect(report.rejectedTitle).toBe('admin.rejectedNone');
  });

  it('says nothing is held back after a clean build, and nothing at all before any build', () => {
    const clean = statusReport(toStatusView(hostWith(live)), synced, t, format);
    expect(clean.heldBack).toEqual({ title: 'admin.heldBackNone', alert: null, rows: [], more: null });
    expect(clean.alerts).toEqual([]);
    const none = statusReport(toStatusView(hostWith(null)), synced, t, format);
    expect(none.heldBack.title).toBeNull();
  });

  it('renders them as a table with one row per record', () => {
    const labels = Object.fromEntries(
      [
        'heading',
        'loading',
        'unavailable',
        'errorFile',
        'errorField',
        'errorMessage',
        'heldBackRecord',
        'heldBackShown',
        'recoveries',
        'recoveriesNone',
        'configProblems',
      ].map((key) => [key, `[${key}]`]),
    ) as unknown as StatusReportLabels;
    const report = statusReport(
      toStatusView(hostWith({ ...live, heldBack, heldBackCount: 2 })),
      synced,
      t,
      format,
    );
    const html = renderToStaticMarkup(
      <StatusReport labels={labels} report={report} hostUnavailable={false} />,
    );
    expect(html).toContain('<h3>admin.heldBackTitle(count=2)</h3>');
    expect(html).toContain('<th scope="col">[heldBackRecord]</th><th scope="col">[heldBackShown]</th>');
    expect(html).toContain(
      '<tr><th scope="row">admin.heldBackPiece(id=kawung-cap)</th><td>admin.heldBackKept</td><td><ul class="admin-status__problems"><li><span class="admin-status__place">pieces/kawung-cap/piece.yaml:20</span> media[0].file: &quot;full.jpg&quot; cannot be read as an image.</li><li>admin.moreErrors(count=3)</li></ul></td></tr>',
    );
    expect(html).not.toContain('admin.moreHeldBack');
  });
});
