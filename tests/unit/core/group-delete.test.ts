import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rankEntries } from '#shared/voting.ts';
import { call, failure, lampungWorkshop, openTestCore } from '../helpers/core.ts';

/** The Lampung board after the group work: Way Kanan's cards, a link, and a closed vote with its dots. */
async function votedBoard() {
  const core = await openTestCore();
  const lampung = await lampungWorkshop(core);
  const [tengah, wayKanan] = lampung.groups.map((g) => g.id) as [string, string];
  const sessionId = lampung.session.id;
  const add = (text: string, groupId: string | null, kind: 'challenge' | 'solution' = 'challenge') => call(core, 'cards.create', { id: randomUUID(), sessionId, groupId, text, kind });
  const slow = await add('Internet lambat', wayKanan);
  const modem = await add('Modem bersama', wayKanan, 'solution');
  const staff = await add('Pengelola sering berganti', wayKanan);
  const few = await add('Koleksi sedikit', tengah);
  const link = await call(core, 'links.create', { id: randomUUID(), fromCardId: modem.id, toCardId: slow.id });
  const round = await call(core, 'votes.open', { id: randomUUID(), sessionId, budget: 6, budgetScope: 'group', onePerCard: false, cardKind: 'challenge' });
  await call(core, 'votes.set', { roundId: round.id, cardId: slow.id, groupId: wayKanan, dots: 4 });
  await call(core, 'votes.set', { roundId: round.id, cardId: few.id, groupId: wayKanan, dots: 2 });
  await call(core, 'votes.set', { roundId: round.id, cardId: few.id, groupId: tengah, dots: 3 });
  await call(core, 'votes.close', { id: round.id });
  const siti = await call(core, 'participants.create', { workshopId: lampung.workshop.id, name: 'Siti Rahayu', groupId: wayKanan, role: 'village_head' });
  const board = () => call(core, 'sessions.board', { id: sessionId });
  return { core, ...lampung, tengah, wayKanan, slow, modem, staff, few, link, round, siti, add, board };
}

describe('deleting a group safely', () => {
  it('keeps the results of a closed vote exactly as they were when the group is deleted afterwards', async () => {
    const { core, wayKanan, board } = await votedBoard();
    const before = await board();
    await call(core, 'groups.delete', { id: wayKanan });
    const after = await board();
    // Way Kanan placed 6 dots: all 6 still count, on the same cards.
    expect(after.voteTotals).toEqual(before.voteTotals);
    expect(after.votes.filter((v) => v.groupId === wayKanan).reduce((sum, v) => sum + v.dots, 0)).toBe(6);
    const overall = (b: typeof before) => rankEntries(b.voteRounds[0]!, b.cards, b.clusters, b.voteTotals).map((e) => [e.rank, e.title, e.dots]);
    expect(overall(after)).toEqual(overall(before));
  });

  it('brings the group back with its cards in their places, its votes, its links and its people', async () => {
    const { core, workshop, wayKanan, slow, staff, link, siti, board } = await votedBoard();
    const before = await board();
    await call(core, 'groups.delete', { id: wayKanan });
    expect((await call(core, 'workshops.get', { id: workshop.id })).groups.map((g) => g.name)).toEqual(['Lampung Tengah', 'Tulang Bawang']);
    expect((await board()).cards.filter((c) => c.groupId === null).map((c) => c.text)).toEqual(['Internet lambat', 'Modem bersama', 'Pengelola sering berganti']);

    const restored = await call(core, 'groups.restore', { id: wayKanan });
    expect(restored).toMatchObject({ id: wayKanan, name: 'Way Kanan' });
    expect((await call(core, 'workshops.get', { id: workshop.id })).groups.map((g) => g.name)).toEqual(['Lampung Tengah', 'Way Kanan', 'Tulang Bawang']);
    const after = await board();
    const place = (b: typeof before) => b.cards.map((c) => [c.text, c.groupId, c.position]);
    expect(place(after)).toEqual(place(before));
    expect(after.links.map((l) => l.id)).toEqual([link.id]);
    expect(after.votes).toEqual(before.votes);
    expect((await call(core, 'participants.list', { workshopId: workshop.id })).map((p) => [p.name, p.groupId])).toEqual([[siti.name, wayKanan]]);
    expect(core.events.slice(-3).map((e) => e.type)).toEqual(['group.saved', 'cards.saved', 'participants.saved']);
    expect([slow.id, staff.id].every((id) => after.cards.some((c) => c.id === id && c.groupId === wayKanan))).toBe(true);
    expect((await failure(core, 'groups.restore', { id: wayKanan })).code).toBe('not_found');
  });

  it('puts the group’s cards where new cards land: last on the board, so last in every layout’s column', async () => {
    const { core, wayKanan, board } = await votedBoard();
    await call(core, 'groups.delete', { id: wayKanan });
    const inBoardOrder = (await board()).cards.toSorted((a, b) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0)).map((c) => c.text);
    // Koleksi sedikit (Lampung Tengah) was written after them; in a per-kind column they still come after it.
    expect(inBoardOrder).toEqual(['Koleksi sedikit', 'Internet lambat', 'Modem bersama', 'Pengelola sering berganti']);
  });

  it('leaves a card where the facilitator put it after the delete, and brings back the rest', async () => {
    const { core, tengah, wayKanan, slow, staff, board } = await votedBoard();
    await call(core, 'groups.delete', { id: wayKanan });
    await call(core, 'cards.move', { id: staff.id, groupId: tengah, afterCardId: null });
    await call(core, 'groups.restore', { id: wayKanan });
    const cards = (await board()).cards;
    expect(cards.find((c) => c.id === staff.id)?.groupId).toBe(tengah);
    expect(cards.find((c) => c.id === slow.id)?.groupId).toBe(wayKanan);
  });

  it('takes no new cards, dots or people into a deleted group, and can delete and restore it again', async () => {
    const { core, workshop, session, wayKanan, few } = await votedBoard();
    await call(core, 'groups.delete', { id: wayKanan });
    expect((await failure(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: wayKanan, text: 'Baru' })).code).toBe('not_found');
    expect((await failure(core, 'cards.move', { id: few.id, groupId: wayKanan, afterCardId: null })).code).toBe('not_found');
    expect((await failure(core, 'participants.create', { workshopId: workshop.id, name: 'Budi', groupId: wayKanan })).code).toBe('not_found');
    expect((await failure(core, 'groups.update', { id: wayKanan, name: 'Way Kanan 2' })).code).toBe('not_found');
    expect((await failure(core, 'groups.delete', { id: wayKanan })).code).toBe('not_found');
    const summary = await call(core, 'workshops.list', {});
    expect(summary[0]!.groupCount).toBe(2);
    await call(core, 'groups.restore', { id: wayKanan });
    await call(core, 'groups.delete', { id: wayKanan });
    await call(core, 'groups.restore', { id: wayKanan });
    expect((await call(core, 'participants.list', { workshopId: workshop.id }))[0]!.groupId).toBe(wayKanan);
  });

  it('leaves a deleted group out of a copy of the workshop', async () => {
    const { core, workshop, wayKanan } = await votedBoard();
    await call(core, 'groups.delete', { id: wayKanan });
    const copy = await call(core, 'workshops.copy', { sourceId: workshop.id, title: 'PLM Lampung 2020', startDate: '2020-10-15', endDate: '2020-10-16' });
    expect(copy.groups.map((g) => g.name)).toEqual(['Lampung Tengah', 'Tulang Bawang']);
  });
});
