import { sql } from 'kysely';
import { AppError } from '#shared/errors.ts';
import type { SessionBoard } from '#shared/model.ts';
import { voteTotals } from '#shared/voting.ts';
import type { Db } from '../context.ts';
import { toCard } from '../cards/rows.ts';
import { toCluster } from '../clusters/rows.ts';
import { toCustomKind } from '../kinds/rows.ts';
import { toLink } from '../links/rows.ts';
import { phoneVoteTotals } from '../door/phone-votes.ts';
import { toVote, toVoteRound, toVoteVoters } from '../votes/rows.ts';
import { toSession } from './rows.ts';

/** Rows made in the same millisecond keep the order they were added in (SQLite's rowid grows). */
const addedOrder = sql`rowid`;

/** Everything one board shows, read in one go: what `sessions.board` answers and reports read. */
export async function loadBoard(db: Db, id: string): Promise<SessionBoard> {
  const session = await db.selectFrom('sessions').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!session) throw new AppError('not_found', `Session ${id} not found`, { entity: 'session' });
  const [cards, customKinds, clusters, links, voteRounds] = await Promise.all([
    db.selectFrom('cards').selectAll().where('session_id', '=', id).where('deleted_at', 'is', null).orderBy('position').orderBy('id').execute(),
    db.selectFrom('custom_kinds').selectAll().where('session_id', '=', id).where('deleted_at', 'is', null).orderBy('position').orderBy('id').execute(),
    db.selectFrom('clusters').selectAll().where('session_id', '=', id).where('deleted_at', 'is', null).orderBy('created_at').orderBy(addedOrder).execute(),
    linksOfBoard(db, id),
    db.selectFrom('vote_rounds').selectAll().where('session_id', '=', id).where('deleted_at', 'is', null).orderBy('opened_at').orderBy(addedOrder).execute(),
  ]);
  const roundIds = voteRounds.map((r) => r.id);
  const [votes, voters, phoneVotes] = roundIds.length
    ? await Promise.all([
        db.selectFrom('votes').selectAll().where('round_id', 'in', roundIds).where('dots', '>', 0).execute(),
        db.selectFrom('vote_voters').selectAll().where('round_id', 'in', roundIds).execute(),
        phoneVoteTotals(db, roundIds),
      ])
    : [[], [], []];
  const onBoard = new Set(cards.map((c) => c.id));
  const otherIds = [...new Set(links.flatMap((l) => [l.from_card_id, l.to_card_id]).filter((cid) => !onBoard.has(cid)))];
  const linkedCards = otherIds.length
    ? await db.selectFrom('cards').selectAll().where('id', 'in', otherIds).where('deleted_at', 'is', null).execute()
    : [];
  const rounds = voteRounds.map(toVoteRound);
  const allVotes = votes.map(toVote);
  return {
    session: toSession(session),
    cards: cards.map(toCard),
    customKinds: customKinds.map(toCustomKind),
    clusters: clusters.map(toCluster),
    links: links.map(toLink),
    linkedCards: linkedCards.map(toCard),
    voteRounds: rounds,
    votes: allVotes,
    voteVoters: voters.map(toVoteVoters),
    voteTotals: voteTotals([...allVotes, ...phoneVotes], rounds, onBoard),
    phoneVotes,
  };
}

/** Live links with a live card at both ends, at least one of them on this board. */
function linksOfBoard(db: Db, sessionId: string) {
  return db
    .selectFrom('links')
    .innerJoin('cards as f', 'f.id', 'links.from_card_id')
    .innerJoin('cards as t', 't.id', 'links.to_card_id')
    .selectAll('links')
    .where('links.deleted_at', 'is', null)
    .where('f.deleted_at', 'is', null)
    .where('t.deleted_at', 'is', null)
    .where((eb) => eb.or([eb('f.session_id', '=', sessionId), eb('t.session_id', '=', sessionId)]))
    .orderBy('links.created_at')
    .orderBy(sql`links.rowid`)
    .execute();
}
