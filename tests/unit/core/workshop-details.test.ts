import { describe, expect, it } from 'vitest';
import { call, failure, openTestCore } from '../helpers/core.ts';
import { lampungMeeting } from '../helpers/setup.ts';

describe('workshop details', () => {
  it('starts quick (title, dates, venue) with a provincial, in-person default, and is completed later', async () => {
    const core = await openTestCore();
    const { workshop } = await call(core, 'workshops.create', { title: 'PLM Lampung', startDate: '2019-10-15', endDate: '2019-10-17' });
    expect(workshop).toMatchObject({ level: 'province', provinceCode: null, regencyCode: null, organizer: '', mode: 'in_person' });
    const updated = await call(core, 'workshops.update', {
      id: workshop.id,
      provinceCode: '18',
      organizer: 'Dinas Perpustakaan dan Kearsipan Provinsi Lampung',
      mode: 'hybrid',
    });
    expect(updated).toMatchObject({ provinceCode: '18', organizer: 'Dinas Perpustakaan dan Kearsipan Provinsi Lampung', mode: 'hybrid', title: 'PLM Lampung' });
    expect(core.events.at(-1)).toEqual({ type: 'workshop.saved', workshop: updated });
  });

  it('holds a kabupaten PLM: Kotawaringin Barat in Kalimantan Tengah', async () => {
    const core = await openTestCore();
    const { workshop } = await call(core, 'workshops.create', {
      title: 'PLM Kabupaten Kotawaringin Barat',
      startDate: '2022-09-20',
      endDate: '2022-09-21',
      level: 'regency',
      provinceCode: '62',
      regencyCode: '62.01',
    });
    expect(workshop).toMatchObject({ level: 'regency', provinceCode: '62', regencyCode: '62.01' });
  });

  it('refuses a kabupaten outside the province, a region on a national PLM, and unknown codes, saving nothing', async () => {
    const core = await openTestCore();
    const { workshop } = await lampungMeeting(core);
    const outside = await failure(core, 'workshops.update', { id: workshop.id, level: 'regency', regencyCode: '73.08' });
    expect(outside.details?.fields).toContainEqual({ path: 'regencyCode', problem: 'outside_region' });
    const national = await failure(core, 'workshops.update', { id: workshop.id, level: 'national' });
    expect(national.details?.fields).toContainEqual({ path: 'provinceCode', problem: 'invalid' });
    const unknown = await failure(core, 'workshops.update', { id: workshop.id, provinceCode: '99' });
    expect(unknown).toMatchObject({ code: 'invalid_input', details: { fields: [{ path: 'provinceCode', problem: 'invalid' }] } });
    expect((await failure(core, 'workshops.update', { id: workshop.id, mode: 'teleport' })).code).toBe('invalid_input');
    expect((await call(core, 'workshops.get', { id: workshop.id })).workshop).toEqual(workshop);
  });

  it('will not move the meeting to another province while its groups lie in Lampung', async () => {
    const core = await openTestCore();
    const { workshop } = await lampungMeeting(core);
    const error = await failure(core, 'workshops.update', { id: workshop.id, provinceCode: '73' });
    expect(error).toMatchObject({ code: 'outside_region', details: { entity: 'workshop' } });
    expect((await call(core, 'workshops.get', { id: workshop.id })).workshop.provinceCode).toBe('18');
  });

  it('lists each meeting with its participant count', async () => {
    const core = await openTestCore();
    const { workshop, groups } = await lampungMeeting(core);
    await call(core, 'participants.create', { workshopId: workshop.id, name: 'Siti Rahayu', groupId: groups[0]!.id });
    const removed = await call(core, 'participants.create', { workshopId: workshop.id, name: 'Budi' });
    await call(core, 'participants.delete', { id: removed.id });
    expect((await call(core, 'workshops.list', {}))[0]).toMatchObject({ groupCount: 5, participantCount: 1 });
  });
});
