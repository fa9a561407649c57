import { rankCategory, type AwardCategory, type AwardScore } from '#shared/awards.ts';
import { PARTICIPANT_ROLES, type ParticipantCounts, type ParticipantRole, type StrategyTag } from '#shared/model.ts';
import type { ReportCard, ReportData, ReportGroup, ReportPhoto, RosterEntry } from '../../../electron/core/reports/report-data.ts';
import { noPaperwork } from '../reports/fixtures.ts';

/**
 * The Bengkalis PLM of the seed article (13 October 2022, aula of the Dispersip Bengkalis): 17
 * village libraries from 6 kecamatan, each with its librarian and a village official (34 people),
 * and the national master trainer Riki Arianto: 35 on the roster.
 */
export const BENGKALIS_VILLAGES: Array<[string, string]> = [
  ['Wonosari', 'Bengkalis'],
  ['Kuala Alam', 'Bengkalis'],
  ['Jangkang', 'Bantan'],
  ['Resam Lapis', 'Bantan'],
  ['Ulu Pulau', 'Bantan'],
  ['Harapan Baru', 'Mandau'],
  ['Balai Pungut', 'Pinggir'],
  ['Damai', 'Bengkalis'],
  ['Sungai Alam', 'Bengkalis'],
  ['Prapat Tunggal', 'Bengkalis'],
  ['Simpang Ayam', 'Bengkalis'],
  ['Muntai', 'Bantan'],
  ['Bantan Tengah', 'Bantan'],
  ['Berancah', 'Bantan'],
  ['Batang Duku', 'Bukit Batu'],
  ['Sepotong', 'Siak Kecil'],
  ['Buruk Bakul', 'Bukit Batu'],
];

const FIRST = ['Siti', 'Nurhayati', 'Rahmawati', 'Dewi', 'Fitriani', 'Yusnita', 'Hasanah', 'Zulaikha', 'Rosmaini', 'Wahyuni', 'Juliana', 'Maisarah', 'Sri', 'Nurlela', 'Ermawati', 'Suryani', 'Marlina'];
const HEADS = ['Azhar', 'Syafrizal', 'Zulkifli', 'Hendri', 'Jamaluddin', 'Ridwan', 'Sofyan', 'Mukhlis', 'Darmawan', 'Khairul', 'Taufik', 'Amiruddin', 'Rusli', 'Samsul', 'Irwan', 'Junaidi', 'Abdul Hamid'];

export function bengkalisGroups(): ReportGroup[] {
  return BENGKALIS_VILLAGES.map(([village], i) => ({ id: `g${i + 1}`, name: `Desa ${village}`, color: 'blue', regionCode: null }));
}

export function bengkalisPeople(groups = bengkalisGroups()): RosterEntry[] {
  const people: RosterEntry[] = [];
  BENGKALIS_VILLAGES.forEach(([village, district], i) => {
    const group = groups[i]!;
    const base = { groupId: group.id, groupName: group.name, village: `Desa ${village}`, regency: 'Bengkalis', institution: `Kec. ${district}`, daysPresent: [1] };
    people.push({ ...base, id: `p${i + 1}a`, name: `${FIRST[i]} binti ${village.split(' ')[0]}`, role: 'village_librarian', gender: 'female' });
    people.push({ ...base, id: `p${i + 1}b`, name: `${HEADS[i]}, S.Sos`, role: 'village_head', gender: 'male', daysPresent: i % 5 === 4 ? [] : [1] });
  });
  people.push({ id: 'riki', name: 'Riki Arianto', role: 'master_trainer', gender: 'male', groupId: null, groupName: null, village: '', regency: 'Pekanbaru', institution: 'Dinas Perpustakaan Provinsi Riau', daysPresent: [1] });
  return people;
}

export function bengkalisReportData(): ReportData {
  const groups = bengkalisGroups();
  const people = bengkalisPeople(groups);
  const zero = (): ParticipantCounts => ({
    total: 0,
    byRole: Object.fromEntries(PARTICIPANT_ROLES.map((r) => [r, 0])) as Record<ParticipantRole, number>,
    byGender: { female: 0, male: 0, unknown: 0 },
    presentByDay: [0],
  });
  const count = (list: RosterEntry[]) => {
    const c = zero();
    for (const p of list) {
      c.total++;
      c.byRole[p.role]++;
      c.byGender[p.gender ?? 'unknown']++;
      if (p.daysPresent.includes(1)) c.presentByDay[0]!++;
    }
    return c;
  };
  return {
    language: 'id',
    generatedAt: '2022-10-13T10:00:00.000Z',
    sessionId: null,
    workshop: {
      id: 'w-bengkalis',
      title: 'Peer Learning Meeting Kabupaten Bengkalis 2022',
      startDate: '2022-10-13',
      endDate: '2022-10-13',
      venue: 'Aula Kantor Dinas Perpustakaan dan Kearsipan Kabupaten Bengkalis',
      level: 'regency',
      provinceName: 'Riau',
      regencyName: 'Kabupaten Bengkalis',
      organizer: 'Dinas Perpustakaan dan Kearsipan Kabupaten Bengkalis',
      mode: 'in_person',
    },
    groups,
    sessions: [],
    cards: [],
    linkedCards: [],
    links: [],
    clusters: [],
    roster: {
      summary: {
        workshopId: 'w-bengkalis',
        days: ['2022-10-13'],
        groups: [
          ...groups.map((g) => ({ groupId: g.id, groupName: g.name, color: g.color, ...count(people.filter((p) => p.groupId === g.id)) })),
          { groupId: null, groupName: null, color: null, ...count(people.filter((p) => p.groupId === null)) },
        ],
        total: count(people),
      },
      team: [{ name: 'Riki Arianto', role: 'master_trainer', origin: 'Dinas Perpustakaan Provinsi Riau' }],
      people,
    },
    ...noPaperwork(),
  };
}

