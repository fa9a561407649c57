import type { Card, Group, Participant, Session, Settings, Workshop } from './model.ts';
import type { ReportJob } from './reports.ts';

/**
 * What the core announces after each committed change. Events carry whole snapshots, so a
 * listener can simply upsert them: applying the same event twice changes nothing.
 */
export type AppEvent =
  | { type: 'workshop.saved'; workshop: Workshop }
  | { type: 'group.saved'; group: Group }
  | { type: 'session.saved'; session: Session }
  | { type: 'cards.saved'; sessionId: string; cards: Card[] }
  | { type: 'settings.saved'; settings: Settings }
  | { type: 'group.deleted'; workshopId: string; groupId: string }
  | { type: 'participants.saved'; workshopId: string; participants: Participant[] }
  | { type: 'report.job'; job: ReportJob };

export type AppEventType = AppEvent['type'];
