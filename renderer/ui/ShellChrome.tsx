import { useId, type ReactNode } from 'react';
import { TouchButton } from '../kit';
import { AccessibilityIcon, BackIcon, CloseIcon, HomeIcon } from './icons';

interface ShellChromeLabels {
  /** Names the navigation landmark. */
  nav: string;
  home: string;
  back: string;
  a11y: string;
  closeA11y: string;
}

export interface ShellChromeProps {
  labels: ShellChromeLabels;
  /** The collection's title, shown between the navigation and the settings. */
  title: ReactNode;
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
  const { labels, title, onHome, onBack, languageSwitch, a11yOpen, onToggleA11y, a11yMenu } = props;
  const panelId = useId();
  return (
    <header className="app-chrome">
      <nav className="app-chrome__nav" aria-label={labels.nav}>
        <TouchButton className="app-chrome__button" onClick={onHome}>
          <HomeIcon />
          {labels.home}
        </TouchButton>
        <TouchButton className="app-chrome__button" onClick={onBack} disabled={props.backDisabled}>
          <BackIcon />
          {labels.back}
        </TouchButton>
      </nav>
      <span className="app-chrome__title">{title}</span>
      <div className="app-chrome__settings">
        {languageSwitch}
        <TouchButton
          className="app-chrome__button"
          aria-expanded={a11yOpen}
          aria-controls={panelId}
          onClick={onToggleA11y}
        >
          <AccessibilityIcon />
          {labels.a11y}
        </TouchButton>
      </div>
      <div id={panelId} className="app-chrome__a11y-panel" hidden={!a11yOpen}>
        {a11yOpen && (
          <>
            {a11yMenu}
            <TouchButton className="app-chrome__close" variant="quiet" onClick={onToggleA11y}>
              <CloseIcon />
              {labels.closeA11y}
            </TouchButton>
          </>
        )}
      </div>
    </header>
  );
}
