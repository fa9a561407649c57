import { describe, expect, it } from 'vitest';
import { groupNameForRegion } from '#shared/names.ts';
import { detectHeaderRow, fieldForHeading } from '#shared/roster-import/columns.ts';
import { interpretRows, participantKey, suggestMapping } from '#shared/roster-import/interpret.ts';
import { matchGroup } from '#shared/roster-import/match-group.ts';
import { guessRole, readGender, readPhone } from '#shared/roster-import/values.ts';

describe('reading the words of real sign-in lists', () => {
  it.each([
    ['Nama', 'name'],
    ['NAMA LENGKAP', 'name'],
    ['L/P', 'gender'],
    ['Jenis Kelamin', 'gender'],
    ['Jabatan', 'role'],
    ['Asal Desa/Instansi', 'origin'],
    ['Asal Desa', 'village'],
    ['Nama Perpustakaan', 'institution'],
    ['Kabupaten', 'regency'],
    ['Kab/Kota', 'regency'],
    ['No. HP', 'phone'],
    ['No HP/WA', 'phone'],
    ['Keterangan', 'notes'],
    ['Kelompok', 'group'],
    ['No', 'skip'],
    ['Tanda Tangan', 'skip'],
    ['Hadir hari 1 (15 Okt)', 'skip'],
    ['Foto', null],
  ])('reads the heading "%s" as %s', (heading, field) => {
    expect(fieldForHeading(heading)).toBe(field);
  });

  it('finds the header below merged title rows', () => {
    const rows = [
      ['DAFTAR HADIR PESERTA', '', ''],
      ['PLM Provinsi Lampung', '', ''],
      ['', '', ''],
      ['No', 'Nama', 'L/P'],
      ['1', 'Budi', 'L'],
    ];
    expect(detectHeaderRow(rows)).toBe(3);
    expect(detectHeaderRow([['Budi', 'L'], ['Siti', 'P']])).toBe(-1);
  });

  it.each([
    ['L', 'male'],
    ['Laki-laki', 'male'],
    ['pria', 'male'],
    ['P', 'female'],
    ['perempuan', 'female'],
    ['Wanita', 'female'],
    ['', null],
    ['X', 'invalid'],
    ['L/P', 'invalid'],
  ])('reads the gender "%s" as %s', (cell, gender) => {
    expect(readGender(cell)).toBe(gender);
  });

  it.each([
    ['Staf Perpusda', 'regency_library'],
    ['Pengelola Perpusdes', 'village_librarian'],
    ['Kepala Perpustakaan Desa', 'village_librarian'],
    ['Kepala Kampung', 'village_head'],
    ['Kades', 'village_head'],
    ['Lurah', 'village_head'],
    ['Penerima Dampak', 'beneficiary'],
    ['Penerima manfaat (impact)', 'beneficiary'],
    ['Tim Sinergi Provinsi', 'province_library'],
    ['Fasilitator Daerah', 'facilitator'],
    ['Master Trainer/Narasumber', 'master_trainer'],
    ['Panitia', 'committee'],
    ['Lainnya', 'other'],
    ['Bendahara', null],
  ])('guesses the role of "%s" as %s', (cell, role) => {
    expect(guessRole(cell)).toBe(role);
  });

  it('gives a mobile number back the leading zero Excel took', () => {
    expect(readPhone('81200007919')).toBe('081200007919');
    expect(readPhone('0812-0000-7919')).toBe('0812-0000-7919');
    expect(readPhone('+62 812 0000 7919')).toBe('+62 812 0000 7919');
  });
});

describe('matching and naming groups', () => {
  const groups = [
    { id: 'a', name: 'Lampung Tengah' },
    { id: 'b', name: 'Bandung' },
    { id: 'c', name: 'Kota Bandung' },
  ];

  it('matches the kabupaten column to the groups, with or without "Kabupaten"/"Kab."', () => {
    const match = (text: string) => matchGroup(text, {}, groups);
    expect(match('Kabupaten Lampung Tengah')).toEqual({ groupId: 'a', how: 'exact' });
    expect(match('KAB. LAMPUNG TENGAH')?.groupId).toBe('a');
    expect(match('Kabupaten Bandung')?.groupId).toBe('b');
    expect(match('Kota Bandung')?.groupId).toBe('c');
    expect(match('Provinsi Lampung')).toBeNull();
  });

  it('names a group after its region the way facilitators say it', () => {
    expect(groupNameForRegion({ name: 'Kabupaten Way Kanan', level: 'regency' })).toBe('Way Kanan');
    expect(groupNameForRegion({ name: 'Kota Metro', level: 'regency' })).toBe('Kota Metro');
    expect(groupNameForRegion({ name: 'Wonosari', level: 'village' })).toBe('Wonosari');
  });

  it('knows the same person in a re-imported file, however the kabupaten and village are written', () => {
    expect(participantKey({ name: 'Siti  Rahayu', regency: 'Kab. Way Kanan', village: 'Desa Sidomulyo' })).toBe(
      participantKey({ name: 'siti rahayu', regency: 'Kabupaten Way Kanan', village: 'Sidomulyo' }),
    );
    expect(participantKey({ name: 'Budi Lestari', regency: 'Lampung Tengah' })).not.toBe(participantKey({ name: 'Budi Lestari', regency: 'Way Kanan' }));
  });
});

describe('interpreting rows', () => {
  const lampungTengah = { id: crypto.randomUUID(), name: 'Lampung Tengah' };
  const rows = [
    ['Nama', 'L/P', 'Jabatan', 'Kabupaten'],
    ['Budi', 'L', 'Kepala Desa', 'Kab. Lampung Tengah'],
    ['Budi', 'L', 'Kepala Desa', 'Kabupaten Lampung Tengah'],
    ['Siti', 'P', 'Bendahara', 'Lampung Tengah'],
    ['Nama', 'L/P', 'Jabatan', 'Kabupaten'],
    ['Jumlah: 3', '', '', ''],
  ];

  it('flags the second copy of a person in the same file, reads unknown roles as "other", and skips a repeated header', () => {
    const mapping = suggestMapping(rows, { groups: [lampungTengah], level: 'province' });
    const preview = interpretRows(rows, mapping, new Set());
    expect(preview.rows.map((r) => [r.line, r.status, r.draft.role, r.problems])).toEqual([
      [2, 'ready', 'village_head', []],
      [3, 'problem', 'village_head', [{ kind: 'duplicate_in_file', line: 2 }]],
      [4, 'ready', 'other', []],
    ]);
    expect(preview.ignoredLines).toEqual([5, 6]);
  });

  it('lets the facilitator read a role text differently in the mapping', () => {
    const mapping = suggestMapping(rows, { groups: [lampungTengah], level: 'province' });
    mapping.roles['bendahara'] = 'committee';
    expect(interpretRows(rows, mapping, new Set()).rows[2]!.draft.role).toBe('committee');
  });

  it('uses the village column for groups in a kabupaten PLM', () => {
    const village = [
      ['Nama', 'Desa', 'Kabupaten'],
      ['Ani', 'Sidomulyo', 'Way Kanan'],
    ];
    expect(suggestMapping(village, { groups: [], level: 'regency' }).columns.group).toBe(1);
    expect(suggestMapping(village, { groups: [], level: 'province' }).columns.group).toBe(2);
  });
});
