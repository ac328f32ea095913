import { lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../../i18n/numbers';
import type { InsightsView } from '../../insights/insights-view';
import { busiest, dayLabel, dayTableRows, hourSpan } from './insights-format';
import { LoadBoundary } from './LoadBoundary';

// uPlot and its CSS come with this chunk only, when the panel first draws a chart.
const InsightsBarChart = lazy(() =>
  import('./InsightsBarChart').then((m) => ({ default: m.InsightsBarChart })),
);

/** Labelled days may be a day, two, a week... apart; hours one, two, three... apart. */
const DAY_STEPS = [1, 2, 7, 14, 28, 91, 182, 364];
const HOUR_STEPS = [1, 2, 3, 4, 6, 12];
const HOUR_AXIS = Array.from({ length: 24 }, (_, hour) => String(hour).padStart(2, '0'));

interface ChartFigureProps {
  id: string;
  caption: string;
  /** The chart's one-line reading ("busiest day: ..."). */
  summary: string;
  /** Null when the charts cannot be drawn: the table is shown instead. */
  chart: ReactNode;
  /** The numbers behind the chart, for screen readers (and for everyone when there is no chart). */
  table: ReactNode;
}

function ChartFigure({ id, caption, summary, chart, table }: ChartFigureProps) {
  return (
    <figure className="insights-chart" aria-labelledby={id}>
      <figcaption id={id} className="insights-chart__caption">
        {caption}
      </figcaption>
      <p className="insights-chart__summary">{summary}</p>
      {chart && (
        <div className="insights-chart__frame" aria-hidden="true">
          {chart}
        </div>
      )}
      <div className={chart ? 'admin-visually-hidden' : 'insights-chart__table'}>{table}</div>
    </figure>
  );
}

/**
 * Visits per day (every day of the range, days without visits as zeros) and visits by starting
 * hour, as bar charts with a caption, a one-line reading and the numbers as a table: hidden while
 * the chart shows, shown when the chart cannot be drawn.
 */
export function InsightsChartSection({ view }: { view: InsightsView }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const formatNumber = useFormatNumber();
  const [failed, setFailed] = useState(false);

  const perDay = useMemo(
    () => ({
      labels: view.days.map((d) => dayLabel(d.day, locale)),
      values: view.days.map((d) => d.sessions),
    }),
    [view.days, locale],
  );
  const dayTable = dayTableRows(view.days);
  const topDay = busiest(perDay.values);
  const topHour = busiest(view.hours);

  const chart = (labels: readonly string[], values: readonly number[], steps: readonly number[]) =>
    failed ? null : (
      <LoadBoundary fallback={null} onError={() => setFailed(true)}>
        <Suspense fallback={<p className="insights-chart__wait">{t('insights.chartsLoading')}</p>}>
          <InsightsBarChart labels={labels} values={values} steps={steps} formatNumber={formatNumber} />
        </Suspense>
      </LoadBoundary>
    );

  return (
    <div className="insights__charts">
      {failed && <p className="insights__wide">{t('insights.chartsFailed')}</p>}
      <ChartFigure
        id="insights-per-day"
        caption={t('insights.perDay')}
        summary={
          topDay
            ? t('insights.busiestDay', {
                day: dayLabel(view.days[topDay.index]!.day, locale, true),
                count: topDay.count,
              })
            : t('insights.noBusiest')
        }
        chart={chart(perDay.labels, perDay.values, DAY_STEPS)}
        table={
          <>
            <table className="insights-table">
              <caption>{t('insights.perDay')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('insights.tableDay')}</th>
                  <th scope="col">{t('insights.visits')}</th>
                  <th scope="col">{t('insights.glances')}</th>
                </tr>
              </thead>
              <tbody>
                {dayTable.rows.map((d) => (
                  <tr key={d.day}>
                    <th scope="row">{dayLabel(d.day, locale, true)}</th>
                    <td>{formatNumber(d.sessions)}</td>
                    <td>{formatNumber(d.glances)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {!dayTable.all && <p>{t('insights.daysWithVisitsOnly')}</p>}
          </>
        }
      />
      <ChartFigure
        id="insights-by-hour"
        caption={t('insights.byHour')}
        summary={
          topHour
            ? t('insights.busiestHour', { hour: hourSpan(topHour.index, locale), count: topHour.count })
            : t('insights.noBusiest')
        }
        chart={chart(HOUR_AXIS, view.hours, HOUR_STEPS)}
        table={
          <table className="insights-table">
            <caption>{t('insights.byHour')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('insights.tableHour')}</th>
                <th scope="col">{t('insights.visits')}</th>
              </tr>
            </thead>
            <tbody>
              {view.hours.map((count, hour) => (
                <tr key={hour}>
                  <th scope="row">{hourSpan(hour, locale)}</th>
                  <td>{formatNumber(count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </div>
  );
}
