import { useTranslation } from 'react-i18next';
import type { A11yMenuLabels } from '../kit';

/** The accessibility menu's texts in the visitor's language (the kit itself has no i18n). */
export function useA11yMenuLabels(): A11yMenuLabels {
  const { t } = useTranslation();
  return {
    menu: t('a11y.menu'),
    largeText: t('a11y.largeText'),
    highContrast: t('a11y.highContrast'),
    lowered: t('a11y.lowered'),
  };
}
