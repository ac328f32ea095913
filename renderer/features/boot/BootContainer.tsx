import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../sync/controller';
import { BuildProgress } from './BuildProgress';
import { FirstRunProgress } from './FirstRunProgress';
import { StoreUnavailable } from './StoreUnavailable';
import { useBuildProgress } from './use-build-progress';

/**
 * What to show while no collection is live yet: checking, first sync, the host building the
 * collection (it says how far along), or the retry screen.
 */
export function BootContainer({ status, onRetry }: { status: SyncStatus; onRetry: () => void }) {
  const { t } = useTranslation();
  const building = useBuildProgress();
  if (status.phase === 'unavailable') {
    return building ? <BuildProgress progress={building} /> : <StoreUnavailable onRetry={onRetry} />;
  }
  if (status.phase === 'first-sync') {
    const loading = status.progress?.phase === 'load' ? status.progress : undefined;
    return <FirstRunProgress progress={loading && { done: loading.done, total: loading.total }} />;
  }
  return <p className="screen-message">{t('boot.checking')}</p>;
}
