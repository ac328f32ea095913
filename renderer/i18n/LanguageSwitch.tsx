import { useTranslation } from 'react-i18next';
import { TouchButton } from '../kit';
import type { LanguageOption } from './language-names';

export interface LanguageSwitchProps {
  /** Names the group where it asks something else than the chrome's "choose a language". */
  label?: string;
  options: readonly LanguageOption[];
  /** The language in use; none is pressed when undefined (the attract screen's choice). */
  current?: string;
  onSelect: (code: string) => void;
  className?: string;
}

/** One large toggle button per language, named in that language; the pressed one is in use. */
export function LanguageSwitch({ label, options, current, onSelect, className }: LanguageSwitchProps) {
  const { t } = useTranslation();
  return (
    <div
      className={['language-switch', className].filter(Boolean).join(' ')}
      role="group"
      aria-label={label ?? t('language.label')}
    >
      {options.map((option) => (
        <TouchButton
          key={option.code}
          lang={option.code}
          className="language-switch__option"
          aria-pressed={current === undefined ? undefined : option.code === current}
          onClick={() => onSelect(option.code)}
        >
          {option.name}
        </TouchButton>
      ))}
    </div>
  );
}
