import type { Language } from '#shared/model.ts';
import { call } from '../../api/client.ts';
import { switchLanguage } from '../../i18n/index.ts';
import { run } from '../runner.ts';
import { setSettings } from '../store.ts';

/**
 * The interface language: saved in the core, whose event switches every window (`events.ts`),
 * this one included. A preference, not a step of the work: not undoable.
 */
export function setLanguage(language: Language) {
  return run(() => ({
    label: 'language',
    save: () => call('settings.update', { language }),
    reconcile: (settings) => {
      setSettings(settings);
      void switchLanguage(settings.language);
    },
  }));
}
