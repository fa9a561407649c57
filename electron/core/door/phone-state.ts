import { AppError } from '#shared/errors.ts';
import { TEAM_ROLES, type CustomKind, type Session } from '#shared/model.ts';
import { compareNames } from '#shared/names.ts';
import type { PhoneState, PhoneVote, PhoneWelcome } from '#shared/phone.ts';
import type { Db } from '../context.ts';
import { toCard } from '../cards/rows.ts';
import { toCustomKind } from '../kinds/rows.ts';
import { toSession } from '../sessions/rows.ts';
import { readSettings } from '../settings/handlers.ts';
import type { OpenDoor } from './door.ts';
import type { Device } from './listener.ts';
import { toPhoneCard, toPhoneSession } from './phone-view.ts';

/** The board a door is open for, with its own kinds. */
export async function loadDoorBoard(db: Db, sessionId: string): Promise<{ session: Session; customKinds: CustomKind[] }> {
  const row = await db.selectFrom('sessions').selectAll().where('id', '=', sessionId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw new AppError('not_found', `Session ${sessionId} not found`, { entity: 'session' });
  const kinds = await db.selectFrom('custom_kinds').selectAll().where('session_id', '=', sessionId).where('deleted_at', 'is', null).orderBy('position').execute();
  return { session: toSession(row), customKinds: kinds.map(toCustomKind) };
}

/** What a phone with the join code sees before joining: the meeting, its groups and the names on its roster. */
export async function loadWelcome(db: Db, door: OpenDoor): Promise<PhoneWelcome> {
  const [workshop, session, groups, roster, settings] = await Promise.all([
    db.selectFrom('workshops').select('title').where('id', '=', door.workshopId).executeTakeFirstOrThrow(),
    db.selectFrom('sessions').select('title').where('id', '=', door.sessionId).executeTakeFirstOrThrow(),
    db.selectFrom('groups').select(['id', 'name', 'color']).where('workshop_id', '=', door.workshopId).where('deleted_at', 'is', null).orderBy('position').orderBy('id').execute(),
    db
      .selectFrom('participants')
      .select(['id', 'name', 'group_id'])
      .where('workshop_id', '=', door.workshopId)
      .where('deleted_at', 'is', null)
      .where('role', 'not in', [...TEAM_ROLES])
      .execute(),
    readSettings(db),
  ]);
  return {
    workshopTitle: workshop.title,
    sessionTitle: session.title,
    groups,
    roster: inRosterOrder(roster, groups).map((p) => ({ id: p.id, name: p.name, groupId: p.group_id })),
    language: settings.language,
  };
}

/**
 * The roster as a person looks for their name in it: alphabetical as the facilitator's roster
 * sorts it (Indonesian, "ahmad" beside "Ahmad", not after "Zainal"), and two people of the same
 * name in the board's order of their groups.
 */
function inRosterOrder<P extends { id: string; name: string; group_id: string | null }>(roster: P[], groups: Array<{ id: string }>): P[] {
  const place = new Map(groups.map((g, index) => [g.id, index]));
  const groupPlace = (p: P) => (p.group_id === null ? groups.length : (place.get(p.group_id) ?? groups.length));
  return [...roster].sort((a, b) => compareNames(a.name, b.name) || groupPlace(a) - groupPlace(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Everything a joined phone shows: who it is, the board's question, kinds and timer, its own cards, the open vote. */
export async function loadPhoneState(db: Db, door: OpenDoor, device: Device, now: string): Promise<PhoneState> {
  const [board, group, cards, vote, settings] = await Promise.all([
    loadDoorBoard(db, door.sessionId),
    liveGroup(db, device.groupId),
    db
      .selectFrom('cards')
      .selectAll()
      .where('device_id', '=', device.id)
      .where('session_id', '=', door.sessionId)
      .where('deleted_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    loadPhoneVote(db, door.sessionId, device.id),
    readSettings(db),
  ]);
  return {
    me: { name: device.name, groupId: device.groupId, groupName: group?.name ?? null },
    session: toPhoneSession(board.session, board.customKinds, now),
    cards: cards.map((row) => toPhoneCard(toCard(row))),
    vote,
    language: settings.language,
  };
}

/** The board's open vote with the cards it takes (shown ones only) and this phone's dots, or null. */
export async function loadPhoneVote(db: Db, sessionId: string, deviceId: string): Promise<PhoneVote | null> {
  const round = await db
    .selectFrom('vote_rounds')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('closed_at', 'is', null)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!round) return null;
  let ballot = db
    .selectFrom('cards')
    .leftJoin('groups', 'groups.id', 'cards.group_id')
    .select(['cards.id', 'cards.text', 'groups.name as groupName', 'groups.color as groupColor'])
    .where('cards.session_id', '=', sessionId)
    .where('cards.deleted_at', 'is', null)
    .where('cards.hidden', '=', 0);
  if (round.card_kind !== null) ballot = ballot.where('cards.kind', '=', round.card_kind);
  const [cards, mine] = await Promise.all([
    ballot.orderBy('groups.position').orderBy('cards.position').execute(),
    db.selectFrom('phone_votes').select(['card_id', 'dots']).where('round_id', '=', round.id).where('device_id', '=', deviceId).where('dots', '>', 0).execute(),
  ]);
  return {
    roundId: round.id,
    budget: round.budget,
    onePerCard: round.one_per_card === 1,
    cardKind: round.card_kind as PhoneVote['cardKind'],
    cards,
    myDots: Object.fromEntries(mine.map((m) => [m.card_id, m.dots])),
  };
}

/**
 * A group phones may write into: one not deleted. A phone that joined a group deleted since
 * writes into the inbox, where the facilitator sees its cards; a deleted group's column is gone.
 */
export function liveGroup(db: Db, groupId: string | null): Promise<{ id: string; workshop_id: string; name: string } | undefined> {
  if (groupId === null) return Promise.resolve(undefined);
  return db.selectFrom('groups').select(['id', 'workshop_id', 'name']).where('id', '=', groupId).where('deleted_at', 'is', null).executeTakeFirst();
}
