import type { Translate } from '../../i18n/ui-keys';
import { heldBackReport, type HeldBackReport } from './held-back-rows';
import { problemPlace, splitUptime, type RendererSyncView, type StatusView } from './status-view';

/** Locale-aware formatting of the page's language. */
export interface StatusFormat {
  dateTime: (iso: string) => string;
  number: (value: number) => string;
}

interface StatusRow {
  label: string;
  value: string;
}

/** Everything the status page shows, already in words. */
export interface StatusReportModel {
  /** Conditions a technician must notice first (host unreachable, folder missing...). */
  alerts: string[];
  rows: StatusRow[];
  /** Pieces and motifs the live build holds back, with why. */
  heldBack: HeldBackReport;
  /** Heading of the curator errors, or the "no rejected update" line. */
  rejectedTitle: string;
  errors: { place: string; field: string; message: string }[];
  moreErrors: string | null;
  recoveries: { at: string; what: string }[];
  configProblems: string[];
}

const HOST_ALERT = {
  unreachable: 'admin.hostUnreachable',
  'no-collection': 'admin.hostNoCollection',
  invalid: 'admin.hostInvalid',
} as const;

/**
 * Builds the status page from the host's status (null while loading or unreadable) and the page's
 * own sync state. The host flag of the renderer's sync lands here and nowhere else: visitors keep
 * browsing the cached collection without being told about the host.
 */
export function statusReport(
  view: StatusView | null,
  sync: RendererSyncView,
  t: Translate,
  format: StatusFormat,
): StatusReportModel {
  const alerts: string[] = [];
  if (sync.host !== 'ok' && sync.host !== 'unknown') alerts.push(t(HOST_ALERT[sync.host]));
  if (sync.stoppedSync) alerts.push(t('admin.syncStopped', { detail: sync.stoppedSync }));
  if (view?.sourceMissing) alerts.push(t('admin.sourceMissing'));
  if (view?.publish?.problem) alerts.push(t('admin.publishProblem', { problem: view.publish.problem }));
  const heldBack = heldBackReport(view, t, format);
  if (heldBack.alert) alerts.push(heldBack.alert);

  const notInBrowser = t('admin.notInBrowser');
  const rows: StatusRow[] = [
    {
      label: t('admin.mode'),
      value: view?.mode === 'browser' ? t('admin.modeBrowser') : t('admin.modeKiosk'),
    },
    {
      label: t('admin.screenVersion'),
      value: sync.storeVersion
        ? t('admin.versionAt', {
            version: sync.storeVersion,
            time: sync.syncedAt ? format.dateTime(sync.syncedAt) : '-',
          })
        : t('admin.none'),
    },
  ];
  if (sync.syncing) rows.push({ label: t('admin.syncState'), value: t('admin.syncing') });
  if (view) {
    rows.push({
      label: t('admin.lastBuild'),
      value: view.lastBuild
        ? t('admin.versionAt', {
            version: view.lastBuild.version ?? '?',
            time: format.dateTime(view.lastBuild.at),
          })
        : t('admin.none'),
    });
    if (view.building) rows.push({ label: t('admin.buildState'), value: t('admin.building') });
    // Made after the build went live (most-viewed first); visitors zoom the display image meanwhile.
    const tilesPending = view.lastBuild?.tilesPending ?? 0;
    if (tilesPending > 0) rows.push({ label: t('admin.tilesPending'), value: format.number(tilesPending) });
    const publish = view.publish;
    if (publish) {
      // Never "up to date" by the clock: the version held and when it was verified, then when the
      // publisher was last asked.
      rows.push(
        { label: t('admin.publishFrom'), value: publish.url },
        {
          label: t('admin.publishVersion'),
          value:
            publish.version === null
              ? t('admin.none')
              : t('admin.publishVersionAt', {
                  version: format.number(publish.version),
                  time: publish.verifiedAt ? format.dateTime(publish.verifiedAt) : '-',
                }),
        },
        {
          label: t('admin.publishChecked'),
          value: publish.checkedAt ? format.dateTime(publish.checkedAt) : t('admin.none'),
        },
      );
    } else if (view.sourceDir) rows.push({ label: t('admin.sourceDir'), value: view.sourceDir });
    if (view.watching !== null) {
      rows.push({ label: t('admin.watching'), value: view.watching ? t('admin.yes') : t('admin.no') });
    }
    const uptime = splitUptime(view.uptimeSec);
    rows.push(
      { label: t('admin.appVersion'), value: view.versions.app },
      { label: t('admin.electronVersion'), value: view.versions.electron ?? notInBrowser },
      { label: t('admin.chromeVersion'), value: view.versions.chrome ?? notInBrowser },
      { label: t('admin.nodeVersion'), value: view.versions.node },
      {
        label: t('admin.uptime'),
        value: t('admin.uptimeValue', {
          days: format.number(uptime.days),
          hours: format.number(uptime.hours),
          minutes: format.number(uptime.minutes),
        }),
      },
      { label: t('admin.memory'), value: t('admin.memoryValue', { mb: format.number(view.memoryMB) }) },
    );
  }

  const rejected = view?.rejected ?? null;
  return {
    alerts,
    rows,
    heldBack,
    rejectedTitle: rejected
      ? t('admin.rejectedTitle', {
          time: format.dateTime(rejected.at),
          count: format.number(rejected.errorCount),
        })
      : t('admin.rejectedNone'),
    errors: (rejected?.errors ?? []).map((problem) => ({
      place: problemPlace(problem),
      field: problem.field,
      message: problem.message,
    })),
    moreErrors:
      rejected && rejected.errorCount > rejected.errors.length
        ? t('admin.moreErrors', { count: format.number(rejected.errorCount - rejected.errors.length) })
        : null,
    recoveries: (view?.recoveries ?? []).map((r) => ({
      at: format.dateTime(r.at),
      what: r.detail ? `${r.kind}: ${r.detail}` : r.kind,
    })),
    configProblems: (view?.configProblems ?? []).map((p) => `${p.field}: ${p.message}`),
  };
}
