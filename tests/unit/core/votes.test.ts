import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rankEntries } from '#shared/voting.ts';
import { call, failure, lampungWorkshop, openTestCore } from '../helpers/core.ts';

async function setup() {
  const core = await openTestCore();
  const lampung = await lampungWorkshop(core);
  const [tengah, wayKanan] = lampung.groups.map((g) => g.id) as [string, string];
  const add = (text: string, groupId: string, kind: 'challenge' | 'solution' = 'challenge') =>
    call(core, 'cards.create', { id: randomUUID(), sessionId: lampung.session.id, groupId, text, kind });
  const open = (input: Record<string, unknown>) => call(core, 'votes.open', { id: randomUUID(), sessionId: lampung.session.id, ...input } as never);
  const board = () => call(core, 'sessions.board', { id: lampung.session.id });
  return { core, ...lampung, tengah, wayKanan, add, open, board };
}

describe('dot voting', () => {
  it('gives each group 5 dots and ranks the challenges once the vote is closed', async () => {
    const { core, tengah, wayKanan, add, open, board } = await setup();
    const slow = await add('Internet lambat', tengah);
    const few = await add('Koleksi sedikit', wayKanan);
    const round = await open({ budget: 5, budgetScope: 'group' });
    await call(core, 'votes.set', { roundId: round.id, cardId: slow.id, groupId: tengah, dots: 3 });
    await call(core, 'votes.set', { roundId: round.id, cardId: few.id, groupId: tengah, dots: 2 });
    await call(core, 'votes.set', { roundId: round.id, cardId: slow.id, groupId: wayKanan, dots: 4 });
    expect((await board()).voteTotals).toEqual([]);

    await call(core, 'votes.close', { id: round.id });
    const closed = await board();
    expect(closed.voteTotals).toEqual(expect.arrayContaining([{ roundId: round.id, cardId: slow.id, dots: 7 }, { roundId: round.id, cardId: few.id, dots: 2 }]));
    const ranking = rankEntries(closed.voteRounds[0]!, closed.cards, closed.clusters, closed.voteTotals);
    expect(ranking.map((e) => [e.rank, e.title, e.dots])).toEqual([[1, 'Internet lambat', 7], [2, 'Koleksi sedikit', 2]]);
    expect(rankEntries(closed.voteRounds[0]!, closed.cards, closed.clusters, closed.voteTotals, wayKanan).map((e) => e.title)).toEqual(['Koleksi sedikit']);
  });

  it('adds up the dots of merged duplicates, once per group the cluster holds cards of', async () => {
    const { core, session, tengah, wayKanan, add, open, board } = await setup();
    const a = await add('Internet lambat', tengah);
    const a2 = await add('Jaringan putus', tengah);
    const b = await add('Sinyal lemah', wayKanan);
    const c = await add('Rak penuh', wayKanan);
    const round = await open({ budget: 3, budgetScope: 'group' });
    await call(core, 'votes.set', { roundId: round.id, cardId: a.id, groupId: tengah, dots: 2 });
    await call(core, 'votes.set', { roundId: round.id, cardId: a2.id, groupId: tengah, dots: 1 });
    await call(core, 'votes.set', { roundId: round.id, cardId: b.id, groupId: wayKanan, dots: 2 });
    await call(core, 'votes.set', { roundId: round.id, cardId: c.id, groupId: wayKanan, dots: 1 });
    await call(core, 'clusters.create', { id: randomUUID(), sessionId: session.id, title: 'Jaringan internet', cardIds: [a.id, b.id, a2.id] });
    await call(core, 'votes.close', { id: round.id });
    const closed = await board();
    const rank = (groupId?: string) =>
      rankEntries(closed.voteRounds[0]!, closed.cards, closed.clusters, closed.voteTotals, groupId).map((e) => [e.title, e.groupId, e.dots, e.cardIds.length]);
    expect(rank()).toEqual([
      ['Jaringan internet', tengah, 3, 2],
      ['Jaringan internet', wayKanan, 2, 1],
      ['Rak penuh', wayKanan, 1, 1],
    ]);
    expect(rank(wayKanan)).toEqual([
      ['Jaringan internet', wayKanan, 2, 1],
      ['Rak penuh', wayKanan, 1, 1],
    ]);
  });

  it('counts a per-participant budget as dots × the group’s voters, one dot per card each', async () => {
    const { core, tengah, add, open } = await setup();
    const card = await add('Internet lambat', tengah);
    const other = await add('Koleksi sedikit', tengah);
    const round = await open({ budget: 3, budgetScope: 'participant', onePerCard: true });
    expect((await failure(core, 'votes.set', { roundId: round.id, cardId: card.id, groupId: tengah, dots: 1 })).code).toBe('vote_no_voters');
    await call(core, 'votes.setVoters', { roundId: round.id, groupId: tengah, voters: 4 });
    await call(core, 'votes.set', { roundId: round.id, cardId: card.id, groupId: tengah, dots: 4 });
    expect((await failure(core, 'votes.set', { roundId: round.id, cardId: other.id, groupId: tengah, dots: 5 })).code).toBe('vote_card_limit');
    await call(core, 'votes.set', { roundId: round.id, cardId: other.id, groupId: tengah, dots: 4 });
    expect((await failure(core, 'votes.setVoters', { roundId: round.id, groupId: tengah, voters: 2 })).code).toBe('vote_budget_exceeded');
  });

  it('refuses votes beyond the budget, after closing, on the wrong kind, and a second open vote; nothing changes', async () => {
    const { core, tengah, add, open, board } = await setup();
    const challenge = await add('Internet lambat', tengah);
    const solution = await add('Modem bersama', tengah, 'solution');
    const round = await open({ budget: 3, budgetScope: 'group', cardKind: 'challenge' });
    await call(core, 'votes.set', { roundId: round.id, cardId: challenge.id, groupId: tengah, dots: 3 });
    const before = JSON.stringify(await board());
    core.events.length = 0;
    expect((await failure(core, 'votes.set', { roundId: round.id, cardId: challenge.id, groupId: tengah, dots: 4 })).code).toBe('vote_budget_exceeded');
    expect((await failure(core, 'votes.set', { roundId: round.id, cardId: solution.id, groupId: tengah, dots: 1 })).code).toBe('invalid_input');
    expect((await failure(core, 'votes.set', { roundId: round.id, cardId: challenge.id, groupId: tengah, dots: -1 })).code).toBe('invalid_input');
    expect((await failure(core, 'votes.open', { id: randomUUID(), sessionId: round.sessionId, budget: 3, budgetScope: 'group' })).code).toBe('vote_already_open');
    expect(JSON.stringify(await board())).toBe(before);
    expect(core.events).toEqual([]);
    await call(core, 'votes.close', { id: round.id });
    expect((await failure(core, 'votes.set', { roundId: round.id, cardId: challenge.id, groupId: tengah, dots: 0 })).code).toBe('vote_closed');
  });

  it('removes a vote with its dots and brings it back (undo of opening it)', async () => {
    const { core, tengah, add, open, board } = await setup();
    const card = await add('Internet lambat', tengah);
    const round = await open({ budget: 3, budgetScope: 'group' });
    await call(core, 'votes.set', { roundId: round.id, cardId: card.id, groupId: tengah, dots: 2 });
    await call(core, 'votes.delete', { id: round.id });
    expect((await board()).voteRounds).toEqual([]);
    expect((await board()).votes).toEqual([]);
    await call(core, 'votes.restore', { id: round.id });
    expect((await board()).votes).toEqual([{ roundId: round.id, cardId: card.id, groupId: tengah, dots: 2, revision: 1 }]);
    await call(core, 'votes.close', { id: round.id });
    expect((await call(core, 'votes.reopen', { id: round.id })).closedAt).toBeNull();
  });
});
