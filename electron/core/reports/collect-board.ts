import type { CardKind, SessionKind, SessionTemplate, StrategyTag } from '#shared/model.ts';
import type { Db } from '../context.ts';
import type { ReportCard, ReportData, ReportGroup, ReportSession } from './report-data.ts';

type BoardPart = Pick<ReportData, 'groups' | 'sessions' | 'cards' | 'links' | 'clusters'>;

/**
 * Groups, sessions in agenda order, and the live cards of the sessions in scope, in board order.
 * Votes, links, clusters and plan fields are the board's; until it stores them, cards have no
 * votes and no links.
 */
export async function collectBoard(db: Db, scope: { workshopId: string; sessionId: string | null }): Promise<BoardPart> {
  const groupRows = await db.selectFrom('groups').selectAll().where('workshop_id', '=', scope.workshopId).orderBy('position').orderBy('id').execute();
  let sessionQuery = db.selectFrom('sessions').selectAll().where('workshop_id', '=', scope.workshopId);
  if (scope.sessionId) sessionQuery = sessionQuery.where('id', '=', scope.sessionId);
  const sessionRows = await sessionQuery.orderBy('day').orderBy('position').orderBy('id').execute();
  let cardQuery = db.selectFrom('cards').selectAll().where('workshop_id', '=', scope.workshopId).where('deleted_at', 'is', null);
  if (scope.sessionId) cardQuery = cardQuery.where('session_id', '=', scope.sessionId);
  const cardRows = await cardQuery.orderBy('position').orderBy('id').execute();

  const groups: ReportGroup[] = groupRows.map((g) => ({ id: g.id, name: g.name, color: g.color, regionCode: g.region_code }));
  const sessions: ReportSession[] = sessionRows.map((s) => ({
    id: s.id,
    title: s.title,
    day: s.day,
    startTime: s.start_time,
    durationMinutes: s.duration_minutes,
    kind: s.kind as SessionKind,
    template: s.template as SessionTemplate,
    question: s.question,
    lockedAt: s.locked_at,
  }));
  const cards: ReportCard[] = cardRows.map((c) => ({
    id: c.id,
    sessionId: c.session_id,
    groupId: c.group_id,
    kind: c.kind as CardKind,
    text: c.text,
    tag: c.tag as StrategyTag | null,
    author: c.author,
    votes: 0,
    plan: c.kind === 'action' ? { who: null, byWhen: null, indicator: null } : null,
  }));
  return { groups, sessions, cards, links: [], clusters: [] };
}
