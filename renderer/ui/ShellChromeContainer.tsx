import { useState } from 'react';
import { goBack, navigate, useRoute } from '../navigation/router';
import { useCollectionInfo } from '../db/hooks';
import { useContentText } from '../i18n/content-text';
import { A11yMenu, useA11yModes } from '../kit';
import { LanguageSwitchContainer } from '../i18n/LanguageSwitchContainer';
import { ShellChrome } from './ShellChrome';
import { useA11yMenuLabels } from './a11y-menu-labels';

/**
 * The chrome wired to the router, the language and the kit's accessibility modes. The menu's open
 * state is local: the chrome unmounts on the attract screen, so an idle reset closes the menu.
 */
export function ShellChromeContainer() {
  const text = useContentText();
  const info = useCollectionInfo();
  const { modes, toggle } = useA11yModes();
  const a11yLabels = useA11yMenuLabels();
  const [a11yOpen, setA11yOpen] = useState(false);
  const onHome = useRoute().name === 'home';
  return (
    <ShellChrome
      title={info ? text(info.title) : undefined}
      onHome={() => navigate({ name: 'home' })}
      onBack={goBack}
      backDisabled={onHome}
      languageSwitch={<LanguageSwitchContainer />}
      a11yOpen={a11yOpen}
      onToggleA11y={() => setA11yOpen((open) => !open)}
      a11yMenu={<A11yMenu modes={modes} onToggle={toggle} labels={a11yLabels} />}
    />
  );
}
