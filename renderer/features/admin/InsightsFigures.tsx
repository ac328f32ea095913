import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../../i18n/numbers';
import type { InsightsView } from '../../insights/insights-view';
import { duration } from './insights-format';

/**
 * The four headline numbers. Each value is plain text with a stable hook (`data-figure`, and the
 * raw number in `data-value`), so an end-to-end test reads exact counts whatever the language.
 */
export function InsightsFigures({ view }: { view: InsightsView }) {
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const figures = [
    {
      figure: 'visits',
      label: t('insights.visits'),
      value: view.sessions,
      text: formatNumber(view.sessions),
      note: t('insights.visitsNote'),
    },
    {
      figure: 'glances',
      label: t('insights.glances'),
      value: view.glances,
      text: formatNumber(view.glances),
      note: t('insights.glancesNote'),
    },
    {
      figure: 'median',
      label: t('insights.median'),
      value: view.medianSessionMs,
      text: duration(view.medianSessionMs, t),
      note: t('insights.medianNote'),
    },
    { figure: 'total', label: t('insights.total'), value: view.totalMs, text: duration(view.totalMs, t) },
  ];
  return (
    <section aria-labelledby="insights-figures-title">
      <h2 id="insights-figures-title" className="admin-visually-hidden">
        {t('insights.figures')}
      </h2>
      <dl className="insights-figures">
        {figures.map((f) => (
          <div key={f.figure} className="insights-figures__item">
            <dt>{f.label}</dt>
            <dd className="insights-figures__value" data-figure={f.figure} data-value={f.value}>
              {f.text}
            </dd>
            {f.note && <dd className="insights-figures__note">{f.note}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
