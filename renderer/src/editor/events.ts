import type { AppEvent } from '#shared/events.ts';
import { switchLanguage } from '../i18n/index.ts';
import { openEditors } from './board/editors.ts';
import { acceptDoor, acceptReportJob, acceptWorkshops, setSettings, tables } from './store.ts';

/**
 * Applies what the core announced (another window, a phone, or this window's own change coming
 * back): the app's entities here, a board's to its editors. Every window applies the same
 * events, so a language chosen in one window is the language of all of them.
 */
export function applyEvent(event: AppEvent) {
  switch (event.type) {
    case 'workshop.saved':
      return acceptWorkshops([event.workshop]);
    case 'group.saved':
      return tables.groups.accept([event.group]);
    case 'group.deleted':
      return tables.groups.forget([event.groupId]);
    case 'session.saved':
      return tables.sessions.accept([event.session]);
    case 'participants.saved':
      return tables.participants.accept(event.participants);
    case 'settings.saved':
      setSettings(event.settings);
      return void switchLanguage(event.settings.language);
    case 'report.job':
      return acceptReportJob(event.job);
    case 'door.saved':
      return acceptDoor(event.door);
    case 'photos.saved':
      return tables.photos.accept(event.photos);
    case 'minutes.saved':
      return tables.minutes.accept([event.minutes]);
    case 'awards.saved':
      return tables.awardBooks.accept([event.awards]);
    case 'certificates.saved':
      return tables.certificateSettings.accept([event.settings]);
    default:
      for (const editor of openEditors()) editor.applyEvent(event);
  }
}
