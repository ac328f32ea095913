import { useTranslation } from 'react-i18next';
import { BootProgressScreen } from './BootProgressScreen';

export interface FirstRunProgressProps {
  /** Parts of the collection loaded so far, of all; absent before their number is known. */
  progress?: { done: number; total: number };
}

/** Shown while the very first sync fills the empty store. */
export function FirstRunProgress({ progress }: FirstRunProgressProps) {
  const { t } = useTranslation();
  const total = progress?.total ?? 0;
  return (
    <BootProgressScreen
      id="first-run-title"
      title={t('boot.preparing')}
      hint={t('boot.preparingHint')}
      max={Math.max(total, 1)}
      value={total > 0 ? progress?.done : undefined}
      {...(progress ? { line: t('boot.progress', { done: progress.done, total: progress.total }) } : {})}
    />
  );
}
