import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCollectionInfo } from '../db/hooks';
import { languageOptions } from './language-names';
import { LanguageSwitch } from './LanguageSwitch';

/** The chrome's language switch: Indonesian, English, Javanese and any language the collection adds. */
export function LanguageSwitchContainer() {
  const { t, i18n } = useTranslation();
  const languages = useCollectionInfo()?.languages;
  const options = useMemo(() => languageOptions(languages ?? []), [languages]);
  return (
    <LanguageSwitch
      label={t('language.label')}
      options={options}
      current={i18n.language}
      onSelect={(code) => void i18n.changeLanguage(code)}
    />
  );
}
