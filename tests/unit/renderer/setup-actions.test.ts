// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { addCard } from '../../../renderer/src/state/card-actions.ts';
import { deleteGroup, moveGroup } from '../../../renderer/src/state/group-actions.ts';
import { useNotices } from '../../../renderer/src/state/notices.ts';
import { addParticipant, importParticipants, loadRoster, removeParticipant, setAttendance } from '../../../renderer/src/state/participant-actions.ts';
import { columnCards, workshopGroups, workshopParticipants } from '../../../renderer/src/state/selectors.ts';
import { getState } from '../../../renderer/src/state/store.ts';
import { call } from '../helpers/core.ts';
import { noticeTexts, openBoardHarness } from './harness.ts';

async function harness() {
  const h = await openBoardHarness(['Lampung Tengah', 'Way Kanan', 'Tulang Bawang']);
  const names = () => workshopGroups(getState(), h.workshop.id).map((g) => g.name);
  const savedNames = async () => (await call(h.core, 'workshops.get', { id: h.workshop.id })).groups.map((g) => g.name);
  return { ...h, names, savedNames };
}

describe('setup actions in the renderer store', () => {
  it('reorders a group at once, and keeps the order the core saved', async () => {
    const h = await harness();
    const pending = moveGroup(h.groups[2]!.id, null);
    expect(h.names()).toEqual(['Tulang Bawang', 'Lampung Tengah', 'Way Kanan']);
    await pending;
    expect(await h.savedNames()).toEqual(['Tulang Bawang', 'Lampung Tengah', 'Way Kanan']);
  });

  it('puts a refused reorder back and says why', async () => {
    const h = await harness();
    // Another window deleted the group this one wants to move after, and its news has not arrived yet.
    h.close();
    await call(h.core, 'groups.delete', { id: h.groups[0]!.id });
    const pending = moveGroup(h.groups[2]!.id, h.groups[0]!.id);
    expect(h.names()).toEqual(['Lampung Tengah', 'Tulang Bawang', 'Way Kanan']);
    await pending;
    expect(h.names()).toEqual(['Lampung Tengah', 'Way Kanan', 'Tulang Bawang']);
    expect(noticeTexts()).toContain('Kelompok sudah diubah di tempat lain. Tampilan sudah diperbarui; silakan coba lagi.');
    expect(await h.savedNames()).toEqual(['Way Kanan', 'Tulang Bawang']);
  });

  it('moves a group after one that is already gone without showing a wrong order first', async () => {
    const h = await harness();
    await call(h.core, 'groups.delete', { id: h.groups[0]!.id });
    await moveGroup(h.groups[2]!.id, h.groups[0]!.id);
    expect(h.names()).toEqual(['Way Kanan', 'Tulang Bawang']);
  });

  it('deletes a group: its cards show in the inbox and its people without a group, from the core’s events', async () => {
    const h = await harness();
    await addCard(h.session.id, h.groups[1]!.id, 'Sinyal lemah');
    const siti = await addParticipant({ workshopId: h.workshop.id, name: 'Siti Rahayu', groupId: h.groups[1]!.id });
    expect(await deleteGroup(h.groups[1]!.id)).toBe(true);
    expect(h.names()).toEqual(['Lampung Tengah', 'Tulang Bawang']);
    expect(columnCards(getState(), h.session.id, null).map((c) => c.text)).toEqual(['Sinyal lemah']);
    expect(getState().participants[siti!.id]?.groupId).toBeNull();
  });

  it('ticks attendance at once and unticks it again when the core refuses', async () => {
    const h = await harness();
    const budi = (await addParticipant({ workshopId: h.workshop.id, name: 'Budi Lestari' }))!;
    const pending = setAttendance(budi.id, 2, true);
    expect(getState().participants[budi.id]?.daysPresent).toEqual([2]);
    expect(await pending).toBe(true);
    // The meeting lasts three days: day 4 is refused and the tick goes away.
    expect(await setAttendance(budi.id, 4, true)).toBe(false);
    expect(getState().participants[budi.id]?.daysPresent).toEqual([2]);
    expect(noticeTexts()).toContain('Hari terlalu besar (maksimal 3).');
    expect((await call(h.core, 'participants.list', { workshopId: h.workshop.id }))[0]?.daysPresent).toEqual([2]);
  });

  it('removes a participant and brings them back from the message’s Urungkan button', async () => {
    const h = await harness();
    const siti = (await addParticipant({ workshopId: h.workshop.id, name: 'Siti Rahayu' }))!;
    await removeParticipant(siti.id);
    expect(workshopParticipants(getState(), h.workshop.id)).toEqual([]);
    const notice = useNotices.getState().notices.find((n) => n.action);
    expect(notice?.text).toBe('Siti Rahayu dihapus dari daftar peserta.');
    notice?.action?.run();
    await expect.poll(() => workshopParticipants(getState(), h.workshop.id).map((p) => p.name)).toEqual(['Siti Rahayu']);
    expect((await call(h.core, 'participants.list', { workshopId: h.workshop.id })).map((p) => p.name)).toEqual(['Siti Rahayu']);
  });

  it('imports rows in the spreadsheet’s order and reloads the same roster from the core', async () => {
    const h = await harness();
    const names = ['Yusuf Lestari', 'Ayu Rahayu', 'Bambang Rahayu'];
    const result = await importParticipants({ workshopId: h.workshop.id, participants: names.map((name) => ({ name, groupId: h.groups[0]!.id })) });
    expect(result?.added.map((p) => p.name)).toEqual(names);
    expect(workshopParticipants(getState(), h.workshop.id).map((p) => p.name)).toEqual(names);
    await loadRoster(h.workshop.id);
    expect(workshopParticipants(getState(), h.workshop.id).map((p) => p.name)).toEqual(names);
  });
});
