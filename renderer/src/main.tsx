import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { call, subscribe } from './api/client.ts';
import { App } from './App.tsx';
import { announceRestore, followDataReplacement } from './features/backups/data-replaced.ts';
import { startI18n } from './i18n/index.ts';
import './commands/index.ts';
import { applyEvent } from './editor/events.ts';
import { setSettings } from './editor/store.ts';
import './styles/fonts.css';
import './styles/app.css';
import './styles/board.css';
import './styles/projector.css';
import './styles/setup.css';

async function boot() {
  const settings = await call('settings.get', {}).catch(() => ({ language: 'id' as const, csvSeparator: ',' as const }));
  setSettings(settings);
  await startI18n(settings.language);
  // One event stream per window (each subscription is its own connection in the browser host).
  subscribe((event) => {
    applyEvent(event);
    followDataReplacement(event);
  });
  announceRestore();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
