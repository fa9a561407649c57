// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { addGroup, deleteGroup, moveGroup, updateGroup } from '../../../renderer/src/editor/actions/groups.ts';
import { addParticipant, importParticipants, loadRoster, removeParticipant, setAttendance, updateParticipant } from '../../../renderer/src/editor/actions/participants.ts';
import { createSession, deleteSession, updateSession } from '../../../renderer/src/editor/actions/sessions.ts';
import { updateWorkshop } from '../../../renderer/src/editor/actions/workshops.ts';
import { useHistory } from '../../../renderer/src/editor/history.ts';
import { useNotices } from '../../../renderer/src/editor/notices.ts';
import { getState, workshopGroups, workshopParticipants } from '../../../renderer/src/editor/store.ts';
import { call } from '../helpers/core.ts';
import { openTestEditor } from './test-editor.ts';

async function setup() {
  const t = await openTestEditor(['Lampung Tengah', 'Way Kanan', 'Tulang Bawang']);
  const names = () => workshopGroups(getState(), t.workshop.id).map((g) => g.name);
  const savedNames = async () => (await call(t.core, 'workshops.get', { id: t.workshop.id })).groups.map((g) => g.name);
  const roster = () => workshopParticipants(getState(), t.workshop.id).map((p) => p.name);
  const savedRoster = async () => (await call(t.core, 'participants.list', { workshopId: t.workshop.id })).map((p) => p.name);
  return Object.assign(t, { names, savedNames, roster, savedRoster });
}

