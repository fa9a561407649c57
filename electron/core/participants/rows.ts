import { sql } from 'kysely';
import type { Gender, Participant, ParticipantRole } from '#shared/model.ts';
import type { Db, Trx } from '../context.ts';
import type { ParticipantRow } from '../db/schema.ts';

/** A participant row with SQLite's rowid, which grows in the order rows were added. */
type ParticipantRowWithOrder = ParticipantRow & { added_order: number };

function toParticipant(row: ParticipantRowWithOrder, daysPresent: number[]): Participant {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    groupId: row.group_id,
    name: row.name,
    gender: row.gender as Gender | null,
    role: row.role as ParticipantRole,
    regency: row.regency,
    village: row.village,
    institution: row.institution,
    phone: row.phone,
    notes: row.notes,
    daysPresent,
    addedOrder: row.added_order,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    revision: row.revision,
  };
}

/** A workshop's live roster in the order it was added (or some of its participants, by id), with the days they were checked in. */
export async function loadParticipants(db: Db | Trx, workshopId: string, ids?: readonly string[]): Promise<Participant[]> {
  let query = db.selectFrom('participants').selectAll().select(addedOrder).where('workshop_id', '=', workshopId);
  query = ids ? query.where('id', 'in', ids.length > 0 ? [...ids] : ['']) : query.where('deleted_at', 'is', null);
  const rows = await query.orderBy('added_order').execute();
  const marks = await db
    .selectFrom('attendance')
    .innerJoin('participants', 'participants.id', 'attendance.participant_id')
    .select(['attendance.participant_id', 'attendance.day'])
    .where('participants.workshop_id', '=', workshopId)
    .orderBy('attendance.day')
    .execute();
  const days = new Map<string, number[]>();
  for (const mark of marks) days.set(mark.participant_id, [...(days.get(mark.participant_id) ?? []), mark.day]);
  return rows.map((row) => toParticipant(row, days.get(row.id) ?? []));
}

export async function loadParticipant(db: Db | Trx, id: string): Promise<Participant> {
  const row = await db.selectFrom('participants').selectAll().select(addedOrder).where('id', '=', id).executeTakeFirstOrThrow();
  const marks = await db.selectFrom('attendance').select('day').where('participant_id', '=', id).orderBy('day').execute();
  return toParticipant(row, marks.map((m) => m.day));
}

/** Rows added in one go (an import) share their time; the rowid keeps the spreadsheet's order. */
const addedOrder = sql<number>`rowid`.as('added_order');
