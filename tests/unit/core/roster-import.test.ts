import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Group } from '#shared/model.ts';
import { interpretRows, participantKey, suggestMapping } from '#shared/roster-import/interpret.ts';
import type { Core } from '../../../electron/core/core.ts';
import { workerFile } from '../../../electron/core/workers/worker-file.ts';
import { call, failure, openTestCore } from '../helpers/core.ts';
import { fixtureData, lampungMeeting, SAMPLE_CSV, SAMPLE_XLSX } from '../helpers/setup.ts';

/** Reads a fixture through the core (in the spreadsheet worker) and previews it as the mapping step does. */
async function preview(core: Core, file: string, groups: Group[], existing: Set<string> = new Set()) {
  const grid = await call(core, 'spreadsheets.read', { fileName: file, data: fixtureData(file) });
  const rows = grid.sheets[0]!.rows;
  const mapping = suggestMapping(rows, { groups, level: 'province' });
  return { grid, rows, mapping, preview: interpretRows(rows, mapping, existing) };
}

describe('importing a sign-in list', () => {
  it('reads the sample .xlsx: header on row 5 under merged titles, columns recognised by their Indonesian names', async () => {
    const core = await openTestCore();
    const { groups } = await lampungMeeting(core);
    const { grid, mapping } = await preview(core, SAMPLE_XLSX, groups);
    expect(grid).toMatchObject({ format: 'xlsx', sheets: [{ name: 'Daftar Hadir' }] });
    expect(mapping.headerRow).toBe(4);
    expect(mapping.columns).toEqual({ name: 1, gender: 2, role: 3, origin: 4, regency: 5, group: 5, phone: 6 });
    expect(mapping.roles).toEqual({
      'staf perpusda': 'regency_library',
      'pengelola perpusdes': 'village_librarian',
      'kepala kampung': 'village_head',
      'penerima dampak': 'beneficiary',
      'tim sinergi provinsi': 'province_library',
    });
    expect(Object.values(mapping.groups).sort()).toEqual(groups.map((g) => g.id).sort());
  });

  it('lists the rows with problems and their reasons, and leaves out blank, numbered-but-empty and totals lines', async () => {
    const core = await openTestCore();
    const { groups } = await lampungMeeting(core);
    const { preview: result } = await preview(core, SAMPLE_XLSX, groups);
    expect(result.ignoredLines).toEqual([26, 62, 65, 66]);
    const problems = result.rows.filter((r) => r.status === 'problem').map((r) => [r.line, r.draft.name, r.problems]);
    expect(problems).toEqual([
      [58, 'Dewi Lestari', [{ kind: 'unknown_group', value: 'Provinsi Lampung' }]],
      [59, 'Fitri Susanti', [{ kind: 'unknown_group', value: 'Provinsi Lampung' }]],
      [60, 'Slamet Rahayu', [{ kind: 'unknown_group', value: 'Provinsi Lampung' }]],
      [61, 'Maya Lestari', [{ kind: 'unknown_group', value: 'Provinsi Lampung' }]],
      [64, '', [{ kind: 'no_name' }]],
    ]);
    const rina = result.rows.find((r) => r.draft.name === 'Rina Setiawan');
    expect(rina?.draft).toMatchObject({ gender: 'female', village: 'Desa Sidomulyo', regency: 'Kabupaten Lampung Timur' });
    const budi = result.rows.find((r) => r.line === 6);
    expect(budi?.draft).toMatchObject({ gender: 'male', institution: 'Dinas Perpustakaan Kab. Lampung Tengah', village: '', phone: '081200007919' });
  });

  it('imports the ready rows once: the same file again adds nobody, and "Provinsi Lampung" can be read as no group', async () => {
    const core = await openTestCore();
    const { workshop, groups } = await lampungMeeting(core);
    const first = await preview(core, SAMPLE_XLSX, groups);
    const ready = first.preview.rows.filter((r) => r.status === 'ready').map((r) => r.draft);
    expect(ready).toHaveLength(52);
    const result = await call(core, 'participants.import', { workshopId: workshop.id, participants: ready });
    expect(result).toMatchObject({ alreadyPresent: 0 });
    expect(result.added).toHaveLength(52);
    expect(result.added.slice(0, 2).map((p) => p.name)).toEqual(['Budi Lestari', 'Joko Susanti']);

    // The facilitator maps "Provinsi Lampung" to "no group" and imports the same file again.
    const roster = await call(core, 'participants.list', { workshopId: workshop.id });
    const again = await preview(core, SAMPLE_XLSX, groups, new Set(roster.map(participantKey)));
    again.mapping.groups['provinsi lampung'] = null;
    const second = interpretRows(again.rows, again.mapping, new Set(roster.map(participantKey)));
    expect(second.rows.filter((r) => r.status === 'already_present')).toHaveLength(52);
    const newcomers = second.rows.filter((r) => r.status === 'ready').map((r) => r.draft);
    expect(newcomers.map((d) => [d.name, d.groupId, d.role])).toEqual([
      ['Dewi Lestari', null, 'province_library'],
      ['Fitri Susanti', null, 'province_library'],
      ['Slamet Rahayu', null, 'province_library'],
      ['Maya Lestari', null, 'province_library'],
    ]);
    // Even when the whole file is sent again, the core adds only who is new.
    const everything = second.rows.filter((r) => r.status !== 'problem').map((r) => r.draft);
    expect(await call(core, 'participants.import', { workshopId: workshop.id, participants: everything })).toMatchObject({ alreadyPresent: 52 });
    expect(await call(core, 'participants.list', { workshopId: workshop.id })).toHaveLength(56);
    expect((await call(core, 'participants.import', { workshopId: workshop.id, participants: everything })).added).toEqual([]);
    expect(await call(core, 'participants.list', { workshopId: workshop.id })).toHaveLength(56);
  });

  it('makes the groups a list names with the import, at the end of the order, in one transaction with its people', async () => {
    const core = await openTestCore();
    const { workshop, groups } = await lampungMeeting(core);
    const pringsewu = { id: crypto.randomUUID(), name: 'Pringsewu', regionCode: '18.10' };
    const province = { id: crypto.randomUUID(), name: 'Provinsi Lampung' };
    const result = await call(core, 'participants.import', {
      workshopId: workshop.id,
      participants: [
        { name: 'Yusuf Lestari', groupId: pringsewu.id },
        { name: 'Dewi Lestari', groupId: province.id },
        { name: 'Budi Lestari', groupId: groups[0]!.id },
      ],
      newGroups: [pringsewu, province],
    });
    expect(result.groups.map((g) => [g.id, g.name, g.regionCode])).toEqual([
      [pringsewu.id, 'Pringsewu', '18.10'],
      [province.id, 'Provinsi Lampung', null],
    ]);
    const detail = await call(core, 'workshops.get', { id: workshop.id });
    expect(detail.groups.map((g) => g.name)).toEqual([...groups.map((g) => g.name), 'Pringsewu', 'Provinsi Lampung']);
    // Each new group its own colour, after the five already there.
    expect(new Set(detail.groups.map((g) => g.color)).size).toBe(7);
    expect(result.added.map((p) => [p.name, p.groupId])).toEqual([
      ['Yusuf Lestari', pringsewu.id],
      ['Dewi Lestari', province.id],
      ['Budi Lestari', groups[0]!.id],
    ]);
  });

  it('makes no group and adds nobody when a new group is refused: a region of another province, an id taken', async () => {
    const core = await openTestCore();
    const { workshop, groups } = await lampungMeeting(core);
    const bone = { id: crypto.randomUUID(), name: 'Bone', regionCode: '73.08' };
    const pringsewu = { id: crypto.randomUUID(), name: 'Pringsewu', regionCode: '18.10' };
    const outside = await failure(core, 'participants.import', {
      workshopId: workshop.id,
      participants: [{ name: 'Yusuf Lestari', groupId: pringsewu.id }],
      newGroups: [pringsewu, bone],
    });
    expect(outside.code).toBe('outside_region');
    const taken = await failure(core, 'participants.import', {
      workshopId: workshop.id,
      participants: [{ name: 'Yusuf Lestari', groupId: pringsewu.id }],
      newGroups: [pringsewu, { id: groups[1]!.id, name: 'Way Kanan' }],
    });
    expect(taken.code).toBe('conflict');
    expect((await call(core, 'workshops.get', { id: workshop.id })).groups).toHaveLength(5);
    expect(await call(core, 'participants.list', { workshopId: workshop.id })).toEqual([]);
  });

  it('reads the CSV variant (semicolons, BOM) and reports a bad gender and a kabupaten of another province', async () => {
    const core = await openTestCore();
    const { groups } = await lampungMeeting(core);
    const { grid, preview: result } = await preview(core, SAMPLE_CSV, groups);
    expect(grid.format).toBe('csv');
    expect(grid.sheets[0]!.rows[4]![0]).toBe('No');
    const problems = result.rows.filter((r) => r.status === 'problem').map((r) => r.problems);
    expect(problems).toContainEqual([{ kind: 'bad_gender', value: 'X' }]);
    expect(problems).toContainEqual([{ kind: 'unknown_group', value: 'Kabupaten Bone' }]);
    expect(result.rows.filter((r) => r.status === 'ready')).toHaveLength(52);
  });

  it('imports all rows or none: a row naming a group of another meeting stops the whole import', async () => {
    const core = await openTestCore();
    const { workshop } = await lampungMeeting(core);
    const other = await lampungMeeting(core);
    const error = await failure(core, 'participants.import', {
      workshopId: workshop.id,
      participants: [{ name: 'Siti Rahayu' }, { name: 'Budi Lestari', groupId: other.groups[0]!.id }],
    });
    expect(error.code).toBe('cross_workshop');
    expect((await failure(core, 'participants.import', { workshopId: workshop.id, participants: [{ name: 'Siti' }, { name: '' }] })).code).toBe('invalid_input');
    expect(await call(core, 'participants.list', { workshopId: workshop.id })).toEqual([]);
  });

  it('refuses a broken spreadsheet, a picture, an old .xls and a file over 5 MB with their own codes', async () => {
    const core = await openTestCore();
    const read = (fileName: string, data: string) => failure(core, 'spreadsheets.read', { fileName, data });
    expect((await read('rusak.xlsx', fixtureData('rusak.xlsx'))).code).toBe('spreadsheet_unreadable');
    expect((await read('foto-kegiatan.xlsx', fixtureData('foto-kegiatan.xlsx'))).code).toBe('not_a_spreadsheet');
    expect((await read('daftar-lama.xls', fixtureData('daftar-lama.xls'))).code).toBe('old_excel_format');
    expect((await read('laporan.pdf', Buffer.from('%PDF-1.4\n…').toString('base64'))).code).toBe('not_a_spreadsheet');
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 'a').toString('base64');
    expect((await read('besar.csv', big)).code).toBe('file_too_large');
    expect((await read('x.csv', 'not base64!')).code).toBe('invalid_input');
  });

  it('reads text saved by Excel on Windows (Windows-1252) without garbling it', async () => {
    const core = await openTestCore();
    const latin1 = Buffer.from('Nama;L/P\r\nJos\xe9 Ram\xf3s;L\r\n', 'latin1').toString('base64');
    const grid = await call(core, 'spreadsheets.read', { fileName: 'daftar.csv', data: latin1 });
    expect(grid.sheets[0]!.rows).toEqual([
      ['Nama', 'L/P'],
      ['José Ramós', 'L'],
    ]);
  });

  it('runs the reader from its own worker file, which exists beside the core sources', () => {
    const file = fileURLToPath(workerFile('spreadsheet'));
    expect(file.endsWith('electron/core/spreadsheets/worker.ts')).toBe(true);
    expect(existsSync(file)).toBe(true);
  });
});
