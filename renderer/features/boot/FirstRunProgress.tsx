import { useTranslation } from 'react-i18next';

export interface FirstRunProgressProps {
  /** Parts of the collection loaded so far, of all; absent before their number is known. */
  progress?: { done: number; total: number };
}

/** Shown while the very first sync fills the empty store. */
export function FirstRunProgress({ progress }: FirstRunProgressProps) {
  const { t } = useTranslation();
  const total = progress?.total ?? 0;
  return (
    <section className="boot-screen" aria-labelledby="first-run-title">
      <h1 id="first-run-title">{t('boot.preparing')}</h1>
      <p>{t('boot.preparingHint')}</p>
      <progress
        className="boot-screen__progress"
        aria-labelledby="first-run-title"
        max={Math.max(total, 1)}
        value={total > 0 ? progress?.done : undefined}
      />
      {progress && (
        <p aria-live="polite">{t('boot.progress', { done: progress.done, total: progress.total })}</p>
      )}
    </section>
  );
}
