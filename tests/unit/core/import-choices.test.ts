import { describe, expect, it } from 'vitest';
import { call, failure, lampungWorkshop, openTestCore } from '../helpers/core.ts';

describe('remembering what a sign-in list means', () => {
  it('keeps the facilitator’s choices of an import for the next one, and forgets a choice of a deleted group', async () => {
    const core = await openTestCore();
    const { workshop, groups } = await lampungWorkshop(core);
    const [tengah, wayKanan] = groups.map((g) => g.id) as [string, string];
    expect(await call(core, 'participants.importChoices', { workshopId: workshop.id })).toEqual({ groups: {}, roles: {} });
    await call(core, 'participants.import', {
      workshopId: workshop.id,
      participants: [{ name: 'Siti Rahayu', groupId: tengah }],
      choices: { groups: { 'kab lamteng': tengah, 'way kanan': wayKanan, 'provinsi lampung': null }, roles: { bendahara: 'committee' } },
    });
    expect(await call(core, 'participants.importChoices', { workshopId: workshop.id })).toEqual({
      groups: { 'kab lamteng': tengah, 'way kanan': wayKanan, 'provinsi lampung': null },
      roles: { bendahara: 'committee' },
    });
    // A later import changes one choice and keeps the others.
    await call(core, 'participants.import', { workshopId: workshop.id, participants: [{ name: 'Budi' }], choices: { groups: { 'kab lamteng': wayKanan }, roles: {} } });
    await call(core, 'groups.delete', { id: tengah });
    expect((await call(core, 'participants.importChoices', { workshopId: workshop.id })).groups).toEqual({ 'kab lamteng': wayKanan, 'way kanan': wayKanan, 'provinsi lampung': null });
    await call(core, 'groups.delete', { id: wayKanan });
    expect((await call(core, 'participants.importChoices', { workshopId: workshop.id })).groups).toEqual({ 'provinsi lampung': null });
  });

  it('refuses choices naming a group of another meeting, and adds nobody', async () => {
    const core = await openTestCore();
    const lampung = await lampungWorkshop(core);
    const other = await lampungWorkshop(core, ['Bone']);
    const error = await failure(core, 'participants.import', {
      workshopId: lampung.workshop.id,
      participants: [{ name: 'Siti Rahayu' }],
      choices: { groups: { bone: other.groups[0]!.id }, roles: {} },
    });
    expect(error.code).toBe('cross_workshop');
    expect(await call(core, 'participants.list', { workshopId: lampung.workshop.id })).toEqual([]);
    expect(await call(core, 'participants.importChoices', { workshopId: lampung.workshop.id })).toEqual({ groups: {}, roles: {} });
    expect((await failure(core, 'participants.import', { workshopId: lampung.workshop.id, participants: [{ name: 'X' }], choices: { groups: {}, roles: { x: 'mayor' } } })).code).toBe(
      'invalid_input',
    );
  });
});
