import type { AppEvent } from '#shared/events.ts';
import { i18next } from '../../i18n/index.ts';
import { notify } from '../../editor/notices.ts';
import { loadWorkshopList } from '../../editor/actions/workshops.ts';

const RESTORED = 'rembuk:restored';

/**
 * What the windows do when data changes under them as a whole: after a restore every window
 * loads afresh (nothing stale stays in its store); after a workshop came in from a `.rembuk`, a
 * window showing that workshop reloads and the others refresh the workshop list.
 */
export function followDataReplacement(event: AppEvent): void {
  if (event.type === 'data.replaced') {
    sessionStorage.setItem(RESTORED, '1');
    window.location.reload();
  } else if (event.type === 'workshop.imported') {
    if (window.location.hash.includes(event.workshopId)) window.location.reload();
    else void loadWorkshopList();
  }
}

/** After the reload a restore caused, says what happened. */
export function announceRestore(): void {
  if (sessionStorage.getItem(RESTORED) !== '1') return;
  sessionStorage.removeItem(RESTORED);
  notify('info', i18next.t('backups:restoredNotice'));
}
