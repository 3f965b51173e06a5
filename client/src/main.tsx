import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n/i18n';
import { ErrorBoundary } from './panels/ErrorBoundary';
import { Toasts } from './panels/Toasts';
import './styles.css';
import './styles/controls.css';
import './styles/topBar.css';
import './styles/popovers.css';
import './styles/home.css';
import './styles/share.css';
import './styles/dashboard.css';
import './styles/roomCard.css';
import './styles/noteEditor.css';
import './styles/selectionPanels.css';
import './styles/zones.css';
import './styles/phone.css';
import './styles/categories.css';
import './styles/toasts.css';
import './styles/outline.css';
import './styles/timer.css';
import './styles/runner.css';
import './styles/privatePhase.css';
import './styles/attention.css';
import './styles/voteAdmin.css';
import './styles/voting.css';

initI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
    <Toasts />
  </StrictMode>,
);
