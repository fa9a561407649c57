import { describe, expect, it } from 'vitest';
import { collectReportData } from '../../../electron/core/reports/collect.ts';
import { openDatabase } from '../../../electron/core/db/open.ts';
import { call, lampungWorkshop, openTestCore, tempDataDir } from '../helpers/core.ts';
import { join } from 'node:path';

/** The collection module reads what the core stored; a core is closed, then its file read directly. */
async function storedLampung() {
  const dataDir = tempDataDir();
  const core = await openTestCore(dataDir);
  const { workshop, session, groups } = await lampungWorkshop(core);
  await call(core, 'workshops.update', {
    id: workshop.id,
    level: 'province',
    provinceCode: '18',
    organizer: 'Dinas Perpustakaan dan Kearsipan Provinsi Lampung',
    mode: 'in_person',
  });
  const person = (name: string, role: 'village_librarian' | 'village_head' | 'master_trainer', groupId: string | null, gender: 'female' | 'male' | null) =>
    call(core, 'participants.create', { workshopId: workshop.id, name, role, groupId, gender, institution: role === 'master_trainer' ? 'Perpustakaan Nasional RI' : '' });
  const siti = await person('Siti Aminah', 'village_librarian', groups[0]!.id, 'female');
  await person('Budi Santoso', 'village_head', groups[0]!.id, 'male');
  await person('Sugiri', 'master_trainer', null, 'male');
  await call(core, 'attendance.set', { participantId: siti.id, day: 1, present: true });
  const card = (groupId: string | null, text: string, kind: 'challenge' | 'solution' = 'challenge') =>
    call(core, 'cards.create', { id: crypto.randomUUID(), sessionId: session.id, groupId, text, kind });
  await card(groups[1]!.id, 'Pengelola sering berganti');
  await card(groups[0]!.id, 'Koleksi buku sedikit');
  const second = await card(groups[0]!.id, 'Internet lambat');
  await card(null, 'Rak buku rusak', 'solution');
  const deleted = await card(groups[2]!.id, 'Salah ketik');
  await call(core, 'cards.delete', { id: deleted.id });
  await call(core, 'cards.move', { id: second.id, groupId: groups[0]!.id, afterCardId: null });
  await core.close();
  const database = await openDatabase(join(dataDir, 'rembuk.sqlite'));
  return { db: database.db, close: database.close, workshop, session, groups };
}

describe('collecting what a report shows', () => {
  it('takes the workshop, its groups in order, and the live cards in board order, inbox included', async () => {
    const { db, close, workshop, session } = await storedLampung();
    const data = await collectReportData(db, { workshopId: workshop.id, sessionId: null }, '2019-10-17T10:00:00.000Z');
    expect(data.language).toBe('id');
    expect(data.workshop).toMatchObject({
      title: 'PLM Provinsi Lampung 2019',
      startDate: '2019-10-15',
      venue: 'Hotel Novotel Bandar Lampung',
      level: 'province',
      provinceName: 'Lampung',
      regencyName: null,
      organizer: 'Dinas Perpustakaan dan Kearsipan Provinsi Lampung',
      mode: 'in_person',
    });
    expect(data.groups.map((g) => g.name)).toEqual(['Lampung Tengah', 'Way Kanan', 'Tulang Bawang']);
    expect(data.sessions.map((s) => s.id)).toEqual([session.id]);
    const inGroup = (name: string) => data.cards.filter((c) => c.groupId === data.groups.find((g) => g.name === name)!.id).map((c) => c.text);
    expect(inGroup('Lampung Tengah')).toEqual(['Internet lambat', 'Koleksi buku sedikit']);
    expect(inGroup('Tulang Bawang')).toEqual([]);
    expect(data.cards.filter((c) => c.groupId === null).map((c) => [c.kind, c.text])).toEqual([['solution', 'Rak buku rusak']]);
    // Setup's own summary: per group × role and gender, attendance per day; and the team.
    const tengah = data.roster.summary.groups.find((row) => row.groupName === 'Lampung Tengah')!;
    expect(tengah).toMatchObject({ total: 2, byGender: { female: 1, male: 1, unknown: 0 }, presentByDay: [1, 0, 0] });
    expect(tengah.byRole).toMatchObject({ village_librarian: 1, village_head: 1 });
    expect(data.roster.summary.total.total).toBe(3);
    expect(data.roster.team).toEqual([{ name: 'Sugiri', role: 'master_trainer', origin: 'Perpustakaan Nasional RI' }]);
    await close();
  });

  it('narrows to one session, and refuses a session of another workshop', async () => {
    const { db, close, workshop, session } = await storedLampung();
    const data = await collectReportData(db, { workshopId: workshop.id, sessionId: session.id }, '2019-10-17T10:00:00.000Z');
    expect(data.sessionId).toBe(session.id);
    expect(data.cards).toHaveLength(4);
    await expect(collectReportData(db, { workshopId: crypto.randomUUID(), sessionId: null }, '')).rejects.toMatchObject({ code: 'not_found' });
    await expect(collectReportData(db, { workshopId: workshop.id, sessionId: crypto.randomUUID() }, '')).rejects.toMatchObject({ code: 'not_found' });
    await close();
  });
});
