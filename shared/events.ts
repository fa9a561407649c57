import type { Card, Cluster, CustomKind, DoorStatus, Group, Link, Participant, Session, Settings, Vote, VoteRound, VoteTotal, VoteVoters, Workshop } from './model.ts';
import type { ReportJob } from './reports.ts';
import type { AwardsBook } from './awards.ts';
import type { CertificateSettings } from './certificates.ts';
import type { PhotoInfo, SessionMinutes } from './photos.ts';

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
  | { type: 'kinds.saved'; sessionId: string; kinds: CustomKind[] }
  | { type: 'clusters.saved'; sessionId: string; clusters: Cluster[] }
  | { type: 'links.saved'; workshopId: string; links: Link[] }
  | { type: 'voteRounds.saved'; sessionId: string; rounds: VoteRound[] }
  | { type: 'votes.saved'; sessionId: string; votes: Vote[]; voters: VoteVoters[] }
  | { type: 'group.deleted'; workshopId: string; groupId: string }
  | { type: 'participants.saved'; workshopId: string; participants: Participant[] }
  | { type: 'report.job'; job: ReportJob }
  | { type: 'door.saved'; door: DoorStatus }
  | { type: 'phoneVotes.saved'; sessionId: string; votes: VoteTotal[] }
  /** Added, changed, deleted (`deletedAt` set) or brought back. */
  | { type: 'photos.saved'; workshopId: string; photos: PhotoInfo[] }
  | { type: 'minutes.saved'; minutes: SessionMinutes }
  | { type: 'awards.saved'; awards: AwardsBook }
  | { type: 'certificates.saved'; settings: CertificateSettings }
  /** The whole database was replaced (a backup restored): every window loads afresh. */
  | { type: 'data.replaced' }
  /** A workshop came in from a `.rembuk` file (new, or merged into the one here). */
  | { type: 'workshop.imported'; workshopId: string };

export type AppEventType = AppEvent['type'];
