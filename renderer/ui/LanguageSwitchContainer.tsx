import { useTranslation } from 'react-i18next';
import { useCollectionInfo } from '../db/hooks';
import { LANGUAGE_NAMES, UI_LANGUAGES } from '../i18n/setup-i18n';
import { LanguageSwitch } from './LanguageSwitch';

/** Indonesian and English always; Javanese (and any later UI language) when the collection has it. */
const ALWAYS = new Set(['id', 'en']);

export function LanguageSwitchContainer() {
  const { t, i18n } = useTranslation();
  const offered = useCollectionInfo()?.languages ?? [];
  const options = UI_LANGUAGES.filter((code) => ALWAYS.has(code) || offered.includes(code)).map((code) => ({
    code,
    name: LANGUAGE_NAMES[code],
  }));
  return (
    <LanguageSwitch
      label={t('language.label')}
      options={options}
      current={i18n.language}
      onSelect={(code) => void i18n.changeLanguage(code)}
    />
  );
}
