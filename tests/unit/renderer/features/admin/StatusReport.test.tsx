import { describe, expect, it } from 'vitest';
import type { Translate } from '../../../../../renderer/i18n/ui-keys';
import { statusReport } from '../../../../../renderer/features/admin/status-rows';
import { StatusReport } from '../../../../../renderer/features/admin/StatusReport';
import { toStatusView, type RendererSyncView } from '../../../../../renderer/features/admin/status-view';
import type { CollectionStatus, HeldBackRecordView } from '../../../../../electron/shared/kiosk-status';
import type { WebHostStatus } from '../../../../../electron/shared/web-host-status';
import { renderWithI18n, testI18n } from '../../../support/render-with-i18n';

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

  it("renders them as a table with one row per record, in the page's language", () => {
    const i18n = testI18n('id');
    const words: Translate = (key, values) => i18n.t(key, values);
    const report = statusReport(
      toStatusView(hostWith({ ...live, heldBack, heldBackCount: 2 })),
      synced,
      words,
      format,
    );
    const html = renderWithI18n(<StatusReport report={report} hostUnavailable={false} />, 'id');
    expect(html).toContain('<h2 id="admin-status-title">Status</h2>');
    expect(html).toContain('<h3>Ditahan dari koleksi yang tampil: 2</h3>');
    expect(html).toContain(
      '<th scope="col">Catatan</th><th scope="col">Di layar</th><th scope="col">Masalah</th>',
    );
    expect(html).toContain(
      '<tr><th scope="row">Kain kawung-cap</th><td>versi baik terakhirnya tetap tampil</td><td><ul class="admin-status__problems"><li><span class="admin-status__place">pieces/kawung-cap/piece.yaml:20</span> media[0].file: &quot;full.jpg&quot; cannot be read as an image.</li><li>…dan 3 lagi; npm run collection -- check menampilkan semuanya.</li></ul></td></tr>',
    );
    expect(html).not.toContain('npm run collection -- build');
    expect(html).toContain('<h3>Pemulihan terakhir</h3><p>Tidak ada.</p>');
  });

  it('counts held-back records in the plural form of the language: one or several in English, one form in Indonesian', () => {
    const alertFor = (count: number, language: string) => {
      const i18n = testI18n(language);
      const words: Translate = (key, values) => i18n.t(key, values);
      const records = heldBack.slice(0, Math.min(count, heldBack.length));
      const view = toStatusView(hostWith({ ...live, heldBack: records, heldBackCount: count }));
      return statusReport(view, synced, words, format).heldBack.alert;
    };
    expect(alertFor(1, 'en')).toBe('1 piece or motif held back by errors in its folder; details below.');
    expect(alertFor(1_234, 'en')).toBe(
      '1,234 pieces or motifs held back by errors in their folders; details below.',
    );
    expect(alertFor(1, 'id')).toBe(
      '1 kain atau motif ditahan karena ada galat di foldernya; rinciannya di bawah.',
    );
    expect(alertFor(1_234, 'jv')).toMatch(/^1\.234 kain utawi motif dipunendhegaken/);
  });

  it('says so while the first status loads, and when the host gives none', () => {
    expect(renderWithI18n(<StatusReport report={null} hostUnavailable={false} />, 'en')).toContain(
      '<p role="status">Loading the status…</p>',
    );
    const own = statusReport(null, synced, t, format);
    expect(renderWithI18n(<StatusReport report={own} hostUnavailable />, 'en')).toContain(
      '<ul class="admin-status__alerts"><li>The host did not give its status.</li></ul>',
    );
  });
});
