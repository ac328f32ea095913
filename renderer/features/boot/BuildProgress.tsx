import { useTranslation } from 'react-i18next';
import type { CollectionProgressEvent } from '../../../electron/shared/kiosk-api';
import { BootProgressScreen } from './BootProgressScreen';

/**
 * Shown while the host builds the collection and none is live yet (a kiosk's very first start, or
 * `npm run web` on a fresh clone): what is being done and how far along it is. The home screen
 * follows by itself once the build is live.
 */
export function BuildProgress({ progress }: { progress: CollectionProgressEvent }) {
  const { t } = useTranslation();
  const counted = progress.step === 'images' && progress.total > 0;
  const line =
    progress.step === 'check'
      ? t('boot.buildChecking', { done: progress.done })
      : counted
        ? t('boot.buildImages', { done: progress.done, total: progress.total })
        : t('boot.buildFinishing');
  return (
    <BootProgressScreen
      id="build-progress-title"
      title={t('boot.building')}
      hint={t('boot.buildingHint')}
      max={counted ? progress.total : 1}
      value={counted ? progress.done : undefined}
      line={line}
    />
  );
}
