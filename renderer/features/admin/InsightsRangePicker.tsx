import { useTranslation } from 'react-i18next';
import type { UiKey } from '../../i18n/ui-keys';
import type { InsightRange } from '../../insights/insight-types';
import { TouchButton } from '../../kit';

const RANGES: ReadonlyArray<{ range: InsightRange; key: UiKey }> = [
  { range: 'today', key: 'insights.rangeToday' },
  { range: '7d', key: 'insights.range7d' },
  { range: '30d', key: 'insights.range30d' },
  { range: 'all', key: 'insights.rangeAll' },
];

export interface InsightsRangePickerProps {
  range: InsightRange;
  onRange: (range: InsightRange) => void;
}

/** Today, 7 days, 30 days or everything: one row of big buttons, the chosen one pressed. */
export function InsightsRangePicker({ range, onRange }: InsightsRangePickerProps) {
  const { t } = useTranslation();
  return (
    <div className="insights-range" role="group" aria-label={t('insights.range')}>
      {RANGES.map((choice) => (
        <TouchButton
          key={choice.range}
          size="large"
          className="insights-range__button"
          aria-pressed={choice.range === range}
          onClick={() => onRange(choice.range)}
        >
          {t(choice.key)}
        </TouchButton>
      ))}
    </div>
  );
}
