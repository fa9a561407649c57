// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { updateWorkshop } from '../../../renderer/src/editor/actions/workshops.ts';
import { getState, workshopGroups } from '../../../renderer/src/editor/store.ts';
import { groupForText, type GroupOption } from '../../../renderer/src/features/roster/import/new-groups.ts';
import { openTestEditor } from './test-editor.ts';

/** What a sign-in list's group texts become when the facilitator asks for new groups. */
describe('a new group for a text of the list', () => {
  it('is the region the text names, named as the Kelompok page names it, else a free group named as written', async () => {
    const t = await openTestEditor(['Lampung Tengah']);
    await updateWorkshop({ id: t.workshop.id, provinceCode: '18' });
    const workshop = getState().workshops[t.workshop.id]!;
    const known: GroupOption[] = workshopGroups(getState(), t.workshop.id);
    expect(await groupForText('Kabupaten Way Kanan', {}, workshop, known)).toMatchObject({ name: 'Way Kanan', regionCode: '18.08', isNew: true });
    expect(await groupForText('Kab. Pringsewu', {}, workshop, known)).toMatchObject({ name: 'Pringsewu', regionCode: '18.10' });
    expect(await groupForText('  Provinsi   Lampung ', {}, workshop, known)).toMatchObject({ name: 'Provinsi Lampung', regionCode: null, isNew: true });
    // A kabupaten of another province is not this meeting's region (Lampung): a free group, not Bone (73.08).
    expect(await groupForText('Kabupaten Bone', {}, workshop, known)).toMatchObject({ name: 'Kabupaten Bone', regionCode: null });
  });

  it('is a group already there (or already to be made) for the same region or name, not a second one', async () => {
    const t = await openTestEditor(['Lampung Tengah']);
    const workshop = getState().workshops[t.workshop.id]!;
    const known: GroupOption[] = workshopGroups(getState(), t.workshop.id);
    const wayKanan = await groupForText('Kabupaten Way Kanan', {}, workshop, known);
    const province = await groupForText('Provinsi Lampung', {}, workshop, known);
    known.push(wayKanan, province);
    expect(await groupForText('Way Kanan', {}, workshop, known)).toBe(wayKanan);
    expect(await groupForText('PROVINSI LAMPUNG', {}, workshop, known)).toBe(province);
  });
});
