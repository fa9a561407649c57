import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/core/data-dir.ts';
import { call, failure, openTestCore, tempDataDir } from '../helpers/core.ts';
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

  it('copies every session column the board may add later, except ids, timestamps and the lock', async () => {
    const dataDir = tempDataDir();
    const first = await openTestCore(dataDir);
    const { workshop, session } = await lampungMeeting(first);
    await first.close();
    // A column added after this code was written, as the board's migration will do.
    const raw = new DatabaseSync(join(dataDir, DATABASE_FILE));
    raw.exec(`alter table sessions add column agenda_note text not null default ''`);
    raw.prepare(`update sessions set agenda_note = 'Sesi 1: identifikasi tantangan', question = 'Apa tantangan terbesar?', day = 2, locked_at = 'then' where id = ?`).run(session.id);
    raw.close();

    const core = await openTestCore(dataDir);
    const copy = await call(core, 'workshops.copy', { sourceId: workshop.id, ...NEXT_YEAR });
    expect(copy.sessions[0]).toMatchObject({ question: 'Apa tantangan terbesar?', day: 2, lockedAt: null });
    await core.close();
    const check = new DatabaseSync(join(dataDir, DATABASE_FILE));
    expect(check.prepare('select agenda_note from sessions where id = ?').get(copy.sessions[0]!.id)).toEqual({ agenda_note: 'Sesi 1: identifikasi tantangan' });
    check.close();
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
