import type { Language } from '#shared/model.ts';
import { setLanguage } from '../editor/actions/settings.ts';
import { redo, undo, useHistory } from '../editor/history.ts';
import { notify } from '../editor/notices.ts';
import { getState } from '../editor/store.ts';
import { i18next } from '../i18n/index.ts';
import { registerCommands } from './registry.ts';

registerCommands([
  { id: 'undo', keys: ['Ctrl+Z'], scope: 'global', section: 'history', perform: () => stepThrough('undo') },
  { id: 'redo', keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], scope: 'global', section: 'history', perform: () => stepThrough('redo') },
  {
    id: 'switchLanguage',
    scope: 'global',
    section: 'app',
    perform: () => setLanguage(otherLanguage(getState().settings?.language ?? 'id')),
  },
]);

export function otherLanguage(language: Language): Language {
  return language === 'id' ? 'en' : 'id';
}

/** Undoes or redoes the newest step and says so ("Dibatalkan: memindah kartu"). */
async function stepThrough(direction: 'undo' | 'redo') {
  const stack = useHistory.getState()[direction === 'undo' ? 'past' : 'future'];
  if (stack.length === 0) return notify('info', i18next.t(direction === 'undo' ? 'history:nothingToUndo' : 'history:nothingToRedo'));
  // Null: the core refused, and the notice says why.
  const step = direction === 'undo' ? await undo() : await redo();
  if (step) notify('info', i18next.t(direction === 'undo' ? 'history:undone' : 'history:redone', { action: i18next.t(`history:steps.${step.label}`) }));
  return step;
}
