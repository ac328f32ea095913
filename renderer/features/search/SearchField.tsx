import { useTranslation } from 'react-i18next';

export interface SearchFieldProps {
  value: string;
}

/**
 * The search text as a field that never summons the OS keyboard: read-only with `inputMode="none"`
 * (the on-screen keyboard types into it). A read-only field draws no caret, so a drawn one follows
 * the text to show where the next letter goes.
 */
export function SearchField({ value }: SearchFieldProps) {
  const { t } = useTranslation();
  return (
    <div className="search-field">
      <input
        className="search-field__input"
        type="search"
        readOnly
        inputMode="none"
        value={value}
        placeholder={t('search.placeholder')}
        aria-label={t('search.field')}
        autoComplete="off"
        spellCheck={false}
      />
      <span className="search-field__mirror" aria-hidden="true">
        <span className="search-field__ghost">{value}</span>
        <span className="search-field__caret" />
      </span>
    </div>
  );
}
