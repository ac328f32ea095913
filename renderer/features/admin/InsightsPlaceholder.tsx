import { useTranslation } from 'react-i18next';
import { TouchButton } from '../../kit';

/**
 * Stands in for the Insights panel while its chunk loads, or if it cannot load: the title, a
 * sentence (never a blank page) and the way back to the status page.
 */
export function InsightsPlaceholder({ failed, onBack }: { failed: boolean; onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <section
      className="admin-panel"
      aria-labelledby="insights-title"
      data-insights-state={failed ? 'failed' : 'loading'}
    >
      <h1 id="insights-title">{t('insights.title')}</h1>
      <p role={failed ? 'alert' : 'status'}>{t(failed ? 'insights.unavailable' : 'insights.loading')}</p>
      <TouchButton onClick={onBack}>{t('insights.back')}</TouchButton>
    </section>
  );
}
