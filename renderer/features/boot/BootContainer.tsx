import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../sync/controller';
import { FirstRunProgress } from './FirstRunProgress';
import { StoreUnavailable } from './StoreUnavailable';

/** What to show while no collection is live yet: checking, first sync, or the retry screen. */
export function BootContainer({ status, onRetry }: { status: SyncStatus; onRetry: () => void }) {
  const { t } = useTranslation();
  if (status.phase === 'unavailable') {
    return (
      <StoreUnavailable
        title={t('boot.unavailableTitle')}
        body={t('boot.unavailableBody')}
        retryLabel={t('boot.retry')}
        onRetry={onRetry}
      />
    );
  }
  if (status.phase === 'first-sync') {
    const loading = status.progress?.phase === 'load' ? status.progress : undefined;
    return (
      <FirstRunProgress
        title={t('boot.preparing')}
        hint={t('boot.preparingHint')}
        progressText={loading && t('boot.progress', { done: loading.done, total: loading.total })}
        done={loading?.done ?? 0}
        total={loading?.total ?? 0}
      />
    );
  }
  return <p className="screen-message">{t('boot.checking')}</p>;
}
