import type { Generated } from 'kysely';

/** Row shapes as stored in SQLite (snake_case). Domain objects are mapped in each domain folder. */
export interface WorkshopRow {
  /** 1 when inserted, one more on every update (`db/revision.ts`). */
  revision: number;
  id: string;
  title: string;
  start_date: string;
  end_date: string;
  venue: string;
  level: string;
  province_code: string | null;
  regency_code: string | null;
  organizer: string;
  mode: string;
  created_at: string;
  updated_at: string;
}

export interface GroupRow {
  /** 1 when inserted, one more on every update (`db/revision.ts`). */
  revision: number;
  id: string;
  workshop_id: string;
  name: string;
  color: string;
  position: string;
  region_code: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface SessionRow {
  /** 1 when inserted, one more on every update (`db/revision.ts`). */
  revision: number;
  id: string;
  workshop_id: string;
  title: string;
  day: number;
  start_time: string | null;
  duration_minutes: number | null;
  kind: string;
  template: string;
  question: string;
  position: string;
  locked_at: string | null;
  created_at: string;
  updated_at: string;
  layout: string;
  timer_duration_ms: number;
  timer_remaining_ms: number;
  timer_ends_at: string | null;
  deleted_at: string | null;
}

export interface CardRow {
  /** 1 when inserted, one more on every update (`db/revision.ts`). */
  revision: number;
  id: string;
  workshop_id: string;
  session_id: string;
  group_id: string | null;
  kind: string;
  text: string;
  position: string;
  tag: string | null;
  author: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  custom_kind_id: string | null;
  who: string | null;
  by_when: string | null;
  indicator: string | null;
  cluster_id: string | null;
  device_id: string | null;
  participant_id: string | null;
  /** 1 while a phone's card waits for the facilitator to show it. */
  hidden: number;
}

export interface CustomKindRow {
  /** 1 when inserted, one more on every update (`db/revision.ts`). */
  revision: number;
  id: string;
  session_id: string;
  label: string;
  color: string;
  icon: string;
  position: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface ClusterRow {
  /** 1 when inserted, one more on every update (`db/revision.ts`). */
  revision: number;
  id: string;
  session_id: string;
  title: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface LinkRow {
  /** 1 when inserted, one more on every update (`db/revision.ts`). */
  revision: number;
  id: string;
  workshop_id: string;
  from_card_id: string;
  to_card_id: string;
  created_at: string;
  deleted_at: string | null;
  /** Set by every change of the row: a merge keeps the side changed last. */
  updated_at: string;
}

export interface VoteRoundRow {
  /** 1 when inserted, one more on every update (`db/revision.ts`). */
  revision: number;
  id: string;
  session_id: string;
  budget: number;
  budget_scope: string;
  one_per_card: number;
  card_kind: string | null;
  opened_at: string;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface VoteRow {
  /** 1 when inserted, one more on every update (`db/revision.ts`). */
  revision: number;
  round_id: string;
  card_id: string;
  group_id: string;
  dots: number;
  updated_at: string;
}

export interface VoteVotersRow {
  /** 1 when inserted, one more on every update (`db/revision.ts`). */
  revision: number;
  round_id: string;
  group_id: string;
  voters: number;
  updated_at: string;
}

export interface ParticipantRow {
  /** 1 when inserted, one more on every update (`db/revision.ts`). */
  revision: number;
  id: string;
  workshop_id: string;
  group_id: string | null;
  name: string;
  gender: string | null;
  role: string;
  regency: string;
  village: string;
  institution: string;
  phone: string;
  notes: string;
  import_key: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface AttendanceRow {
  participant_id: string;
  day: number;
  checked_in_at: string;
  /** Set by every change of the row: a merge keeps the side changed last. */
  updated_at: string;
}

export interface DeviceRow {
  id: string;
  workshop_id: string;
  participant_id: string | null;
  group_id: string | null;
  name: string;
  secret_hash: string;
  created_at: string;
}

export interface PhoneVoteRow {
  round_id: string;
  card_id: string;
  device_id: string;
  participant_id: string | null;
  dots: number;
  updated_at: string;
}

export interface SettingRow {
  key: string;
  value: string;
}

export interface GroupRemovalRow {
  group_id: string;
  item_type: 'card' | 'participant';
  item_id: string;
  position: string | null;
}

export interface ImportChoiceRow {
  workshop_id: string;
  field: 'group' | 'role';
  text_key: string;
  value: string | null;
  updated_at: string;
}

/** A versioned table's rows: the database sets the revision, an insert leaves it out. */
type Versioned<Row extends { revision: number }> = Omit<Row, 'revision'> & { revision: Generated<number> };

export interface PhotoRow {
  id: string;
  workshop_id: string;
  session_id: string | null;
  caption: string;
  file_name: string;
  width: number;
  height: number;
  image: Uint8Array;
  thumbnail: Uint8Array;
  original: Uint8Array | null;
  original_type: string | null;
  position: string;
  created_at: string;
  updated_at: string;
  /** Set when deleted: the photo is kept (image and all) so "Urungkan" brings it back. */
  deleted_at: string | null;
  revision: number;
}

export interface SessionMinutesRow {
  session_id: string;
  workshop_id: string;
  text: string;
  updated_at: string;
  revision: number;
}

export interface CertificateSettingsRow {
  workshop_id: string;
  signatory_name: string;
  signatory_nip: string;
  signatory_position: string;
  serial_prefix: string;
  logo: Uint8Array | null;
  logo_type: string | null;
  updated_at: string;
  revision: number;
}

export interface CertificateSerialRow {
  participant_id: string;
  workshop_id: string;
  serial: number;
  issued_at: string;
  /** Set by every change of the row: a merge keeps the side changed last. */
  updated_at: string;
}

export interface AwardCategoryRow {
  id: string;
  workshop_id: string;
  name: string;
  description: string;
  entrants: string;
  winners: number;
  position: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface AwardCriterionRow {
  id: string;
  workshop_id: string;
  category_id: string;
  name: string;
  weight: number;
  position: number;
  /** Set by every change of the row: a merge keeps the side changed last. */
  updated_at: string;
  /** Set when left out of its category; naming it again brings it back with its scores. */
  deleted_at: string | null;
}

export interface AwardJurorRow {
  id: string;
  workshop_id: string;
  name: string;
  position: number;
  /** Set by every change of the row: a merge keeps the side changed last. */
  updated_at: string;
  deleted_at: string | null;
}

export interface AwardScoreRow {
  workshop_id: string;
  criterion_id: string;
  juror_id: string;
  entrant_id: string;
  score: number;
  updated_at: string;
}

/** A workshop's awards book as one versioned thing: every change of its awards bumps the revision. */
export interface AwardBookRow {
  workshop_id: string;
  revision: number;
  updated_at: string;
}

export interface Database {
  workshops: Versioned<WorkshopRow>;
  groups: Versioned<GroupRow>;
  sessions: Versioned<SessionRow>;
  /** `hidden` has a default, so the facilitator's inserts leave it out. */
  cards: Versioned<Omit<CardRow, 'hidden'> & { hidden: Generated<number> }>;
  settings: SettingRow;
  custom_kinds: Versioned<CustomKindRow>;
  clusters: Versioned<ClusterRow>;
  links: Versioned<LinkRow>;
  vote_rounds: Versioned<VoteRoundRow>;
  votes: Versioned<VoteRow>;
  vote_voters: Versioned<VoteVotersRow>;
  participants: Versioned<ParticipantRow>;
  attendance: AttendanceRow;
  group_removals: GroupRemovalRow;
  import_choices: ImportChoiceRow;
  devices: DeviceRow;
  phone_votes: PhoneVoteRow;
  photos: Versioned<PhotoRow>;
  session_minutes: Versioned<SessionMinutesRow>;
  certificate_settings: Versioned<CertificateSettingsRow>;
  certificate_serials: CertificateSerialRow;
  award_categories: AwardCategoryRow;
  award_criteria: AwardCriterionRow;
  award_jurors: AwardJurorRow;
  award_scores: AwardScoreRow;
  award_books: Versioned<AwardBookRow>;
}

