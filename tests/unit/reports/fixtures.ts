import { rankEntries } from '#shared/voting.ts';
import { PARTICIPANT_ROLES, type CardKind, type Language, type ParticipantCounts, type ParticipantRole, type StrategyTag } from '#shared/model.ts';
import type { ReportCard, ReportCluster, ReportData, ReportGroup, ReportRoster, ReportSession, ReportVoting, RosterEntry } from '../../../electron/core/reports/report-data.ts';

/**
 * The Lampung PLM of the seed articles (15–17 October 2019, Hotel Novotel, 59 people from five
 * kabupaten and the provincial team) as report data, with what the board and the roster add:
 * votes, links, a merged pair, plan fields, strategy tags, an inbox, and the hard cases.
 */
export const GROUP_NAMES = ['Lampung Tengah', 'Way Kanan', 'Tulang Bawang', 'Lampung Selatan', 'Lampung Timur', 'Tim Provinsi'];
const COLORS = ['blue', 'orange', 'green', 'magenta', 'yellow', 'brown'];

export const LONG_WORD = 'Perpustakaandesaberbasisinklusisosialdikampungterpencil'.repeat(3);

export function lampungReportData(options: { language?: Language; sessionId?: string | null; withRoster?: boolean } = {}): ReportData {
  const groups: ReportGroup[] = GROUP_NAMES.map((name, i) => ({ id: `g${i + 1}`, name, color: COLORS[i]!, regionCode: null }));
  const sessions: ReportSession[] = [
    session('s1', 'Identifikasi tantangan dan solusi perpustakaan desa', 1, 'challenges_solutions', 'Apa tantangan terbesar perpustakaan desa Anda, dan apa solusinya?'),
    session('s2', 'Berbagi capaian', 2, 'achievements', 'Kegiatan apa yang sudah berhasil sejak program TPBIS?'),
    session('s3', '', 3, 'action_plan', 'Apa yang akan dilakukan dalam enam bulan ke depan?'),
  ];
  let n = 0;
  const cards: ReportCard[] = [];
  const card = (sessionId: string, groupId: string | null, kind: CardKind, text: string, extra: Partial<ReportCard> = {}) => {
    const c: ReportCard = { id: `c${++n}`, sessionId, groupId, kind, text, customKindId: null, tag: null, author: null, votes: 0, plan: null, ...extra };
    cards.push(c);
    return c;
  };
  // Day 1: challenges and solutions.
  const koleksi = card('s1', 'g1', 'challenge', 'Koleksi buku anak masih sedikit', { votes: 3 });
  const internet = card('s1', 'g1', 'challenge', 'Internet lambat di balai desa', { votes: 7 });
  card('s1', 'g1', 'challenge', 'Pengunjung masih sepi 😟', { votes: 1 });
  const donasi = card('s1', 'g1', 'solution', 'Minta donasi buku dari alumni dan CSR bank daerah');
  const wifi = card('s1', 'g1', 'solution', 'Ajukan wifi desa lewat Dana Desa 👍');
  card('s1', 'g1', 'solution', 'Jadwal buka sore hari');
  const pengelola1 = card('s1', 'g2', 'challenge', 'Pengelola sering berganti', { votes: 5 });
  const pengelola2 = card('s1', 'g2', 'challenge', 'Pengelola diganti setiap ganti kepala kampung', { votes: 2 });
  card('s1', 'g2', 'challenge', 'Internet lambat di balai desa', { votes: 1 });
  card('s1', 'g3', 'challenge', LONG_WORD, { votes: 0 });
  card('s1', 'g3', 'challenge', 'Nama tamu: 王小明 dan ꦗꦮ', { votes: 0 });
  card('s1', null, 'challenge', 'Rak buku rusak karena banjir');
  card('s1', null, 'solution', 'Pinjam rak dari sekolah');
  // Day 2: achievements by strategy.
  card('s2', 'g1', 'achievement', 'Kelas komputer untuk ibu-ibu PKK', { tag: 'services' as StrategyTag });
  card('s2', 'g1', 'achievement', 'Pelatihan membuat keripik pisang bersama BUMDes', { tag: 'community' as StrategyTag });
  card('s2', 'g1', 'achievement', 'Berita perpustakaan di radio kabupaten', { tag: 'advocacy' as StrategyTag });
  card('s2', 'g2', 'achievement', 'Pojok baca di pasar kampung', { tag: 'community' as StrategyTag });
  card('s2', 'g2', 'achievement', 'Lomba mewarnai anak');
  // Day 3: the action plan.
  card('s3', 'g1', 'action', 'Menyusun proposal wifi ke Dana Desa', { plan: { who: 'Kepala kampung dan pengelola', byWhen: '2019-12-31', indicator: 'Proposal masuk APBDes 2020' } });
  card('s3', 'g1', 'action', 'Rapat dengan karang taruna', { plan: { who: 'Pengelola perpustakaan', byWhen: 'Januari 2020', indicator: null } });
  card('s3', 'g2', 'action', 'Pelatihan pengelola baru', { plan: null });
  const clusters: ReportCluster[] = [{ id: 'k1', sessionId: 's1', title: 'Pengelola perpustakaan sering berganti', cardIds: [pengelola1.id, pengelola2.id] }];
  sessions[0]!.voting = closedChallengeVote(cards, clusters, 's1', groups);
  return {
    language: options.language ?? 'id',
    generatedAt: '2019-10-17T10:30:00.000Z',
    sessionId: options.sessionId ?? null,
    workshop: {
      id: 'w1',
      title: 'PLM Provinsi Lampung 2019',
      startDate: '2019-10-15',
      endDate: '2019-10-17',
      venue: 'Hotel Novotel, Bandar Lampung',
      level: 'province',
      provinceName: 'Lampung',
      regencyName: 'Kota Bandar Lampung',
      organizer: 'Dinas Perpustakaan dan Kearsipan Provinsi Lampung',
      mode: 'in_person',
    },
    groups,
    sessions: options.sessionId ? sessions.filter((s) => s.id === options.sessionId) : sessions,
    cards: options.sessionId ? cards.filter((c) => c.sessionId === options.sessionId) : cards,
    linkedCards: [],
    links: [
      { fromCardId: donasi.id, toCardId: koleksi.id },
      { fromCardId: wifi.id, toCardId: internet.id },
    ],
    clusters,
    roster: options.withRoster === false ? emptyRoster() : lampungRoster(groups),
    ...noPaperwork(),
  };
}

