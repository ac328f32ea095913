import { useTranslation } from 'react-i18next';
import type { StillThereLabels } from '../kit';

/** The idle question's texts in the visitor's language (the kit itself has no i18n). */
export function useStillThereLabels(): StillThereLabels {
  const { t } = useTranslation();
  return {
    title: t('idle.title'),
    message: t('idle.message'),
    continue: t('idle.continue'),
    startAgain: t('idle.startAgain'),
    seconds: (count) => t('idle.seconds', { count }),
  };
}
