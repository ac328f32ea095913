import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installTouchGuards } from './app/touch-guards';
import { OutOfOrderContainer } from './features/admin/OutOfOrderContainer';
import { setupI18n } from './i18n/setup-i18n';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import './styles/global.css';

// The out-of-order page's entry (out-of-order.html). It imports neither the sync, the database nor
// the app's screens: whatever keeps the app from starting (a damaged IndexedDB, a crashing screen)
// cannot take this page with it.
installTouchGuards(document);
setupI18n();
const root = document.getElementById('root');
if (!root) throw new Error('out-of-order.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <OutOfOrderContainer />
  </StrictMode>,
);
