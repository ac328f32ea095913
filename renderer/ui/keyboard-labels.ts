import { useTranslation } from 'react-i18next';
import type { KeyboardLabels } from '../kit';

/** The on-screen keyboard's key names in the visitor's language (the kit itself has no i18n). */
export function useKeyboardLabels(): KeyboardLabels {
  const { t } = useTranslation();
  return {
    keyboard: t('search.keyboard.label'),
    space: t('search.keyboard.space'),
    backspace: t('search.keyboard.backspace'),
    clear: t('search.keyboard.clear'),
    submit: t('search.keyboard.submit'),
    hyphen: t('search.keyboard.hyphen'),
    apostrophe: t('search.keyboard.apostrophe'),
  };
}
