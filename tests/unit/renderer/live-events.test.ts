// @vitest-environment happy-dom
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getState } from '../../../renderer/src/state/store.ts';
import { call } from '../helpers/core.ts';
import { openBoardHarness } from './harness.ts';

describe('what another window does shows up without a reload', () => {
  it('receives merges, links, votes, the timer and the lock from the core’s events', async () => {
    const h = await openBoardHarness();
    const add = (text: string, kind: 'challenge' | 'solution') =>
      call(h.core, 'cards.create', { id: randomUUID(), sessionId: h.session.id, groupId: h.groups[0]!.id, text, kind });
    const a = await add('Internet lambat', 'challenge');
    const b = await add('Sinyal lemah', 'challenge');
    const s = await add('Modem bersama', 'solution');
    const { cluster } = await call(h.core, 'clusters.create', { id: randomUUID(), sessionId: h.session.id, title: 'Jaringan', cardIds: [a.id, b.id] });
    const link = await call(h.core, 'links.create', { id: randomUUID(), fromCardId: s.id, toCardId: a.id });
    const round = await call(h.core, 'votes.open', { id: randomUUID(), sessionId: h.session.id, budget: 3, budgetScope: 'group' });
    await call(h.core, 'votes.set', { roundId: round.id, cardId: a.id, groupId: h.groups[1]!.id, dots: 2 });
    await call(h.core, 'timer.start', { sessionId: h.session.id });
    await call(h.core, 'sessions.lock', { id: h.session.id });

    const state = getState();
    expect(state.clusters[cluster.id]?.title).toBe('Jaringan');
    expect(state.cards[b.id]?.clusterId).toBe(cluster.id);
    expect(state.links[link.id]?.toCardId).toBe(a.id);
    expect(state.voteRounds[round.id]?.closedAt).toBeNull();
    expect(Object.values(state.votes)).toEqual([{ roundId: round.id, cardId: a.id, groupId: h.groups[1]!.id, dots: 2, revision: 1 }]);
    expect(state.sessions[h.session.id]?.timer.endsAt).not.toBeNull();
    expect(state.sessions[h.session.id]?.lockedAt).not.toBeNull();
  });
});