/** What a report holds before any photo, minutes, award or certificate setting is added. */
export function noPaperwork(): Pick<ReportData, 'minutes' | 'photos' | 'awards' | 'paperwork'> {
  return {
    minutes: {},
    photos: [],
    awards: [],
    paperwork: {
      options: { day: null, certificateGroup: null, presentOnly: false, categoryId: null },
      signatory: { name: '', nip: '', position: '' },
      serialPrefix: '',
      logo: null,
      serials: {},
    },
  };
}

function session(id: string, title: string, day: number, template: ReportSession['template'], question: string): ReportSession {
  return {
    id,
    title,
    day,
    startTime: day === 1 ? '14:00' : '08:30',
    durationMinutes: 120,
    kind: 'board',
    template,
    question,
    lockedAt: null,
    customKinds: [],
    voting: { countedRounds: 0, openRound: false, challengeRanking: null },
  };
}

/** What the collector makes of one closed vote on challenges whose dots are the cards' `votes`: the board's own ranking. */
export function closedChallengeVote(cards: ReportCard[], clusters: ReportCluster[], sessionId: string, groups: ReportGroup[]): ReportVoting {
  const clusterOf = new Map(clusters.flatMap((k) => k.cardIds.map((id) => [id, k.id] as const)));
  const onBoard = cards
    .filter((c) => c.sessionId === sessionId)
    .map((c) => ({
      ...c,
      workshopId: 'w1',
      position: '',
      who: null,
      byWhen: null,
      indicator: null,
      clusterId: clusterOf.get(c.id) ?? null,
      createdAt: '',
      updatedAt: '',
      deletedAt: null,
      deviceId: null,
      hidden: false,
    }));
  const liveClusters = clusters.map((k) => ({ id: k.id, sessionId: k.sessionId, title: k.title, createdAt: '', updatedAt: '', deletedAt: null }));
  const totals = cards.flatMap((c) => (c.sessionId === sessionId && c.votes > 0 ? [{ roundId: 'r1', cardId: c.id, dots: c.votes }] : []));
  const round = { id: 'r1', cardKind: 'challenge' as const };
  return {
    countedRounds: 1,
    openRound: false,
    challengeRanking: [...groups.map((g) => g.id), null].flatMap((groupId) => rankEntries(round, onBoard, liveClusters, totals, groupId)),
  };
}

