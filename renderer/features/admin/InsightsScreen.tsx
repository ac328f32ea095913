import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../i18n/language-names';
import type { Translate } from '../../i18n/ui-keys';
import type { InsightRange } from '../../insights/insight-types';
import type { InsightsView } from '../../insights/insights-view';
import { TouchButton } from '../../kit';
import { InsightsChartSection } from './InsightsChartSection';
import { InsightsDataActions, type InsightsDataActionsProps } from './InsightsDataActions';
import { InsightsFigures } from './InsightsFigures';
import { a11yModeName, bandText, dayLabel, duration, zoomBands } from './insights-format';
import { InsightsRangePicker } from './InsightsRangePicker';
import { InsightsRankedBars, type RankedItem } from './InsightsRankedBars';
import { InsightsSearchTable } from './InsightsSearchTable';
import type { InsightTitles } from './use-insight-titles';
import type { InsightsState } from './use-insights-view';
import './insights.css';

export interface InsightsScreenProps {
  state: InsightsState;
  range: InsightRange;
  /** The last view read (kept while the next range loads); null before the first and after a failure. */
  view: InsightsView | null;
  titles: InsightTitles;
  actions: InsightsDataActionsProps;
  onRange: (range: InsightRange) => void;
  onRetry: () => void;
  onBack: () => void;
}

/** A language code fit for a `lang` attribute (the recorder's codes are; a stray one is not marked). */
const LANG_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Pieces or motifs by how often they were opened, named in the page's language (else by id). */
function openedItems(
  list: InsightsView['pieces'],
  names: ReadonlyMap<string, string>,
  t: Translate,
): RankedItem[] {
  return list.map((o) => ({
    key: o.id,
    label: names.get(o.id) ?? o.id,
    count: o.opens,
    value: t('insights.opens', { count: o.opens }),
    note: o.opens > 0 ? t('insights.averageDwell', { time: duration(o.dwellMs / o.opens, t) }) : undefined,
  }));
}

/**
 * The admin's Visitor insights, pictures first: the range, the four headline numbers, visits per
 * day and by hour, then what was looked at, in which language and how, what was searched for (and
 * not found), and the export and reset. Draws from props only; InsightsContainer reads the data.
 */
export function InsightsScreen({
  state,
  range,
  view,
  titles,
  actions,
  onRange,
  onRetry,
  onBack,
}: InsightsScreenProps) {
  const { t, i18n } = useTranslation();
  const tr: Translate = (key, values) => t(key, values);
  const locale = i18n.language;
  const heading = useRef<HTMLHeadingElement>(null);
  // The panel replaces the status page in place: a screen reader starts again at its title.
  useEffect(() => heading.current?.focus(), []);

  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const visitCount = (count: number) => t('insights.visitCount', { count });
  const counted = (list: InsightsView['languages'], label: (key: string) => string, lang = false) =>
    list.map((c): RankedItem => ({
      key: c.key,
      label: label(c.key),
      count: c.count,
      value: visitCount(c.count),
      lang: lang && LANG_CODE.test(c.key) ? c.key : undefined,
    }));

  return (
    <section
      className="admin-panel insights"
      aria-labelledby="insights-title"
      aria-busy={state === 'loading'}
      data-insights-state={state}
    >
      <div className="insights__top">
        <h1 id="insights-title" ref={heading} tabIndex={-1}>
          {t('insights.title')}
        </h1>
        <TouchButton onClick={onBack}>{t('insights.back')}</TouchButton>
      </div>
      <p className="insights__intro">{t('insights.intro')}</p>
      <div className="insights__range">
        <InsightsRangePicker range={range} onRange={onRange} />
        {view && (
          <p className="insights__dates">
            {view.from === view.to
              ? dayLabel(view.to, locale, true)
              : t('insights.rangeDates', {
                  from: dayLabel(view.from, locale, true),
                  to: dayLabel(view.to, locale, true),
                })}
          </p>
        )}
      </div>

      {state === 'failed' && (
        <div className="insights__failed" role="alert">
          <p>{t('insights.failed')}</p>
          <TouchButton onClick={onRetry}>{t('insights.retry')}</TouchButton>
        </div>
      )}
      {!view && state === 'loading' && <p role="status">{t('insights.loading')}</p>}

      {view && (
        <>
          <InsightsFigures view={view} />
          {view.sessions === 0 && view.glances === 0 && (
            <p className="insights__empty">{t('insights.empty')}</p>
          )}
          <InsightsChartSection view={view} />
          <div className="insights__cards">
            <InsightsRankedBars
              id="insights-pieces"
              title={t('insights.pieces')}
              items={openedItems(view.pieces, titles.pieces, tr)}
              empty={t('insights.none')}
            />
            <InsightsRankedBars
              id="insights-motifs"
              title={t('insights.motifs')}
              items={openedItems(view.motifs, titles.motifs, tr)}
              empty={t('insights.none')}
            />
            <InsightsRankedBars
              id="insights-languages"
              title={t('insights.languages')}
              lead={<p className="insights-card__note">{t('insights.languagesNote')}</p>}
              items={counted(view.languages, languageName, true)}
              empty={t('insights.none')}
            />
            <InsightsRankedBars
              id="insights-a11y"
              title={t('insights.a11y')}
              items={counted(view.a11yModes, (mode) => a11yModeName(mode, tr))}
              empty={t('insights.none')}
            />
            <InsightsRankedBars
              id="insights-zoom"
              title={t('insights.zoom')}
              lead={
                <>
                  <p className="insights-card__note">
                    {t('insights.zoomShare', {
                      share: percent.format(view.zoom.share),
                      count: view.zoom.sessions,
                    })}
                  </p>
                  <div className="insights-bars__track insights-share" aria-hidden="true">
                    <span
                      className="insights-bars__bar"
                      style={{ inlineSize: `${Math.round(view.zoom.share * 100)}%` }}
                    />
                  </div>
                  <p className="insights-card__note">{t('insights.zoomOpens', { count: view.zoom.opens })}</p>
                  <h3 className="insights-card__subtitle">{t('insights.zoomDepth')}</h3>
                </>
              }
              items={zoomBands(view.zoom.depths).map(({ band, count }) => ({
                key: band,
                label: t('insights.zoomBand', { band: bandText(band) }),
                count,
                value: t('insights.viewerCount', { count }),
              }))}
              empty={t('insights.none')}
            />
          </div>
          <div className="insights__cards">
            <InsightsSearchTable
              id="insights-zero-results"
              title={t('insights.zeroResults')}
              note={t('insights.zeroResultsNote')}
              rows={view.zeroResults}
              empty={t('insights.zeroResultsNone')}
              textHeader={t('insights.searchText')}
              countHeader={t('insights.searchTimes')}
            />
            <InsightsSearchTable
              id="insights-top-searches"
              title={t('insights.topSearches')}
              note={t('insights.searches', { count: view.searches, zero: view.zeroResultSearches })}
              rows={view.topSearches}
              empty={t('insights.none')}
              textHeader={t('insights.searchText')}
              countHeader={t('insights.searchTimes')}
            />
          </div>
        </>
      )}
      <InsightsDataActions {...actions} />
    </section>
  );
}
