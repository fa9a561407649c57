import { describe, expect, it } from 'vitest';
import { interpretRows, suggestMapping } from '#shared/roster-import/interpret.ts';
import { matchGroup, type GroupCandidate } from '#shared/roster-import/match-group.ts';

/** Group ids are UUIDs, as the core makes them (a draft naming another kind of id is refused). */
const known = new Map<string, string>();
function id(name: string): string {
  if (!known.has(name)) known.set(name, crypto.randomUUID());
  return known.get(name)!;
}

/** Groups of a kabupaten PLM picked from the region data: villages of Bengkalis with their kecamatan. */
const BENGKALIS: GroupCandidate[] = [
  { id: id('wonosari'), name: 'Wonosari', regionName: 'Wonosari', districtName: 'Bengkalis', regencyName: 'Kabupaten Bengkalis' },
  { id: id('kuala-alam'), name: 'Kuala Alam', regionName: 'Kuala Alam', districtName: 'Bengkalis', regencyName: 'Kabupaten Bengkalis' },
  { id: id('jangkang'), name: 'Jangkang', regionName: 'Jangkang', districtName: 'Bantan', regencyName: 'Kabupaten Bengkalis' },
  { id: id('sepotong'), name: 'Sepotong', regionName: 'Sepotong', districtName: 'Siak Kecil', regencyName: 'Kabupaten Bengkalis' },
];

/** Two villages named Riding Panjang (Belinyu and Merawang, Kabupaten Bangka), two named Petaling (Bangka, Belitung). */
const BANGKA_BELITUNG: GroupCandidate[] = [
  { id: id('rp-belinyu'), name: 'Riding Panjang', regionName: 'Riding Panjang', districtName: 'Belinyu', regencyName: 'Kabupaten Bangka' },
  { id: id('rp-merawang'), name: 'Riding Panjang (Merawang)', regionName: 'Riding Panjang', districtName: 'Merawang', regencyName: 'Kabupaten Bangka' },
  { id: id('petaling-bangka'), name: 'Petaling', regionName: 'Petaling', districtName: 'Mendo Barat', regencyName: 'Kabupaten Bangka' },
  { id: id('petaling-belitung'), name: 'Petaling Belitung', regionName: 'Petaling', districtName: 'Selat Nasik', regencyName: 'Kabupaten Belitung' },
];

describe('reading a village the way sign-in lists write it', () => {
  it.each([
    'Desa Wonosari',
    'DESA WONOSARI',
    'Ds. Wonosari',
    'Kel. Wonosari',
    'Kelurahan Wonosari',
    'Desa/Kel. Wonosari',
    'Kampung Wonosari',
    'Nagari Wonosari',
    'Gampong Wonosari',
    'Pekon Wonosari',
    'Perpustakaan Desa Wonosari',
    'Perpusdes Wonosari',
    'wonosari',
  ])('reads "%s" as the group Wonosari', (text) => {
    expect(matchGroup(text, {}, BENGKALIS)).toEqual({ groupId: id('wonosari'), how: 'exact' });
  });

  it('tells two villages of one name apart by the Kecamatan column, and by the Kabupaten column', () => {
    expect(matchGroup('Desa Riding Panjang', { district: 'Kec. Merawang' }, BANGKA_BELITUNG)?.groupId).toBe(id('rp-merawang'));
    expect(matchGroup('Desa Riding Panjang', { district: 'Kecamatan Belinyu', regency: 'Kab. Bangka' }, BANGKA_BELITUNG)?.groupId).toBe(id('rp-belinyu'));
    expect(matchGroup('Desa Petaling', { regency: 'Kabupaten Belitung' }, BANGKA_BELITUNG)?.groupId).toBe(id('petaling-belitung'));
    expect(matchGroup('Desa Petaling', { regency: 'Bangka' }, BANGKA_BELITUNG)?.groupId).toBe(id('petaling-bangka'));
  });

  it('guesses nothing when the list does not say which of two same-named villages it means', () => {
    expect(matchGroup('Desa Riding Panjang', {}, BANGKA_BELITUNG)).toBeNull();
  });

  it('does not take a village of another kecamatan for the group of that name', () => {
    expect(matchGroup('Desa Wonosari', { district: 'Kec. Bantan' }, BENGKALIS)).toBeNull();
  });

  it('offers a name one or two letters off as a near match, never for short names or a tie', () => {
    expect(matchGroup('Desa Wonosri', { district: 'Kec. Bengkalis' }, BENGKALIS)).toEqual({ groupId: id('wonosari'), how: 'near' });
    expect(matchGroup('Desa Sepotng', {}, BENGKALIS)).toEqual({ groupId: id('sepotong'), how: 'near' });
    expect(matchGroup('Kuala Alm', {}, BENGKALIS)).toEqual({ groupId: id('kuala-alam'), how: 'near' });
    expect(matchGroup('Bona', {}, [{ id: id('bone'), name: 'Bone' }])).toBeNull();
    expect(matchGroup('Sidomulya', {}, [{ id: id('a'), name: 'Sidomulyo' }, { id: id('b'), name: 'Sidomulyi' }])).toBeNull();
    expect(matchGroup('Desa Kuala Enok', {}, BENGKALIS)).toBeNull();
  });
});

