// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { updateWorkshop } from '../../../renderer/src/editor/actions/workshops.ts';
import { getState, workshopGroups } from '../../../renderer/src/editor/store.ts';
import { groupForText, type GroupOption } from '../../../renderer/src/features/roster/import/new-groups.ts';
import { openTestEditor } from './test-editor.ts';

/** What a sign-in list's group texts become when the facilitator asks for new groups. */
describe('a new group for a text of the list', () => {
  async function lampung() {
    const t = await openTestEditor(['Lampung Tengah']);
    await updateWorkshop({ id: t.workshop.id, provinceCode: '18' });
    const known: GroupOption[] = workshopGroups(getState(), t.workshop.id);
    return { workshop: getState().workshops[t.workshop.id]!, known };
  }

  it('is the region the text names, named as the Kelompok page names it, else a free group named as written', async () => {
    const { workshop, known } = await lampung();
    expect(await groupForText('Kabupaten Way Kanan', {}, workshop, known)).toMatchObject({ group: { name: 'Way Kanan', regionCode: '18.08', isNew: true }, near: false });
    expect(await groupForText('Kab. Pringsewu', {}, workshop, known)).toMatchObject({ group: { name: 'Pringsewu', regionCode: '18.10' } });
    expect(await groupForText('  Provinsi   Lampung ', {}, workshop, known)).toMatchObject({ group: { name: 'Provinsi Lampung', regionCode: null, isNew: true }, near: false });
    // A kabupaten of another province is not this meeting's region (Lampung): a free group, not Bone (73.08).
    expect(await groupForText('Kabupaten Bone', {}, workshop, known)).toMatchObject({ group: { name: 'Kabupaten Bone', regionCode: null } });
  });

  it('proposes a region spelled a letter off as a near match, for the preview to ask about', async () => {
    const { workshop, known } = await lampung();
    expect(await groupForText('Kabupaten Pringsewo', {}, workshop, known)).toMatchObject({ group: { name: 'Pringsewu', regionCode: '18.10' }, near: true });
  });

  it('is a group already there (or already to be made) for the same region or name, not a second one', async () => {
    const { workshop, known } = await lampung();
    const wayKanan = (await groupForText('Kabupaten Way Kanan', {}, workshop, known)).group;
    const province = (await groupForText('Provinsi Lampung', {}, workshop, known)).group;
    known.push(wayKanan, province);
    expect((await groupForText('Way Kanan', {}, workshop, known)).group).toBe(wayKanan);
    expect((await groupForText('PROVINSI LAMPUNG', {}, workshop, known)).group).toBe(province);
  });
});
