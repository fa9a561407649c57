import type { Card, CardKind, SessionBoard, VoteRound } from '#shared/model.ts';
import { CARD_KINDS } from '#shared/model.ts';
import { rankEntries } from '#shared/voting.ts';
import type { Db } from '../context.ts';
import { loadBoard } from '../sessions/board.ts';
import { toSession } from '../sessions/rows.ts';
import type { ReportCard, ReportCluster, ReportData, ReportGroup, ReportLink, ReportSession, ReportVoting } from './report-data.ts';

type BoardPart = Pick<ReportData, 'groups' | 'sessions' | 'cards' | 'linkedCards' | 'links' | 'clusters'>;

/**
 * Groups, the live sessions in agenda order, and what their boards hold, read through the
 * board's own `loadBoard` (so a report shows what the board shows): live cards in board order,
 * a blank board's own kinds, clusters, links, and the dots of closed votes.
 *
 * Removed sessions and deleted cards are left out. A plenary session has no board: it appears
 * in the agenda only, with no cards.
 */
export async function collectBoard(db: Db, scope: { workshopId: string; sessionId: string | null }): Promise<BoardPart> {
  const groupRows = await db.selectFrom('groups').selectAll().where('workshop_id', '=', scope.workshopId).where('deleted_at', 'is', null).orderBy('position').orderBy('id').execute();
  const sessionRows = await db
    .selectFrom('sessions')
    .selectAll()
    .where('workshop_id', '=', scope.workshopId)
    .where('deleted_at', 'is', null)
    .orderBy('day')
    .orderBy('position')
    .orderBy('id')
    .execute();
  const liveSessionIds = new Set(sessionRows.map((s) => s.id));
  const inScope = sessionRows.filter((s) => scope.sessionId === null || s.id === scope.sessionId);

  const sessions: ReportSession[] = [];
  const cards: ReportCard[] = [];
  const outside = new Map<string, ReportCard>();
  const links = new Map<string, ReportLink>();
  const clusters: ReportCluster[] = [];
  for (const row of inScope) {
    const { id, title, day, startTime, durationMinutes, kind, template, question, lockedAt } = toSession(row);
    const session = { id, title, day, startTime, durationMinutes, kind, template, question, lockedAt };
    if (session.kind === 'plenary') {
      sessions.push({ ...session, customKinds: [], voting: { countedRounds: 0, openRound: false, challengeRanking: null } });
      continue;
    }
    const board = await loadBoard(db, row.id);
    const counted = countedVotes(board, [...groupRows.map((g) => g.id), null]);
    sessions.push({ ...session, customKinds: board.customKinds.map((k) => ({ id: k.id, label: k.label })), voting: counted.voting });
    for (const card of board.cards) cards.push(toReportCard(card, counted.votesOf(card)));
    for (const card of board.linkedCards) if (liveSessionIds.has(card.sessionId)) outside.set(card.id, toReportCard(card, 0));
    for (const link of board.links) links.set(link.id, { fromCardId: link.fromCardId, toCardId: link.toCardId });
    for (const cluster of board.clusters) {
      const cardIds = board.cards.filter((c) => c.clusterId === cluster.id).map((c) => c.id);
      if (cardIds.length > 0) clusters.push({ id: cluster.id, sessionId: cluster.sessionId, title: cluster.title, cardIds });
    }
  }
  const known = new Set(cards.map((c) => c.id));
  const linkedCards = [...outside.values()].filter((c) => !known.has(c.id));
  for (const card of linkedCards) known.add(card.id);
  const groups: ReportGroup[] = groupRows.map((g) => ({ id: g.id, name: g.name, color: g.color, regionCode: g.region_code }));
  return {
    groups,
    sessions,
    cards,
    linkedCards,
    // A link to a card of a removed session goes with it.
    links: [...links.values()].filter((l) => known.has(l.fromCardId) && known.has(l.toCardId)),
    clusters,
  };
}

function toReportCard(card: Card, votes: number): ReportCard {
  return {
    id: card.id,
    sessionId: card.sessionId,
    groupId: card.groupId,
    kind: card.kind,
    customKindId: card.customKindId,
    text: card.text,
    tag: card.tag,
    author: card.author,
    votes,
    plan: card.kind === 'action' ? { who: card.who, byWhen: card.byWhen, indicator: card.indicator } : null,
  };
}

/**
 * The dots a report counts (see `ReportVoting`): per card kind, the newest closed vote that took
 * that kind, with the board's own totals (`voteTotals`: closed votes, live cards) and ranking.
 */
function countedVotes(board: SessionBoard, groupIds: Array<string | null>): { voting: ReportVoting; votesOf: (card: Card) => number } {
  const closed = board.voteRounds
    .filter((r) => r.closedAt !== null && r.deletedAt === null)
    .sort((a, b) => (b.closedAt! < a.closedAt! ? -1 : b.closedAt! > a.closedAt! ? 1 : b.openedAt.localeCompare(a.openedAt)));
  const roundFor = new Map<CardKind, VoteRound>();
  for (const kind of CARD_KINDS) {
    const round = closed.find((r) => r.cardKind === null || r.cardKind === kind);
    if (round) roundFor.set(kind, round);
  }
  const dots = new Map(board.voteTotals.map((t) => [`${t.roundId}:${t.cardId}`, t.dots]));
  const challengeRound = roundFor.get('challenge');
  return {
    voting: {
      countedRounds: new Set([...roundFor.values()].map((r) => r.id)).size,
      openRound: board.voteRounds.some((r) => r.closedAt === null && r.deletedAt === null),
      // Each group ranked on its own, as the results panel shows a group's ranking.
      challengeRanking: challengeRound
        ? groupIds.flatMap((groupId) => rankEntries({ id: challengeRound.id, cardKind: 'challenge' }, board.cards, board.clusters, board.voteTotals, groupId))
        : null,
    },
    votesOf: (card) => {
      const round = roundFor.get(card.kind);
      return round ? (dots.get(`${round.id}:${card.id}`) ?? 0) : 0;
    },
  };
}
