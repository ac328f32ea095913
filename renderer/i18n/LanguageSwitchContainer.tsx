import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguageChoice } from './use-language-choice';
import { languageOptions } from './language-names';
import { LanguageSwitch } from './LanguageSwitch';

/**
 * The chrome's language switch: Indonesian, English, Javanese and any language the collection adds,
 * as the kiosk config narrows and orders them.
 */
export function LanguageSwitchContainer() {
  const { i18n } = useTranslation();
  const languages = useLanguageChoice()?.offered;
  const options = useMemo(() => languageOptions(languages ?? []), [languages]);
  return (
    <LanguageSwitch
      options={options}
      current={i18n.language}
      onSelect={(code) => void i18n.changeLanguage(code)}
    />
  );
}
