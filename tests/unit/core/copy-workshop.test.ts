import { describe, expect, it } from 'vitest';
import { call, failure, openTestCore } from '../helpers/core.ts';
import { lampungMeeting } from '../helpers/setup.ts';

const NEXT_YEAR = { title: 'PLM Provinsi Lampung 2020', startDate: '2020-10-13', endDate: '2020-10-15', venue: '' };

describe('starting from an earlier workshop', () => {
  it('copies the details, groups, team and session plan, but no cards, other participants or attendance', async () => {
    const core = await openTestCore();
    const { workshop, session, groups } = await lampungMeeting(core);
    await call(core, 'workshops.update', { id: workshop.id, mode: 'hybrid' });
    await call(core, 'groups.update', { id: groups[2]!.id, color: 'purple' });
    await call(core, 'cards.create', { id: crypto.randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text: 'Internet lambat' });
    const mentor = await call(core, 'participants.create', { workshopId: workshop.id, name: 'Sugiri', role: 'master_trainer' });
    await call(core, 'attendance.set', { participantId: mentor.id, day: 1, present: true });
    await call(core, 'participants.create', { workshopId: workshop.id, name: 'Fasilitator Way Kanan', role: 'facilitator', groupId: groups[1]!.id });
    await call(core, 'participants.create', { workshopId: workshop.id, name: 'Budi Lestari', role: 'village_librarian' });

    const copy = await call(core, 'workshops.copy', { sourceId: workshop.id, ...NEXT_YEAR });
    expect(copy.workshop).toMatchObject({
      title: 'PLM Provinsi Lampung 2020',
      startDate: '2020-10-13',
      venue: 'Hotel Novotel Bandar Lampung',
      level: 'province',
      provinceCode: '18',
      organizer: 'Perpustakaan Nasional RI',
      mode: 'hybrid',
    });
    expect(copy.groups.map((g) => [g.name, g.color, g.regionCode])).toEqual(groups.map((g, i) => [g.name, i === 2 ? 'purple' : g.color, g.regionCode]));
    expect(copy.groups.every((g) => g.workshopId === copy.workshop.id && !groups.some((o) => o.id === g.id))).toBe(true);
    expect(copy.sessions).toHaveLength(1);
    expect(copy.sessions[0]).toMatchObject({ template: 'challenges_solutions', lockedAt: null });
    expect(copy.sessions[0]!.id).not.toBe(session.id);
    expect((await call(core, 'sessions.board', { id: copy.sessions[0]!.id })).cards).toEqual([]);

    const team = await call(core, 'participants.list', { workshopId: copy.workshop.id });
    expect(team.map((p) => [p.name, p.role, p.daysPresent])).toEqual([
      ['Sugiri', 'master_trainer', []],
      ['Fasilitator Way Kanan', 'facilitator', []],
    ]);
    expect(team[1]!.groupId).toBe(copy.groups[1]!.id);
    // The source is untouched.
    expect(await call(core, 'participants.list', { workshopId: workshop.id })).toHaveLength(3);
  });

  it('copies the session plan (times, templates, questions, layouts, a blank board\'s own kinds) unlocked, with fresh timers, without removed sessions', async () => {
    const core = await openTestCore();
    const { workshop, session } = await lampungMeeting(core);
    await call(core, 'sessions.update', { id: session.id, question: 'Apa tantangan terbesar?', day: 2, startTime: '08:30', durationMinutes: 90, layout: 'grid' });
    await call(core, 'timer.set', { sessionId: session.id, seconds: 300 });
    await call(core, 'timer.start', { sessionId: session.id });
    await call(core, 'sessions.lock', { id: session.id });
    const blank = await call(core, 'sessions.create', { workshopId: workshop.id, day: 3, title: 'Pohon masalah', template: 'blank' });
    await call(core, 'kinds.create', { id: crypto.randomUUID(), sessionId: blank.id, label: 'Akar masalah', color: 'orange', icon: 'alert' });
    const dropped = await call(core, 'sessions.create', { workshopId: workshop.id, day: 1, title: 'Dibatalkan' });
    await call(core, 'sessions.delete', { id: dropped.id });

    const copy = await call(core, 'workshops.copy', { sourceId: workshop.id, ...NEXT_YEAR });
    expect(copy.sessions.map((s) => s.title).sort()).toEqual(['', 'Pohon masalah']);
    const first = copy.sessions.find((s) => s.title === '')!;
    expect(first).toMatchObject({ question: 'Apa tantangan terbesar?', day: 2, startTime: '08:30', durationMinutes: 90, layout: 'grid', lockedAt: null, deletedAt: null });
    expect(first.timer).toEqual({ durationMs: 600_000, remainingMs: 600_000, endsAt: null });
    const copiedBlank = await call(core, 'sessions.board', { id: copy.sessions.find((s) => s.title === 'Pohon masalah')!.id });
    expect(copiedBlank.customKinds.map((k) => [k.label, k.color, k.icon])).toEqual([['Akar masalah', 'orange', 'alert']]);
    expect(copiedBlank.session).toMatchObject({ template: 'blank', layout: 'kinds' });
  });

  it('refuses a copy of a workshop that does not exist, or with bad dates, and creates nothing', async () => {
    const core = await openTestCore();
    const { workshop } = await lampungMeeting(core);
    expect((await failure(core, 'workshops.copy', { sourceId: crypto.randomUUID(), ...NEXT_YEAR })).code).toBe('not_found');
    const dates = await failure(core, 'workshops.copy', { sourceId: workshop.id, ...NEXT_YEAR, endDate: '2020-10-01' });
    expect(dates.details?.fields).toContainEqual({ path: 'endDate', problem: 'before_start' });
    expect(await call(core, 'workshops.list', {})).toHaveLength(1);
  });
});
