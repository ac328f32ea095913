import { useTranslation } from 'react-i18next';
import { TouchButton } from '../../kit';

/** No cached collection and no host: a friendly explanation and a retry, never a blank page. */
export function StoreUnavailable({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="boot-screen" aria-labelledby="unavailable-title">
      <h1 id="unavailable-title">{t('boot.unavailableTitle')}</h1>
      <p>{t('boot.unavailableBody')}</p>
      <TouchButton variant="primary" onClick={onRetry}>
        {t('boot.retry')}
      </TouchButton>
    </section>
  );
}
