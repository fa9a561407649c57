/** Row shapes as stored in SQLite (snake_case). Domain objects are mapped in each domain folder. */
export interface WorkshopRow {
  id: string;
  title: string;
  start_date: string;
  end_date: string;
  venue: string;
  created_at: string;
  updated_at: string;
}

export interface GroupRow {
  id: string;
  workshop_id: string;
  name: string;
  color: string;
  position: string;
  region_code: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionRow {
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
}

export interface CardRow {
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
}

export interface SettingRow {
  key: string;
  value: string;
}

export interface Database {
  workshops: WorkshopRow;
  groups: GroupRow;
  sessions: SessionRow;
  cards: CardRow;
  settings: SettingRow;
}

