import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { firstScreen, followLanguageOf } from './first-screen.ts';
import { startPhoneI18n } from './i18n.ts';
import { takeKeyFromAddress } from './join-key.ts';
import { PhoneApp } from './PhoneApp.tsx';
import './phone.css';

async function boot() {
  // Read before anything else runs: the address bar is cleaned right after.
  const scannedKey = takeKeyFromAddress();
  await startPhoneI18n();
  const initial = await firstScreen(scannedKey);
  followLanguageOf(initial);
  const root = document.getElementById('root');
  if (!root) throw new Error('the participant page has no #root');
  createRoot(root).render(
    <StrictMode>
      <PhoneApp initial={initial} scannedKey={scannedKey} />
    </StrictMode>,
  );
}

void boot();