describe('a sign-in list from the field', () => {
  // As a kabupaten PLM's list arrives: a title line, semicolon columns, "Desa X" and "Kec. Y".
  const rows = [
    ['DAFTAR HADIR PEER LEARNING MEETING KABUPATEN BENGKALIS 2022', '', '', '', '', ''],
    ['No', 'Nama', 'L/P', 'Jabatan', 'Asal Desa', 'Kecamatan'],
    ['1', 'Sri Wahyuni', 'P', 'Pengelola Perpusdes', 'Desa Wonosari', 'Kec. Bengkalis'],
    ['2', 'Ahmad Fauzi', 'L', 'Kepala Desa', 'Desa Wonosari', 'Kec. Bengkalis'],
    ['3', 'Nurhayati', 'P', 'Pengelola Perpusdes', 'Desa Jangkang', 'Kec. Bantan'],
    ['4', 'Rudi Hartono', 'L', 'Pengelola Perpusdes', 'Desa Sepotng', 'Kec. Siak Kecil'],
  ];

  it('reads the village column as the groups, each row matched, the misspelt one offered as "did you mean"', () => {
    const mapping = suggestMapping(rows, { groups: BENGKALIS, level: 'regency' });
    expect(mapping.headerRow).toBe(1);
    expect(mapping.columns).toMatchObject({ name: 1, gender: 2, role: 3, village: 4, district: 5, group: 4 });
    expect(mapping.groups).toEqual({
      'desa wonosari|bengkalis|': id('wonosari'),
      'desa jangkang|bantan|': id('jangkang'),
      'desa sepotng|siak kecil|': id('sepotong'),
    });
    expect(mapping.guessed).toEqual({ 'desa sepotng|siak kecil|': true });
    const preview = interpretRows(rows, mapping, new Set());
    expect(preview.rows.map((r) => [r.draft.name, r.status, r.draft.groupId, r.guessedGroup])).toEqual([
      ['Sri Wahyuni', 'ready', id('wonosari'), false],
      ['Ahmad Fauzi', 'ready', id('wonosari'), false],
      ['Nurhayati', 'ready', id('jangkang'), false],
      ['Rudi Hartono', 'ready', id('sepotong'), true],
    ]);
  });

  it('starts from what the facilitator chose at the last import of this workshop', () => {
    const remembered = { groups: { 'desa sepotng|siak kecil|': id('jangkang'), 'desa wonosari|bengkalis|': null }, roles: { 'kepala desa': 'other' as const } };
    const mapping = suggestMapping(rows, { groups: BENGKALIS, level: 'regency', remembered });
    expect(mapping.groups['desa sepotng|siak kecil|']).toBe(id('jangkang'));
    expect(mapping.groups['desa wonosari|bengkalis|']).toBeNull();
    expect(mapping.guessed).toEqual({});
    expect(mapping.roles['kepala desa']).toBe('other');
    // A remembered group that no longer exists is matched afresh.
    const gone = suggestMapping(rows, { groups: BENGKALIS, level: 'regency', remembered: { groups: { 'desa jangkang|bantan|': crypto.randomUUID() }, roles: {} } });
    expect(gone.groups['desa jangkang|bantan|']).toBe(id('jangkang'));
  });

  it('reads the groups from the Kecamatan column when the groups are kecamatan', () => {
    const kecamatan: GroupCandidate[] = [
      { id: id('bengkalis'), name: 'Bengkalis', regionName: 'Bengkalis', regencyName: 'Kabupaten Bengkalis' },
      { id: id('bantan'), name: 'Bantan', regionName: 'Bantan', regencyName: 'Kabupaten Bengkalis' },
    ];
    const mapping = suggestMapping(rows, { groups: kecamatan, level: 'regency' });
    expect(mapping.columns.group).toBe(5);
    expect(mapping.groups).toEqual({ 'kec bengkalis': id('bengkalis'), 'kec bantan': id('bantan') });
  });

  it('does not split a kabupaten or a "Kelompok" text by the kecamatan beside it', () => {
    const provincial = [
      ['Nama', 'Kabupaten', 'Kecamatan', 'Desa'],
      ['Ani', 'Kab. Bone', 'Kec. Tanete Riattang', 'Desa Bajoe'],
      ['Budi', 'Kab. Bone', 'Kec. Awangpone', 'Desa Mallari'],
    ];
    const bone = { id: id('bone'), name: 'Bone' };
    expect(suggestMapping(provincial, { groups: [bone], level: 'province' }).groups).toEqual({ 'kab bone': id('bone') });
    const byKelompok = [
      ['Nama', 'Kelompok', 'Kecamatan'],
      ['Ani', 'Kelompok 1', 'Kec. Bantan'],
      ['Budi', 'Kelompok 1', 'Kec. Bengkalis'],
    ];
    const mapping = suggestMapping(byKelompok, { groups: [{ id: id('k1'), name: 'Kelompok 1' }], level: 'regency' });
    expect(mapping.groups).toEqual({ 'kelompok 1': id('k1') });
  });
});
