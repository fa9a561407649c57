import { describe, expect, it } from 'vitest';
import { call, failure, openTestCore } from '../helpers/core.ts';
import { lampungMeeting } from '../helpers/setup.ts';

describe('groups of a workshop', () => {
  it('keeps the region code of a kabupaten picked from the region data, through rename and recolour', async () => {
    const core = await openTestCore();
    const { groups } = await lampungMeeting(core);
    expect(groups.map((g) => [g.name, g.regionCode, g.color])).toEqual([
      ['Lampung Tengah', '18.02', 'blue'],
      ['Way Kanan', '18.08', 'orange'],
      ['Tulang Bawang', '18.05', 'green'],
      ['Lampung Selatan', '18.01', 'magenta'],
      ['Lampung Timur', '18.07', 'yellow'],
    ]);
    const changed = await call(core, 'groups.update', { id: groups[1]!.id, name: 'Kab. Way Kanan', color: 'purple' });
    expect(changed).toMatchObject({ name: 'Kab. Way Kanan', color: 'purple', regionCode: '18.08' });
  });

  it('refuses a group from another province, or an unknown code, and adds nothing', async () => {
    const core = await openTestCore();
    const { workshop } = await lampungMeeting(core);
    expect(await failure(core, 'groups.create', { workshopId: workshop.id, name: 'Bone', regionCode: '73.08' })).toMatchObject({
      code: 'outside_region',
      details: { entity: 'group' },
    });
    expect((await failure(core, 'groups.create', { workshopId: workshop.id, name: 'X', regionCode: '18.99' })).details?.fields).toEqual([
      { path: 'regionCode', problem: 'invalid' },
    ]);
    expect((await failure(core, 'groups.create', { workshopId: workshop.id, name: 'X', regionCode: 'Lampung' })).code).toBe('invalid_input');
    expect(await failure(core, 'groups.update', { id: (await call(core, 'workshops.get', { id: workshop.id })).groups[0]!.id, color: 'chartreuse' })).toMatchObject({
      code: 'invalid_input',
    });
    expect((await call(core, 'workshops.get', { id: workshop.id })).groups).toHaveLength(5);
  });

  it('allows custom groups (a TBM, a mixed group) beside the regions', async () => {
    const core = await openTestCore();
    const { workshop } = await lampungMeeting(core);
    const tbm = await call(core, 'groups.create', { workshopId: workshop.id, name: 'TBM Cahaya Ilmu' });
    expect(tbm).toMatchObject({ regionCode: null, color: 'brown' });
  });

  it('reorders by putting a group after another (or first), saved as one order key', async () => {
    const core = await openTestCore();
    const { workshop, groups } = await lampungMeeting(core);
    const names = async () => (await call(core, 'workshops.get', { id: workshop.id })).groups.map((g) => g.name);
    await call(core, 'groups.move', { id: groups[4]!.id, afterGroupId: null });
    expect(await names()).toEqual(['Lampung Timur', 'Lampung Tengah', 'Way Kanan', 'Tulang Bawang', 'Lampung Selatan']);
    await call(core, 'groups.move', { id: groups[0]!.id, afterGroupId: groups[2]!.id });
    expect(await names()).toEqual(['Lampung Timur', 'Way Kanan', 'Tulang Bawang', 'Lampung Tengah', 'Lampung Selatan']);
    const other = await lampungMeeting(core);
    expect((await failure(core, 'groups.move', { id: groups[0]!.id, afterGroupId: other.groups[1]!.id })).code).toBe('conflict');
  });

  it('deletes a group: its cards go to the end of the inbox in their order, its participants stay without a group', async () => {
    const core = await openTestCore();
    const { workshop, session, groups } = await lampungMeeting(core);
    const wayKanan = groups[1]!.id;
    const card = (text: string, groupId: string | null) => call(core, 'cards.create', { id: crypto.randomUUID(), sessionId: session.id, groupId, text });
    await card('Sudah di inbox', null);
    await card('Internet lambat', wayKanan);
    await card('Pengelola sering berganti', wayKanan);
    await card('Koleksi sedikit', groups[0]!.id);
    const siti = await call(core, 'participants.create', { workshopId: workshop.id, name: 'Siti Rahayu', groupId: wayKanan, role: 'village_head' });

    expect(await call(core, 'groups.usage', { id: wayKanan })).toEqual({ cards: 2, participants: 1 });
    const deleted = await call(core, 'groups.delete', { id: wayKanan });
    expect(deleted).toEqual({ groupId: wayKanan, workshopId: workshop.id, cards: 2, participants: 1 });

    const board = await call(core, 'sessions.board', { id: session.id });
    expect(board.cards.filter((c) => c.groupId === null).map((c) => c.text)).toEqual(['Sudah di inbox', 'Internet lambat', 'Pengelola sering berganti']);
    const roster = await call(core, 'participants.list', { workshopId: workshop.id });
    expect(roster).toEqual([{ ...siti, groupId: null, updatedAt: expect.any(String), revision: siti.revision + 1 }]);
    expect(core.events.map((e) => e.type).slice(-3)).toEqual(['group.deleted', 'cards.saved', 'participants.saved']);
    expect((await failure(core, 'groups.delete', { id: wayKanan })).code).toBe('not_found');
  });
});
