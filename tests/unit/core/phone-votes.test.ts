import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rankEntries } from '#shared/voting.ts';
import { call } from '../helpers/core.ts';
import { joinPhone, keyOf, openDoorCore } from '../helpers/door.ts';

async function votingRoom(vote: { budget: number; onePerCard?: boolean; budgetScope?: 'participant' | 'group' }) {
  const room = await openDoorCore();
  const { core, session, groups, roster, phones } = room;
  const key = keyOf((await call(core, 'door.open', { sessionId: session.id })).joinUrl);
  const add = (text: string, groupId: string, kind: 'challenge' | 'solution' = 'challenge') => call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId, text, kind });
  const slow = await add('Internet lambat', groups[0]!.id);
  const few = await add('Koleksi sedikit', groups[1]!.id);
  const answer = await add('Modem bersama', groups[1]!.id, 'solution');
  const round = await call(core, 'votes.open', { id: randomUUID(), sessionId: session.id, budgetScope: vote.budgetScope ?? 'participant', budget: vote.budget, onePerCard: vote.onePerCard ?? false, cardKind: 'challenge' });
  const siti = await joinPhone(phones, key, { participantId: roster[0]!.id });
  const budi = await joinPhone(phones, key, { participantId: roster[1]!.id });
  return { ...room, round, slow, few, answer, siti, budi };
}

describe('voting from phones', () => {
  it('shows a phone the open vote’s cards and gives each person the vote’s budget', async () => {
    const { round, slow, few, siti, budi } = await votingRoom({ budget: 3 });
    const state = (await siti.call('phone.state', {})) as { value: { vote: unknown } };
    expect(state.value.vote).toEqual({
      roundId: round.id,
      budget: 3,
      onePerCard: false,
      cardKind: 'challenge',
      cards: [
        { id: slow.id, text: 'Internet lambat', groupName: 'Lampung Tengah', groupColor: expect.any(String) },
        { id: few.id, text: 'Koleksi sedikit', groupName: 'Way Kanan', groupColor: expect.any(String) },
      ],
      myDots: {},
    });
    expect(await siti.call('phone.vote', { roundId: round.id, cardId: slow.id, dots: 2 })).toEqual({ ok: true, value: { [slow.id]: 2 } });
    expect(await siti.call('phone.vote', { roundId: round.id, cardId: few.id, dots: 1 })).toEqual({ ok: true, value: { [slow.id]: 2, [few.id]: 1 } });
    expect(await siti.call('phone.vote', { roundId: round.id, cardId: few.id, dots: 2 })).toMatchObject({ ok: false, error: { code: 'vote_budget_exceeded' } });
    // Budi's dots are his own: Siti's spending takes none of them.
    expect(await budi.call('phone.vote', { roundId: round.id, cardId: slow.id, dots: 3 })).toEqual({ ok: true, value: { [slow.id]: 3 } });
    // Moving a dot: take it off one card, put it on another.
    expect(await siti.call('phone.vote', { roundId: round.id, cardId: slow.id, dots: 1 })).toEqual({ ok: true, value: { [slow.id]: 1, [few.id]: 1 } });
  });

  it('holds the one-dot cap per person, refuses cards of another kind, hidden cards and a closed vote', async () => {
    const { core, session, groups, round, slow, answer, siti, budi } = await votingRoom({ budget: 3, onePerCard: true });
    expect(await siti.call('phone.vote', { roundId: round.id, cardId: slow.id, dots: 2 })).toMatchObject({ ok: false, error: { code: 'vote_card_limit' } });
    expect(await siti.call('phone.vote', { roundId: round.id, cardId: slow.id, dots: 1 })).toMatchObject({ ok: true });
    expect(await budi.call('phone.vote', { roundId: round.id, cardId: slow.id, dots: 1 })).toMatchObject({ ok: true });
    expect(await siti.call('phone.vote', { roundId: round.id, cardId: answer.id, dots: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const hiddenId = randomUUID();
    await siti.call('phone.cards.create', { id: hiddenId, text: 'Belum ditampilkan', kind: 'challenge', customKindId: null });
    expect(await budi.call('phone.vote', { roundId: round.id, cardId: hiddenId, dots: 1 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    await call(core, 'door.reveal', { sessionId: session.id, groupId: groups[0]!.id });
    expect(await budi.call('phone.vote', { roundId: round.id, cardId: hiddenId, dots: 1 })).toMatchObject({ ok: true });
    await call(core, 'votes.close', { id: round.id });
    expect(await budi.call('phone.vote', { roundId: round.id, cardId: slow.id, dots: 0 })).toMatchObject({ ok: false, error: { code: 'vote_closed' } });
  });

  it('adds the phones’ dots to the paper dots in the results and the ranking, once the vote is closed', async () => {
    const { core, session, groups, round, slow, few, siti, budi } = await votingRoom({ budget: 3 });
    await siti.call('phone.vote', { roundId: round.id, cardId: few.id, dots: 3 });
    await budi.call('phone.vote', { roundId: round.id, cardId: few.id, dots: 2 });
    await call(core, 'votes.setVoters', { roundId: round.id, groupId: groups[2]!.id, voters: 2 });
    await call(core, 'votes.set', { roundId: round.id, cardId: slow.id, groupId: groups[2]!.id, dots: 4 });
    const open = await call(core, 'sessions.board', { id: session.id });
    expect(open.voteTotals).toEqual([]);
    expect(open.phoneVotes).toEqual([{ roundId: round.id, cardId: few.id, dots: 5 }]);
    expect(core.events.filter((e) => e.type === 'phoneVotes.saved').at(-1)).toEqual({ type: 'phoneVotes.saved', sessionId: session.id, votes: [{ roundId: round.id, cardId: few.id, dots: 5 }] });

    await call(core, 'votes.close', { id: round.id });
    const closed = await call(core, 'sessions.board', { id: session.id });
    const ranking = rankEntries(closed.voteRounds[0]!, closed.cards, closed.clusters, closed.voteTotals);
    expect(ranking.map((e) => [e.rank, e.title, e.dots])).toEqual([
      [1, 'Koleksi sedikit', 5],
      [2, 'Internet lambat', 4],
    ]);
  });
});
