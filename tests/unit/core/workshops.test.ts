import { describe, expect, it } from 'vitest';
import { call, failure, lampungWorkshop, openTestCore } from '../helpers/core.ts';

describe('workshops and groups', () => {
  it('creates the Lampung PLM with a first board and lists it with its counts', async () => {
    const core = await openTestCore();
    const { workshop, session, groups } = await lampungWorkshop(core);
    expect(workshop).toMatchObject({ title: 'PLM Provinsi Lampung 2019', startDate: '2019-10-15', endDate: '2019-10-17' });
    expect(session).toMatchObject({ kind: 'board', template: 'challenges_solutions', day: 1 });
    const [listed] = await call(core, 'workshops.list', {});
    expect(listed).toMatchObject({ id: workshop.id, groupCount: 3, cardCount: 0 });
    const detail = await call(core, 'workshops.get', { id: workshop.id });
    expect(detail.groups.map((g) => g.name)).toEqual(['Lampung Tengah', 'Way Kanan', 'Tulang Bawang']);
    expect(groups.map((g) => g.color)).toEqual(['blue', 'orange', 'green']);
  });

  it('lists the workshop made last first, even when two share the date and the millisecond', async () => {
    const core = await openTestCore(undefined, { now: () => '2019-10-01T08:00:00.000Z' });
    const titles = ['PLM Kabupaten Bengkalis', 'PLM Kabupaten Siak', 'PLM Kabupaten Kampar', 'PLM Kabupaten Pelalawan'];
    for (const title of titles) await call(core, 'workshops.create', { title, startDate: '2019-10-15', endDate: '2019-10-16' });
    expect((await call(core, 'workshops.list', {})).map((w) => w.title)).toEqual([...titles].reverse());
  });

  it('refuses a meeting that ends before it starts or lasts more than five days', async () => {
    const core = await openTestCore();
    const base = { title: 'PLM', startDate: '2019-10-15' };
    const before = await failure(core, 'workshops.create', { ...base, endDate: '2019-10-14' });
    expect(before.details?.fields).toContainEqual({ path: 'endDate', problem: 'before_start' });
    const long = await failure(core, 'workshops.create', { ...base, endDate: '2019-10-20' });
    expect(long.details?.fields).toContainEqual({ path: 'endDate', problem: 'too_many_days' });
    expect((await failure(core, 'workshops.create', { ...base, endDate: '2019-13-01' })).code).toBe('invalid_input');
    expect(await call(core, 'workshops.list', {})).toEqual([]);
  });

  it('checks the dates again when only one of them changes', async () => {
    const core = await openTestCore();
    const { workshop } = await lampungWorkshop(core);
    const error = await failure(core, 'workshops.update', { id: workshop.id, startDate: '2019-10-18' });
    expect(error.details?.fields).toContainEqual({ path: 'endDate', problem: 'before_start' });
    expect((await call(core, 'workshops.get', { id: workshop.id })).workshop.startDate).toBe('2019-10-15');
  });

  it('renames a group', async () => {
    const core = await openTestCore();
    const { groups } = await lampungWorkshop(core);
    const renamed = await call(core, 'groups.update', { id: groups[2]!.id, name: 'Tulang Bawang Barat' });
    expect(renamed.name).toBe('Tulang Bawang Barat');
  });
});
