export interface LanguageOption {
  code: string;
  /** The language's name in itself. */
  name: string;
}

export interface LanguageSwitchProps {
  label: string;
  options: readonly LanguageOption[];
  current: string;
  onSelect: (code: string) => void;
}

/** One large toggle button per language; the pressed one is the language in use. */
export function LanguageSwitch({ label, options, current, onSelect }: LanguageSwitchProps) {
  return (
    <div className="language-switch" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.code}
          type="button"
          lang={option.code}
          className="language-switch__option"
          aria-pressed={option.code === current}
          onClick={() => onSelect(option.code)}
        >
          {option.name}
        </button>
      ))}
    </div>
  );
}
