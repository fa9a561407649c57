import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, failure, lampungWorkshop, openTestCore } from '../helpers/core.ts';

async function setup() {
  const core = await openTestCore();
  const lampung = await lampungWorkshop(core);
  const add = (text: string, kind: 'challenge' | 'solution' | 'action', sessionId = lampung.session.id) =>
    call(core, 'cards.create', { id: randomUUID(), sessionId, groupId: lampung.groups[0]!.id, text, kind });
  return { core, ...lampung, add };
}

describe('links between solutions, challenges and plans', () => {
  it('links a solution to two challenges and shows them on the board', async () => {
    const { core, session, add } = await setup();
    const slow = await add('Internet lambat', 'challenge');
    const few = await add('Komputer sedikit', 'challenge');
    const shared = await add('Pojok internet bersama di balai desa', 'solution');
    await call(core, 'links.create', { id: randomUUID(), fromCardId: shared.id, toCardId: slow.id });
    await call(core, 'links.create', { id: randomUUID(), fromCardId: shared.id, toCardId: few.id });
    const board = await call(core, 'sessions.board', { id: session.id });
    expect(board.links.map((l) => [l.fromCardId, l.toCardId])).toEqual([[shared.id, slow.id], [shared.id, few.id]]);
    expect(board.linkedCards).toEqual([]);
  });

  it('keeps links made in the same millisecond in the order they were made', async () => {
    // A facilitator links fast, and the clock of a modest laptop ticks coarsely: ties in time are normal.
    const core = await openTestCore(undefined, { now: () => '2019-10-15T09:00:00.000Z' });
    const { session, groups } = await lampungWorkshop(core);
    const add = (text: string, kind: 'challenge' | 'solution') =>
      call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text, kind });
    const solution = await add('Pojok internet bersama di balai desa', 'solution');
    const challenges = [];
    for (const text of ['Internet lambat', 'Komputer sedikit', 'Listrik sering padam', 'Petugas belum terlatih', 'Buku kurang menarik', 'Ruang baca sempit']) {
      challenges.push(await add(text, 'challenge'));
    }
    for (const challenge of challenges) {
      await call(core, 'links.create', { id: randomUUID(), fromCardId: solution.id, toCardId: challenge.id });
    }
    const board = await call(core, 'sessions.board', { id: session.id });
    expect(board.links.map((l) => l.toCardId)).toEqual(challenges.map((c) => c.id));
  });

  it('links a plan on day 3 to a solution of the locked day-1 board', async () => {
    const { core, workshop, session, add } = await setup();
    const solution = await add('Kerja sama dengan sekolah', 'solution');
    await call(core, 'sessions.lock', { id: session.id });
    const plans = await call(core, 'sessions.create', { workshopId: workshop.id, day: 3, template: 'action_plan' });
    const plan = await add('MoU dengan SD Negeri 1', 'action', plans.id);
    expect((await call(core, 'links.candidates', { cardId: plan.id })).map((c) => c.text)).toEqual(['Kerja sama dengan sekolah']);
    await call(core, 'links.create', { id: randomUUID(), fromCardId: plan.id, toCardId: solution.id });
    const planBoard = await call(core, 'sessions.board', { id: plans.id });
    expect(planBoard.linkedCards.map((c) => c.text)).toEqual(['Kerja sama dengan sekolah']);
    expect((await call(core, 'sessions.board', { id: session.id })).links).toHaveLength(1);
  });

  it('unlinks and links again (undo), and a second identical link is the same link', async () => {
    const { core, session, add } = await setup();
    const challenge = await add('Internet lambat', 'challenge');
    const solution = await add('Modem bersama', 'solution');
    const link = await call(core, 'links.create', { id: randomUUID(), fromCardId: solution.id, toCardId: challenge.id });
    expect((await call(core, 'links.create', { id: randomUUID(), fromCardId: solution.id, toCardId: challenge.id })).id).toBe(link.id);
    await call(core, 'links.delete', { id: link.id });
    expect((await call(core, 'sessions.board', { id: session.id })).links).toEqual([]);
    await call(core, 'links.restore', { id: link.id });
    expect((await call(core, 'sessions.board', { id: session.id })).links.map((l) => l.id)).toEqual([link.id]);
  });

  it('hides a link while one of its cards is deleted', async () => {
    const { core, session, add } = await setup();
    const challenge = await add('Internet lambat', 'challenge');
    const solution = await add('Modem bersama', 'solution');
    await call(core, 'links.create', { id: randomUUID(), fromCardId: solution.id, toCardId: challenge.id });
    await call(core, 'cards.delete', { id: challenge.id });
    expect((await call(core, 'sessions.board', { id: session.id })).links).toEqual([]);
    await call(core, 'cards.restore', { id: challenge.id });
    expect((await call(core, 'sessions.board', { id: session.id })).links).toHaveLength(1);
  });

  it('refuses links across workshops, between kinds that do not answer each other, and to itself', async () => {
    const { core, session, add } = await setup();
    const challenge = await add('Internet lambat', 'challenge');
    const solution = await add('Modem bersama', 'solution');
    const sulsel = await lampungWorkshop(core, ['Bone']);
    const bone = await call(core, 'cards.create', { id: randomUUID(), sessionId: sulsel.session.id, groupId: sulsel.groups[0]!.id, text: 'Bone', kind: 'challenge' });
    core.events.length = 0;
    expect((await failure(core, 'links.create', { id: randomUUID(), fromCardId: solution.id, toCardId: bone.id })).code).toBe('cross_workshop');
    expect((await failure(core, 'links.create', { id: randomUUID(), fromCardId: challenge.id, toCardId: solution.id })).code).toBe('link_not_allowed');
    expect((await failure(core, 'links.create', { id: randomUUID(), fromCardId: solution.id, toCardId: solution.id })).code).toBe('link_not_allowed');
    expect((await failure(core, 'links.create', { id: randomUUID(), fromCardId: solution.id, toCardId: randomUUID() })).code).toBe('not_found');
    expect((await call(core, 'sessions.board', { id: session.id })).links).toEqual([]);
    expect(core.events).toEqual([]);
  });
});
