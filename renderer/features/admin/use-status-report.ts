import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { statusReport, type StatusFormat, type StatusReportModel } from './status-rows';
import type { RendererSyncView, StatusView } from './status-view';

/**
 * The status page in the page's language: words from i18next, dates and numbers from Intl. Null
 * while the first status is loading (`view` undefined); a null `view` (the host gave no status)
 * still reports the page's own facts. Shared by the admin screen and the out-of-order page.
 */
export function useStatusReport(
  view: StatusView | null | undefined,
  sync: RendererSyncView,
): StatusReportModel | null {
  const { t, i18n } = useTranslation();
  const format = useMemo<StatusFormat>(() => {
    const dates = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' });
    const numbers = new Intl.NumberFormat(i18n.language);
    return { dateTime: (iso) => dates.format(new Date(iso)), number: (n) => numbers.format(n) };
  }, [i18n.language]);
  if (view === undefined) return null;
  return statusReport(view, sync, (key, values) => t(key, values), format);
}
