import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppContainer } from './app/AppContainer';
import { installPageZoomGuards } from './app/page-zoom';
import { navigate } from './navigation/router';
import { installTouchGuards } from './app/touch-guards';
import { setupI18n } from './i18n/setup-i18n';
import { A11yProvider } from './kit';
// The typeface is bundled (woff2 files under the app's own origin), so every kiosk looks the same
// whatever fonts its OS has, and nothing is fetched. Latin and Latin Extended cover Indonesian,
// Javanese in Latin script (é, è, ê) and Dutch; the files load only when a glyph needs them.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import './styles/global.css';
import './styles/lowered-mode.css';

installTouchGuards(document);
installPageZoomGuards(window);
setupI18n();
// A fresh start (power on, watchdog reload) opens on the attract loop; a URL naming a screen keeps it.
if (!window.location.hash) navigate({ name: 'attract' }, { replace: true });
const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <A11yProvider>
      <AppContainer />
    </A11yProvider>
  </StrictMode>,
);