/** The counts of the Lampung article: 15 + 16 + 12 + 4 + 4 + 4 = 55 participants, plus the team of 4. */
export function lampungRoster(groups: ReportGroup[]): ReportRoster {
  const present = [[15, 15, 14], [16, 16, 15], [12, 11, 10], [4, 4, 3], [4, 4, 4], [4, 3, 2], [4, 4, 4]];
  const rows: Array<[ReportGroup | null, Partial<Record<ParticipantRole, number>>, number]> = [
    [groups[0]!, { regency_library: 3, village_librarian: 6, village_head: 6 }, 7],
    [groups[1]!, { regency_library: 3, village_librarian: 6, village_head: 6, beneficiary: 1 }, 8],
    [groups[2]!, { regency_library: 3, village_librarian: 4, village_head: 4, beneficiary: 1 }, 5],
    [groups[3]!, { regency_library: 2, village_librarian: 1, village_head: 1 }, 2],
    [groups[4]!, { regency_library: 2, village_librarian: 1, village_head: 1 }, 1],
    [groups[5]!, { province_library: 4 }, 2],
    [null, { master_trainer: 2, facilitator: 2 }, 2],
  ];
  const summaryRows = rows.map(([group, byRole, female], i) => ({
    groupId: group?.id ?? null,
    groupName: group?.name ?? null,
    color: group?.color ?? null,
    ...counts(byRole, female, present[i]!),
  }));
  const total = summaryRows.reduce((sum, row) => add(sum, row), counts({}, 0, [0, 0, 0]));
  // The people behind the counts, named "Peserta Way Kanan 3" and so on.
  const people: RosterEntry[] = rows.flatMap(([group, byRole, female], r) => {
    const roles = Object.entries(byRole).flatMap(([role, n]) => Array.from({ length: n }, () => role as ParticipantRole));
    return roles.map((role, i) => ({
      id: `p${r + 1}-${i + 1}`,
      name: `${group ? `Peserta ${group.name}` : 'Tim'} ${i + 1}`,
      role,
      gender: i < female ? ('female' as const) : ('male' as const),
      groupId: group?.id ?? null,
      groupName: group?.name ?? null,
      village: '',
      regency: group?.name ?? '',
      institution: '',
      daysPresent: [1, 2, 3].filter((day) => i < present[r]![day - 1]!),
    }));
  });
  return {
    people,
    summary: { workshopId: 'w1', days: ['2019-10-15', '2019-10-16', '2019-10-17'], groups: summaryRows, total },
    team: [
      { name: 'Sugiri', role: 'master_trainer', origin: 'Perpustakaan Nasional RI' },
      { name: 'Runi Alcitra Amalia', role: 'master_trainer', origin: 'Master Trainer Nasional' },
      { name: 'Trisno', role: 'facilitator', origin: 'Kabupaten Lampung Tengah' },
    ],
  };
}

export function emptyRoster(): ReportRoster {
  return { summary: { workshopId: 'w1', days: ['2019-10-15', '2019-10-16', '2019-10-17'], groups: [], total: counts({}, 0, [0, 0, 0]) }, team: [], people: [] };
}

function counts(byRole: Partial<Record<ParticipantRole, number>>, female: number, presentByDay: number[]): ParticipantCounts {
  const full = Object.fromEntries(PARTICIPANT_ROLES.map((r) => [r, byRole[r] ?? 0])) as Record<ParticipantRole, number>;
  const total = Object.values(full).reduce((a, b) => a + b, 0);
  return { total, byRole: full, byGender: { female, male: total - female, unknown: 0 }, presentByDay };
}

function add(a: ParticipantCounts, b: ParticipantCounts): ParticipantCounts {
  return {
    total: a.total + b.total,
    byRole: Object.fromEntries(PARTICIPANT_ROLES.map((r) => [r, a.byRole[r] + b.byRole[r]])) as Record<ParticipantRole, number>,
    byGender: { female: a.byGender.female + b.byGender.female, male: a.byGender.male + b.byGender.male, unknown: 0 },
    presentByDay: a.presentByDay.map((n, i) => n + (b.presentByDay[i] ?? 0)),
  };
}
