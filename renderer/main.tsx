import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppContainer } from './app/AppContainer';
import { installTouchGuards } from './app/touch-guards';
import { setupI18n } from './i18n/setup-i18n';
import './styles/global.css';

installTouchGuards(document);
setupI18n();
const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <AppContainer />
  </StrictMode>,
);