const CHALLENGES = [
  'Koleksi buku anak masih sedikit',
  'Internet di balai desa lambat',
  'Pengelola perpustakaan sering berganti',
  'Anggaran dana desa untuk perpustakaan kecil',
  'Pengunjung masih sepi pada jam sekolah',
  'Ruang perpustakaan menumpang di kantor desa',
];
const ACHIEVEMENTS: Array<[string, StrategyTag | null]> = [
  ['Kelas komputer untuk ibu-ibu PKK', 'services'],
  ['Pelatihan membuat keripik nanas bersama BUMDes', 'community'],
  ['Berita perpustakaan desa di media sosial kabupaten', 'advocacy'],
  ['Pojok baca di pasar desa', 'community'],
  ['Lomba mewarnai anak', null],
];

/**
 * The same meeting with a board: a day of challenges (every village raising some of the same
 * six, so the matrix is 17 groups wide) and achievements tagged by strategy, minutes, awards
 * and (given) photos.
 */
export function bengkalisMeeting(photos: ReportPhoto[] = []): ReportData {
  const data = bengkalisReportData();
  data.sessions = [
    { id: 's1', title: 'Tantangan dan solusi perpustakaan desa', day: 1, startTime: '09:00', durationMinutes: 90, kind: 'board', template: 'challenges_solutions', question: 'Apa tantangan terbesar perpustakaan desa?', lockedAt: null, customKinds: [], voting: { countedRounds: 0, openRound: false, challengeRanking: null } },
    { id: 's2', title: 'Berbagi capaian', day: 1, startTime: '13:00', durationMinutes: 90, kind: 'board', template: 'achievements', question: '', lockedAt: null, customKinds: [], voting: { countedRounds: 0, openRound: false, challengeRanking: null } },
  ];
  let n = 0;
  const card = (sessionId: string, groupId: string, kind: ReportCard['kind'], text: string, tag: StrategyTag | null = null): ReportCard => ({
    id: `c${++n}`, sessionId, groupId, kind, customKindId: null, text, tag, author: null, votes: 0, plan: null,
  });
  data.groups.forEach((group, i) => {
    for (let k = 0; k < 3; k++) data.cards.push(card('s1', group.id, 'challenge', CHALLENGES[(i + k) % CHALLENGES.length]!));
    const [text, tag] = ACHIEVEMENTS[i % ACHIEVEMENTS.length]!;
    data.cards.push(card('s2', group.id, 'achievement', text, tag));
  });
  data.minutes = { s1: 'Dibuka oleh **Sekretaris Dispersip** Elmunir.\n\n- Tantangan utama: koleksi dan internet\n- Solusi: kerja sama dengan BUMDes\n\n1. Kumpulkan proposal\n2. Rapat lanjutan' };
  data.photos = photos;
  const category: AwardCategory = {
    id: 'a1', workshopId: data.workshop.id, name: 'Perpustakaan Desa Terbaik', description: 'Layanan, pelibatan masyarakat dan publikasi', entrants: 'groups', winners: 3, position: 'a0',
    criteria: [{ id: 'k1', categoryId: 'a1', name: 'Peningkatan layanan', weight: 40 }, { id: 'k2', categoryId: 'a1', name: 'Pelibatan masyarakat', weight: 35 }, { id: 'k3', categoryId: 'a1', name: 'Publikasi media', weight: 25 }],
  };
  // Wonosari and Jangkang tie on the total (85); Jangkang is ahead on the heaviest criterion.
  const sheet: Record<string, [number, number, number]> = { g1: [85, 85, 85], g3: [90, 80, 84], g2: [80, 80, 80], g4: [70, 75, 60] };
  const scores: AwardScore[] = Object.entries(sheet).flatMap(([entrantId, values]) => values.map((score, i) => ({ criterionId: `k${i + 1}`, jurorId: 'j1', entrantId, score })));
  data.awards = [{ category, jurors: ['Riki Arianto'], ranking: rankCategory(category, scores, data.groups.map((g) => ({ id: g.id, name: g.name }))), originOf: {} }];
  return data;
}