describe('setup actions: groups, roster, agenda and details, all undoable', () => {
  it('adds, renames and reorders a group; each undoes, and redo does it again', async () => {
    const t = await setup();
    const pesawaran = (await addGroup(t.workshop.id, 'Pesawaran'))!;
    await updateGroup(pesawaran.id, { name: 'Kabupaten Pesawaran' });
    const moving = moveGroup(pesawaran.id, null);
    expect(t.names()).toEqual(['Kabupaten Pesawaran', 'Lampung Tengah', 'Way Kanan', 'Tulang Bawang']);
    await moving;
    await t.press('Ctrl+Z');
    expect(await t.savedNames()).toEqual(['Lampung Tengah', 'Way Kanan', 'Tulang Bawang', 'Kabupaten Pesawaran']);
    await t.press('Ctrl+Z');
    expect(await t.savedNames()).toContain('Pesawaran');
    await t.press('Ctrl+Z');
    expect(await t.savedNames()).toEqual(['Lampung Tengah', 'Way Kanan', 'Tulang Bawang']);
    expect(t.names()).toEqual(['Lampung Tengah', 'Way Kanan', 'Tulang Bawang']);
    await t.press('Ctrl+Shift+Z');
    expect((await call(t.core, 'workshops.get', { id: t.workshop.id })).groups.find((g) => g.id === pesawaran.id)?.name).toBe('Pesawaran');
  });

  it('puts a refused reorder back and says why', async () => {
    const t = await setup();
    // Another window deleted the group this one wants to move after, and its news has not arrived yet.
    t.close();
    await call(t.core, 'groups.delete', { id: t.groups[0]!.id });
    const pending = moveGroup(t.groups[2]!.id, t.groups[0]!.id);
    expect(t.names()).toEqual(['Lampung Tengah', 'Tulang Bawang', 'Way Kanan']);
    await pending;
    expect(t.names()).toEqual(['Lampung Tengah', 'Way Kanan', 'Tulang Bawang']);
    expect(t.notices()).toContain('Kelompok sudah diubah di tempat lain. Tampilan sudah diperbarui; silakan coba lagi.');
  });

  it('deletes a group: its cards show in the inbox and its people without a group, from the core’s events', async () => {
    const t = await setup();
    await t.type(1, ['Sinyal lemah']);
    const siti = (await addParticipant({ workshopId: t.workshop.id, name: 'Siti Rahayu', groupId: t.groups[1]!.id }))!;
    expect(await deleteGroup(t.groups[1]!.id)).toMatchObject({ cards: 1, participants: 1 });
    expect(t.names()).toEqual(['Lampung Tengah', 'Tulang Bawang']);
    expect(t.shown(null)).toEqual(['Sinyal lemah']);
    expect(getState().participants[siti.id]?.groupId).toBeNull();
  });

  it('brings a deleted group back with Ctrl+Z or the notice: its cards back in its column, its people back in it', async () => {
    const t = await setup();
    await t.type(1, ['Sinyal lemah', 'Rak penuh']);
    const siti = (await addParticipant({ workshopId: t.workshop.id, name: 'Siti Rahayu', groupId: t.groups[1]!.id }))!;
    await deleteGroup(t.groups[1]!.id);
    expect(useNotices.getState().notices.find((n) => n.action)?.text).toBe('Kelompok Way Kanan dihapus. Kartu dan pesertanya dipindahkan; Urungkan mengembalikan semuanya.');
    await t.press('Ctrl+Z');
    await expect.poll(() => t.names()).toEqual(['Lampung Tengah', 'Way Kanan', 'Tulang Bawang']);
    await expect.poll(() => t.shown(1)).toEqual(['Sinyal lemah', 'Rak penuh']);
    expect(t.shown(null)).toEqual([]);
    await expect.poll(() => getState().participants[siti.id]?.groupId).toBe(t.groups[1]!.id);
    expect(await t.savedNames()).toEqual(['Lampung Tengah', 'Way Kanan', 'Tulang Bawang']);
    // And redo deletes it again.
    await t.press('Ctrl+Shift+Z');
    await expect.poll(() => t.names()).toEqual(['Lampung Tengah', 'Tulang Bawang']);
  });

  it('adds a participant and fixes their phone; undo takes the fix back, then the participant off the roster', async () => {
    const t = await setup();
    const budi = (await addParticipant({ workshopId: t.workshop.id, name: 'Budi Lestari', phone: '0812' }))!;
    await updateParticipant({ id: budi.id, phone: '0813 1234' });
    await t.press('Ctrl+Z');
    expect((await call(t.core, 'participants.list', { workshopId: t.workshop.id }))[0]?.phone).toBe('0812');
    await t.press('Ctrl+Z');
    expect(await t.savedRoster()).toEqual([]);
    expect(t.roster()).toEqual([]);
    await t.press('Ctrl+Shift+Z');
    expect(await t.savedRoster()).toEqual(['Budi Lestari']);
  });

  it('ticks attendance at once, unticks it when the core refuses, and undoes a tick', async () => {
    const t = await setup();
    const budi = (await addParticipant({ workshopId: t.workshop.id, name: 'Budi Lestari' }))!;
    const pending = setAttendance(budi.id, 2, true);
    expect(getState().participants[budi.id]?.daysPresent).toEqual([2]);
    await pending;
    // The meeting lasts three days: day 4 is refused and the tick goes away.
    expect(await setAttendance(budi.id, 4, true)).toBeUndefined();
    expect(getState().participants[budi.id]?.daysPresent).toEqual([2]);
    expect(t.notices()).toContain('Hari terlalu besar (maksimal 3).');
    await t.press('Ctrl+Z');
    expect((await call(t.core, 'participants.list', { workshopId: t.workshop.id }))[0]?.daysPresent).toEqual([]);
  });

  it('removes a participant and brings them back from the notice’s Urungkan button', async () => {
    const t = await setup();
    const siti = (await addParticipant({ workshopId: t.workshop.id, name: 'Siti Rahayu' }))!;
    await removeParticipant(siti.id);
    expect(t.roster()).toEqual([]);
    const notice = useNotices.getState().notices.find((n) => n.action);
    expect(notice?.text).toBe('Siti Rahayu dihapus dari daftar peserta.');
    notice?.action?.run();
    await expect.poll(() => t.roster()).toEqual(['Siti Rahayu']);
    // The page shows it at once; the core has it once the restore is saved (reads do not wait for writes).
    await t.settled();
    expect(await t.savedRoster()).toEqual(['Siti Rahayu']);
  });

  it('imports rows in the spreadsheet’s order and reloads the same roster from the core', async () => {
    const t = await setup();
    const names = ['Yusuf Lestari', 'Ayu Rahayu', 'Bambang Rahayu'];
    const result = await importParticipants({ workshopId: t.workshop.id, participants: names.map((name) => ({ name, groupId: t.groups[0]!.id })) });
    expect(result?.added.map((p) => p.name)).toEqual(names);
    expect(t.roster()).toEqual(names);
    await loadRoster(t.workshop.id);
    expect(t.roster()).toEqual(names);
  });

  it('undoes an import in one step (one call), redoes it, and keeps an import that added nobody off the history', async () => {
    const t = await setup();
    await addParticipant({ workshopId: t.workshop.id, name: 'Siti Rahayu' });
    const names = ['Yusuf Lestari', 'Ayu Rahayu', 'Bambang Rahayu'];
    await importParticipants({ workshopId: t.workshop.id, participants: names.map((name) => ({ name })) });
    expect(useHistory.getState().past.map((s) => s.label)).toEqual(['addParticipant', 'importParticipants']);
    const calls = t.calls.length;
    await t.press('Ctrl+Z');
    expect(t.calls.slice(calls)).toEqual(['participants.deleteMany']);
    expect(t.roster()).toEqual(['Siti Rahayu']);
    expect(await t.savedRoster()).toEqual(['Siti Rahayu']);
    await t.press('Ctrl+Shift+Z');
    expect(await t.savedRoster()).toEqual(['Siti Rahayu', ...names]);
    expect(t.roster()).toEqual(['Siti Rahayu', ...names]);

    const again = await importParticipants({ workshopId: t.workshop.id, participants: names.map((name) => ({ name })) });
    expect(again).toMatchObject({ added: [], alreadyPresent: 3 });
    expect(useHistory.getState().past.map((s) => s.label)).toEqual(['addParticipant', 'importParticipants']);
  });

  it('undoes an import that made groups in one step: its people off the roster, its groups gone; redo brings both back', async () => {
    const t = await setup();
    const pringsewu = { id: crypto.randomUUID(), name: 'Pringsewu', regionCode: '18.10' };
    const province = { id: crypto.randomUUID(), name: 'Provinsi Lampung', regionCode: null };
    const result = await importParticipants({
      workshopId: t.workshop.id,
      participants: [
        { name: 'Yusuf Lestari', groupId: pringsewu.id },
        { name: 'Dewi Lestari', groupId: province.id },
      ],
      newGroups: [pringsewu, province],
    });
    expect(result?.groups.map((g) => g.name)).toEqual(['Pringsewu', 'Provinsi Lampung']);
    const groupsThen = ['Lampung Tengah', 'Way Kanan', 'Tulang Bawang', 'Pringsewu', 'Provinsi Lampung'];
    expect(t.names()).toEqual(groupsThen);
    expect(useHistory.getState().past.map((s) => s.label)).toEqual(['importParticipants']);

    // One call each way: the people and the groups in one transaction.
    const calls = t.calls.length;
    await t.press('Ctrl+Z');
    expect(t.calls.slice(calls)).toEqual(['participants.deleteMany']);
    expect(t.roster()).toEqual([]);
    expect(t.names()).toEqual(['Lampung Tengah', 'Way Kanan', 'Tulang Bawang']);
    expect(await t.savedNames()).toEqual(['Lampung Tengah', 'Way Kanan', 'Tulang Bawang']);
    expect(await t.savedRoster()).toEqual([]);

    await t.press('Ctrl+Shift+Z');
    expect(t.calls.slice(calls + 1)).toEqual(['participants.restoreMany']);
    expect(await t.savedNames()).toEqual(groupsThen);
    expect(t.names()).toEqual(groupsThen);
    const saved = await call(t.core, 'participants.list', { workshopId: t.workshop.id });
    expect(saved.map((p) => [p.name, p.groupId])).toEqual([
      ['Yusuf Lestari', pringsewu.id],
      ['Dewi Lestari', province.id],
    ]);
  });

  it('adds a session to day 2 and edits it, each undoable; a day after the meeting is refused with a message', async () => {
    const t = await setup();
    const created = (await createSession({ workshopId: t.workshop.id, title: 'Rencana tindak lanjut', day: 2, startTime: '09:00', template: 'action_plan' }))!;
    expect(created).toMatchObject({ day: 2, template: 'action_plan', startTime: '09:00' });
    await updateSession(created.id, { title: 'RTL desa' });
    await t.press('Ctrl+Z');
    expect((await call(t.core, 'sessions.board', { id: created.id })).session.title).toBe('Rencana tindak lanjut');
    await t.press('Ctrl+Z');
    expect((await call(t.core, 'workshops.get', { id: t.workshop.id })).sessions.map((s) => s.id)).not.toContain(created.id);
    expect(await createSession({ workshopId: t.workshop.id, title: 'Terlambat', day: 4 })).toBeUndefined();
    expect(t.notices()).toContain('Hari melewati hari terakhir pertemuan (hari ke-3).');
  });

  it('takes a session off the agenda with a notice whose Urungkan brings it back', async () => {
    const t = await setup();
    await deleteSession(t.session.id);
    expect((await call(t.core, 'workshops.get', { id: t.workshop.id })).sessions).toEqual([]);
    useNotices.getState().notices.find((n) => n.action)?.action?.run();
    await expect.poll(async () => (await call(t.core, 'workshops.get', { id: t.workshop.id })).sessions.length).toBe(1);
  });

  it('saves the workshop details and undo puts the old ones back', async () => {
    const t = await setup();
    await updateWorkshop({ id: t.workshop.id, venue: 'Gedung Perpustakaan Daerah', organizer: 'Dinas Perpustakaan Provinsi Lampung' });
    expect(getState().workshops[t.workshop.id]?.venue).toBe('Gedung Perpustakaan Daerah');
    await t.press('Ctrl+Z');
    expect((await call(t.core, 'workshops.get', { id: t.workshop.id })).workshop).toMatchObject({ venue: 'Hotel Novotel Bandar Lampung', organizer: '' });
  });
});
