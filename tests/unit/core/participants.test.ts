import { describe, expect, it } from 'vitest';
import { call, failure, openTestCore } from '../helpers/core.ts';
import { lampungMeeting } from '../helpers/setup.ts';

describe('the participant roster', () => {
  it('adds, edits, removes and restores a participant', async () => {
    const core = await openTestCore();
    const { workshop, groups } = await lampungMeeting(core);
    const siti = await call(core, 'participants.create', {
      workshopId: workshop.id,
      name: '  Siti Rahayu ',
      gender: 'female',
      role: 'village_librarian',
      groupId: groups[1]!.id,
      regency: 'Way Kanan',
      village: 'Desa Sidomulyo',
      institution: 'Perpustakaan Desa Sidomulyo',
      phone: '0812-0000-1111',
    });
    expect(siti).toMatchObject({ name: 'Siti Rahayu', gender: 'female', notes: '', daysPresent: [], deletedAt: null });
    const edited = await call(core, 'participants.update', { id: siti.id, role: 'village_head', notes: 'Kepala kampung baru' });
    expect(edited).toMatchObject({ role: 'village_head', notes: 'Kepala kampung baru', name: 'Siti Rahayu', groupId: groups[1]!.id });

    const removed = await call(core, 'participants.delete', { id: siti.id });
    expect(removed.deletedAt).not.toBeNull();
    expect(await call(core, 'participants.list', { workshopId: workshop.id })).toEqual([]);
    await call(core, 'participants.restore', { id: siti.id });
    expect((await call(core, 'participants.list', { workshopId: workshop.id })).map((p) => p.name)).toEqual(['Siti Rahayu']);
    expect(core.events.at(-1)).toMatchObject({ type: 'participants.saved', workshopId: workshop.id, participants: [{ id: siti.id, deletedAt: null }] });
  });

  it('takes several participants off the roster and back in one transaction each, all or none', async () => {
    const core = await openTestCore();
    const { workshop } = await lampungMeeting(core);
    const other = await lampungMeeting(core);
    const imported = await call(core, 'participants.import', { workshopId: workshop.id, participants: [{ name: 'Yusuf Lestari' }, { name: 'Ayu Rahayu' }, { name: 'Bambang' }] });
    const ids = imported.added.map((p) => p.id);
    const roster = () => call(core, 'participants.list', { workshopId: workshop.id }).then((list) => list.map((p) => p.name));
    const stranger = await call(core, 'participants.create', { workshopId: other.workshop.id, name: 'Orang lain' });

    expect(await failure(core, 'participants.deleteMany', { ids: [...ids, stranger.id] })).toMatchObject({ code: 'cross_workshop' });
    expect(await failure(core, 'participants.deleteMany', { ids: [ids[0], ids[0]] })).toMatchObject({ code: 'invalid_input' });
    expect(await roster()).toEqual(['Yusuf Lestari', 'Ayu Rahayu', 'Bambang']);

    const events = core.events.length;
    const { participants: removed } = await call(core, 'participants.deleteMany', { ids });
    expect(removed.map((p) => [p.name, p.deletedAt !== null])).toEqual([['Yusuf Lestari', true], ['Ayu Rahayu', true], ['Bambang', true]]);
    expect(core.events.slice(events).map((e) => e.type)).toEqual(['participants.saved']);
    expect(await roster()).toEqual([]);
    // Someone already off the roster cannot be taken off again; nothing changes.
    expect(await failure(core, 'participants.deleteMany', { ids })).toMatchObject({ code: 'not_found' });

    await call(core, 'participants.restore', { id: ids[1]! });
    expect(await failure(core, 'participants.restoreMany', { ids })).toMatchObject({ code: 'not_found' });
    expect(await roster()).toEqual(['Ayu Rahayu']);
    await call(core, 'participants.delete', { id: ids[1]! });
    const { participants: back } = await call(core, 'participants.restoreMany', { ids });
    expect(back.every((p) => p.deletedAt === null && p.revision > imported.added[0]!.revision)).toBe(true);
    expect(await roster()).toEqual(['Yusuf Lestari', 'Ayu Rahayu', 'Bambang']);
  });

  it('takes an import’s groups away with its people in one transaction, and brings both back', async () => {
    const core = await openTestCore();
    const { workshop, groups } = await lampungMeeting(core);
    const other = await lampungMeeting(core);
    const pringsewu = { id: crypto.randomUUID(), name: 'Pringsewu', regionCode: '18.10' };
    const mesuji = { id: crypto.randomUUID(), name: 'Mesuji', regionCode: '18.11' };
    const imported = await call(core, 'participants.import', {
      workshopId: workshop.id,
      participants: [
        { name: 'Yusuf Lestari', groupId: pringsewu.id },
        { name: 'Ayu Rahayu', groupId: mesuji.id },
      ],
      newGroups: [pringsewu, mesuji],
    });
    const ids = imported.added.map((p) => p.id);
    const groupNames = async () => (await call(core, 'workshops.get', { id: workshop.id })).groups.map((g) => g.name);
    const roster = async () => (await call(core, 'participants.list', { workshopId: workshop.id })).map((p) => [p.name, p.groupId]);
    const before = { groups: await groupNames(), roster: await roster() };

    // A group of another meeting, or one already gone, refuses the whole undo: nobody leaves the roster.
    expect(await failure(core, 'participants.deleteMany', { ids, groupIds: [pringsewu.id, other.groups[0]!.id] })).toMatchObject({ code: 'cross_workshop' });
    expect(await failure(core, 'participants.deleteMany', { ids, groupIds: [pringsewu.id, crypto.randomUUID()] })).toMatchObject({ code: 'not_found' });
    expect(await failure(core, 'participants.deleteMany', { ids, groupIds: [pringsewu.id, pringsewu.id] })).toMatchObject({ code: 'invalid_input' });
    expect({ groups: await groupNames(), roster: await roster() }).toEqual(before);

    // A card written in Mesuji meanwhile goes to the inbox with the group, and back with it.
    const session = await call(core, 'sessions.create', { workshopId: workshop.id, title: 'Tantangan', day: 1 });
    const card = await call(core, 'cards.create', { id: crypto.randomUUID(), sessionId: session.id, groupId: mesuji.id, kind: 'challenge', text: 'Jam buka terbatas' });
    const events = core.events.length;
    const taken = await call(core, 'participants.deleteMany', { ids, groupIds: [pringsewu.id, mesuji.id] });
    expect(taken.participants.map((p) => p.deletedAt !== null)).toEqual([true, true]);
    expect(taken.groups).toEqual([]);
    expect(await groupNames()).toEqual(groups.map((g) => g.name));
    expect(await roster()).toEqual([]);
    expect((await call(core, 'sessions.board', { id: session.id })).cards.find((c) => c.id === card.id)?.groupId).toBeNull();
    expect(core.events.slice(events).map((e) => e.type)).toEqual(['group.deleted', 'participants.saved', 'group.deleted', 'cards.saved', 'participants.saved', 'participants.saved']);

    const back = await call(core, 'participants.restoreMany', { ids, groupIds: [pringsewu.id, mesuji.id] });
    expect(back.groups.map((g) => g.name)).toEqual(['Pringsewu', 'Mesuji']);
    expect({ groups: await groupNames(), roster: await roster() }).toEqual(before);
    expect((await call(core, 'sessions.board', { id: session.id })).cards.find((c) => c.id === card.id)?.groupId).toBe(mesuji.id);
  });

  it('refuses an empty name, a bad gender, and a group of another meeting, saving nothing', async () => {
    const core = await openTestCore();
    const { workshop } = await lampungMeeting(core);
    const other = await lampungMeeting(core);
    expect((await failure(core, 'participants.create', { workshopId: workshop.id, name: '   ' })).details?.fields).toEqual([
      { path: 'name', problem: 'required', limit: 1 },
    ]);
    expect((await failure(core, 'participants.create', { workshopId: workshop.id, name: 'Budi', gender: 'L' })).code).toBe('invalid_input');
    expect(await failure(core, 'participants.create', { workshopId: workshop.id, name: 'Budi', groupId: other.groups[0]!.id })).toMatchObject({
      code: 'cross_workshop',
    });
    expect((await failure(core, 'participants.create', { workshopId: workshop.id, name: 'Budi', role: 'bupati' })).code).toBe('invalid_input');
    expect(await call(core, 'participants.list', { workshopId: workshop.id })).toEqual([]);
  });

  it('checks participants in per day, and adds a late arrival already checked in', async () => {
    const core = await openTestCore();
    const { workshop, groups } = await lampungMeeting(core);
    const budi = await call(core, 'participants.create', { workshopId: workshop.id, name: 'Budi Lestari', groupId: groups[0]!.id });
    await call(core, 'attendance.set', { participantId: budi.id, day: 1, present: true });
    await call(core, 'attendance.set', { participantId: budi.id, day: 3, present: true });
    // Ticking twice is harmless.
    expect((await call(core, 'attendance.set', { participantId: budi.id, day: 1, present: true })).daysPresent).toEqual([1, 3]);
    expect((await call(core, 'attendance.set', { participantId: budi.id, day: 3, present: false })).daysPresent).toEqual([1]);

    const late = await call(core, 'participants.create', { workshopId: workshop.id, name: 'Rina Setiawan', presentOnDay: 2 });
    expect(late.daysPresent).toEqual([2]);

    const day4 = await failure(core, 'attendance.set', { participantId: budi.id, day: 4, present: true });
    expect(day4.details?.fields).toEqual([{ path: 'day', problem: 'too_big', limit: 3 }]);
    expect((await failure(core, 'participants.create', { workshopId: workshop.id, name: 'Nanda', presentOnDay: 4 })).code).toBe('invalid_input');
    expect((await call(core, 'participants.list', { workshopId: workshop.id })).map((p) => [p.name, p.daysPresent])).toEqual([
      ['Budi Lestari', [1]],
      ['Rina Setiawan', [2]],
    ]);
  });

  it('sums up per group × role, per gender and attendance per day, with a row for those without a group', async () => {
    const core = await openTestCore();
    const { workshop, groups } = await lampungMeeting(core);
    const add = (name: string, groupIndex: number | null, role: 'village_librarian' | 'village_head' | 'regency_library' | 'province_library', gender: 'female' | 'male' | null, days: number[] = []) =>
      call(core, 'participants.create', { workshopId: workshop.id, name, role, gender, groupId: groupIndex === null ? null : groups[groupIndex]!.id }).then(
        async (p) => {
          for (const day of days) await call(core, 'attendance.set', { participantId: p.id, day, present: true });
        },
      );
    await add('Budi', 0, 'regency_library', 'male', [1, 2]);
    await add('Wati', 0, 'village_librarian', 'female', [1]);
    await add('Yusuf', 0, 'village_head', 'male', [1, 2, 3]);
    await add('Sri', 1, 'village_librarian', 'female', [2]);
    await add('Dewi', null, 'province_library', null, [1]);

    const summary = await call(core, 'participants.summary', { workshopId: workshop.id });
    expect(summary.days).toEqual(['2019-10-15', '2019-10-16', '2019-10-17']);
    expect(summary.groups.map((g) => [g.groupName, g.total])).toEqual([
      ['Lampung Tengah', 3],
      ['Way Kanan', 1],
      ['Tulang Bawang', 0],
      ['Lampung Selatan', 0],
      ['Lampung Timur', 0],
      [null, 1],
    ]);
    const tengah = summary.groups[0]!;
    expect(tengah.byRole).toMatchObject({ regency_library: 1, village_librarian: 1, village_head: 1, beneficiary: 0 });
    expect(tengah.byGender).toEqual({ female: 1, male: 2, unknown: 0 });
    expect(tengah.presentByDay).toEqual([3, 2, 1]);
    expect(summary.total).toMatchObject({ total: 5, byGender: { female: 2, male: 2, unknown: 1 }, presentByDay: [4, 3, 1] });
    expect(summary.total.byRole.province_library).toBe(1);
  });
});
