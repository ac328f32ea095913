import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TouchButton } from '../kit';
import { AccessibilityIcon, BackIcon, CloseIcon, HomeIcon } from './icons';

export interface ShellChromeProps {
  /**
   * The collection's title, shown between the navigation and the settings; the collection's
   * generic name until it is known.
   */
  title?: string;
  onHome: () => void;
  onBack: () => void;
  /** True on home, where there is nowhere back to go: the button stays in place, disabled. */
  backDisabled?: boolean;
  /** The language switch (a container, so the chrome stays props-only). */
  languageSwitch: ReactNode;
  a11yOpen: boolean;
  onToggleA11y: () => void;
  /** The accessibility menu shown while `a11yOpen`. */
  a11yMenu: ReactNode;
}

/**
 * The bar on every screen but the attract loop: home and back, the collection's title, the language
 * switch and the accessibility button with its menu. In the lowered mode the stylesheet moves the
 * whole bar to the bottom of the screen, within reach of a seated visitor.
 */
export function ShellChrome(props: ShellChromeProps) {
  const { t } = useTranslation();
  const { title, onHome, onBack, languageSwitch, a11yOpen, onToggleA11y, a11yMenu } = props;
  const panelId = useId();
  return (
    <header className="app-chrome">
      <nav className="app-chrome__nav" aria-label={t('shell.nav')}>
        <TouchButton className="app-chrome__button" onClick={onHome}>
          <HomeIcon />
          {t('shell.home')}
        </TouchButton>
        <TouchButton className="app-chrome__button" onClick={onBack} disabled={props.backDisabled}>
          <BackIcon />
          {t('shell.back')}
        </TouchButton>
      </nav>
      <span className="app-chrome__title">{title ?? t('app.collectionLabel')}</span>
      <div className="app-chrome__settings">
        {languageSwitch}
        <TouchButton
          className="app-chrome__button"
          aria-expanded={a11yOpen}
          aria-controls={panelId}
          onClick={onToggleA11y}
        >
          <AccessibilityIcon />
          {t('a11y.menu')}
        </TouchButton>
      </div>
      <div id={panelId} className="app-chrome__a11y-panel" hidden={!a11yOpen}>
        {a11yOpen && (
          <>
            {a11yMenu}
            <TouchButton className="app-chrome__close" variant="quiet" onClick={onToggleA11y}>
              <CloseIcon />
              {t('a11y.close')}
            </TouchButton>
          </>
        )}
      </div>
    </header>
  );
}
