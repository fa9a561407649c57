import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, failure, lampungWorkshop, openTestCore } from '../helpers/core.ts';

describe('the agenda: days and sessions', () => {
  it('plans three sessions over the Lampung days and lists them with the workshop', async () => {
    const core = await openTestCore();
    const { workshop } = await lampungWorkshop(core);
    const opening = await call(core, 'sessions.create', { workshopId: workshop.id, title: 'Pembukaan', day: 1, startTime: '08:30', durationMinutes: 60, kind: 'plenary' });
    const plans = await call(core, 'sessions.create', {
      workshopId: workshop.id,
      title: 'Rencana tindak lanjut',
      day: 3,
      startTime: '09:00',
      durationMinutes: 120,
      template: 'action_plan',
      question: 'Apa yang akan dilakukan perpustakaan desa dalam 6 bulan ke depan?',
    });
    expect(opening).toMatchObject({ kind: 'plenary', day: 1, startTime: '08:30', durationMinutes: 60, layout: 'groups', lockedAt: null });
    expect(plans).toMatchObject({ template: 'action_plan', kind: 'board', question: 'Apa yang akan dilakukan perpustakaan desa dalam 6 bulan ke depan?' });
    const detail = await call(core, 'workshops.get', { id: workshop.id });
    expect(detail.sessions.map((s) => s.title)).toEqual(['', 'Pembukaan', 'Rencana tindak lanjut']);
  });

  it('starts a blank board with a column per kind of its own', async () => {
    const core = await openTestCore();
    const { workshop } = await lampungWorkshop(core);
    const blank = await call(core, 'sessions.create', { workshopId: workshop.id, title: 'Harapan & kekhawatiran', day: 1, template: 'blank' });
    expect(blank.layout).toBe('kinds');
  });

  it('refuses a day after the meeting, a bad time and an unknown workshop, and writes nothing', async () => {
    const core = await openTestCore();
    const { workshop } = await lampungWorkshop(core);
    const before = await call(core, 'workshops.get', { id: workshop.id });
    const late = await failure(core, 'sessions.create', { workshopId: workshop.id, title: 'Hari keempat', day: 4 });
    expect(late).toMatchObject({ code: 'invalid_input', details: { fields: [{ path: 'day', problem: 'after_last_day', limit: 3 }] } });
    expect((await failure(core, 'sessions.create', { workshopId: workshop.id, day: 1, startTime: '25:00' })).details?.fields).toContainEqual(
      expect.objectContaining({ path: 'startTime', problem: 'invalid' }),
    );
    expect((await failure(core, 'sessions.create', { workshopId: randomUUID(), day: 1 })).code).toBe('not_found');
    expect(await call(core, 'workshops.get', { id: workshop.id })).toEqual(before);
  });

  it('edits a session, and changes its template only while its board is empty', async () => {
    const core = await openTestCore();
    const { session, groups } = await lampungWorkshop(core);
    const edited = await call(core, 'sessions.update', { id: session.id, title: 'Identifikasi tantangan', startTime: '10:00', question: 'Apa tantangan perpustakaan desa?' });
    expect(edited).toMatchObject({ title: 'Identifikasi tantangan', startTime: '10:00', question: 'Apa tantangan perpustakaan desa?' });
    expect((await call(core, 'sessions.update', { id: session.id, template: 'blank' })).layout).toBe('kinds');
    await call(core, 'sessions.update', { id: session.id, template: 'challenges_solutions' });
    await call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text: 'Internet lambat' });
    expect((await failure(core, 'sessions.update', { id: session.id, template: 'achievements' })).code).toBe('board_not_empty');
    expect((await call(core, 'sessions.board', { id: session.id })).session.template).toBe('challenges_solutions');
  });

  it('takes a session off the agenda and brings it back', async () => {
    const core = await openTestCore();
    const { workshop, session } = await lampungWorkshop(core);
    await call(core, 'sessions.delete', { id: session.id });
    expect((await call(core, 'workshops.get', { id: workshop.id })).sessions).toEqual([]);
    expect((await failure(core, 'sessions.board', { id: session.id })).code).toBe('not_found');
    await call(core, 'sessions.restore', { id: session.id });
    expect((await call(core, 'workshops.get', { id: workshop.id })).sessions.map((s) => s.id)).toEqual([session.id]);
  });

  it('locks a board after the session: nothing on it changes until it is unlocked', async () => {
    const core = await openTestCore();
    const { session, groups } = await lampungWorkshop(core);
    const card = await call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text: 'Koleksi sedikit' });
    const locked = await call(core, 'sessions.lock', { id: session.id });
    expect(locked.lockedAt).not.toBeNull();
    core.events.length = 0;
    const before = JSON.stringify(await call(core, 'sessions.board', { id: session.id }));
    for (const [method, input] of [
      ['cards.move', { id: card.id, groupId: groups[1]!.id, afterCardId: null }],
      ['cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text: 'Baru' }],
      ['cards.update', { id: card.id, text: 'Diubah' }],
      ['cards.delete', { id: card.id }],
      ['votes.open', { id: randomUUID(), sessionId: session.id, budget: 3, budgetScope: 'group' }],
      ['clusters.create', { id: randomUUID(), sessionId: session.id, title: 'x', cardIds: [card.id, randomUUID()] }],
    ] as const) {
      expect((await failure(core, method, input)).code, method).toMatch(/board_locked|not_found/);
    }
    expect(JSON.stringify(await call(core, 'sessions.board', { id: session.id }))).toBe(before);
    expect(core.events).toEqual([]);
    await call(core, 'sessions.unlock', { id: session.id });
    expect((await call(core, 'cards.move', { id: card.id, groupId: groups[1]!.id, afterCardId: null })).groupId).toBe(groups[1]!.id);
  });
});
