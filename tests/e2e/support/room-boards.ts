import { expect, type Page } from '@playwright/test';
import { callApi } from './api.ts';

/**
 * Boards shaped like the meetings of the seed articles, filled through the core's API so a test
 * starts where a facilitator is after the group work: the Sulawesi Selatan PLM (6 kabupaten, 5
 * cards each) and the Bengkalis PLM (17 village libraries).
 */

export interface RoomBoard {
  title: string;
  startDate: string;
  endDate: string;
  level: 'province' | 'regency';
  /** Group name → its cards, challenges first, then solutions. */
  groups: Record<string, { challenges: string[]; solutions: string[] }>;
}

export const SULAWESI_SELATAN: RoomBoard = {
  title: 'PLM Provinsi Sulawesi Selatan 2019',
  startDate: '2019-10-15',
  endDate: '2019-10-16',
  level: 'province',
  groups: {
    Bone: {
      challenges: ['Koleksi buku anak di perpustakaan desa masih sedikit', 'Pengelola perpustakaan sering berganti', 'Internet di perpustakaan sering terputus'],
      solutions: ['Kerja sama dengan sekolah untuk tukar koleksi', 'Pelatihan pengelola baru oleh pustakawan kabupaten'],
    },
    Bantaeng: {
      challenges: ['Jam buka tidak sesuai waktu luang warga', 'Dana desa belum dianggarkan untuk perpustakaan', 'Ruang baca sempit dan panas'],
      solutions: ['Buka sore hari setelah warga pulang dari kebun', 'Usulan anggaran lewat musyawarah desa'],
    },
    Maros: {
      challenges: ['Warga belum tahu kegiatan perpustakaan', 'Komputer bantuan rusak dan belum diperbaiki', 'Pengrajin belum dikelompokkan menurut usaha'],
      solutions: ['Promosi kegiatan lewat media sosial desa', 'Pelatihan pemasaran daring untuk pengrajin tas anyaman'],
    },
    Pinrang: {
      challenges: ['Perpustakaan desa belum punya relawan', 'Laporan kegiatan terlambat dikirim', 'Buku keterampilan pertanian kurang'],
      solutions: ['Mengajak karang taruna menjadi relawan', 'Jadwal pelaporan bulanan bersama pendamping'],
    },
    Soppeng: {
      challenges: ['Kepala desa belum melihat manfaat perpustakaan', 'Listrik padam saat kegiatan', 'Pengunjung dewasa sedikit'],
      solutions: ['Mengundang kepala desa ke kegiatan pelatihan', 'Kelas keterampilan membuat kue tradisional'],
    },
    Enrekang: {
      challenges: ['Jarak dusun ke perpustakaan jauh', 'Sinyal telepon lemah di pegunungan', 'Belum ada kerja sama dengan BUMDes'],
      solutions: ['Perpustakaan keliling ke dusun sebulan sekali', 'Kesepakatan kerja sama dengan BUMDes untuk pelatihan'],
    },
  },
};

/**
 * The hardest projector case: 8 groups of 6 cards. The Sulawesi Selatan board with one
 * more card a group and two more kabupaten, in the same words a facilitator would get.
 */
export const EIGHT_GROUPS_OF_SIX: RoomBoard = {
  ...SULAWESI_SELATAN,
  title: 'PLM Provinsi Sulawesi Selatan 2019 (8 kelompok)',
  groups: {
    ...Object.fromEntries(Object.entries(SULAWESI_SELATAN.groups).map(([name, cards]) => [name, { ...cards, solutions: [...cards.solutions, 'Laporan kegiatan dibagikan ke grup desa'] }])),
    Gowa: {
      challenges: ['Buku rusak karena rak lembap', 'Relawan belum paham aplikasi katalog', 'Anak datang hanya saat libur'],
      solutions: ['Rak baru dari dana BUMDes', 'Pendampingan katalog oleh pustakawan', 'Lomba membaca setiap bulan'],
    },
    Takalar: {
      challenges: ['Petani rumput laut belum memakai perpustakaan', 'Wifi hanya sampai sore', 'Belum ada papan nama perpustakaan'],
      solutions: ['Kelas budidaya rumput laut', 'Jadwal wifi malam untuk pelajar', 'Papan nama dibuat karang taruna'],
    },
  },
};

const BENGKALIS_VILLAGES = [
  'Wonosari',
  'Kuala Alam',
  'Jangkang',
  'Resam Lapis',
  'Ulu Pulau',
  'Harapan Baru',
  'Balai Pungut',
  'Damai',
  'Sungai Alam',
  'Prapat Tunggal',
  'Simpang Ayam',
  'Muntai',
  'Bantan Tengah',
  'Berancah',
  'Batang Duku',
  'Sepotong',
  'Buruk Bakul',
];

export const BENGKALIS: RoomBoard = {
  title: 'PLM Kabupaten Bengkalis 2022',
  startDate: '2022-10-13',
  endDate: '2022-10-13',
  level: 'regency',
  groups: Object.fromEntries(
    BENGKALIS_VILLAGES.map((village, i) => [
      village,
      {
        challenges: [i % 2 ? 'Koleksi perpustakaan kurang menarik bagi remaja' : 'Pengelola perpustakaan belum mendapat honor'],
        solutions: [i % 2 ? 'Pojok baca remaja bersama karang taruna' : 'Usulan honor pengelola dalam APBDes'],
      },
    ]),
  ),
};

/** Creates the meeting and its board through the API, then opens the board and waits for every card. */
export async function openRoomBoard(page: Page, url: string, board: RoomBoard): Promise<{ workshopId: string; sessionId: string }> {
  await page.goto(url);
  const detail = await callApi<{ workshop: { id: string }; sessions: Array<{ id: string }> }>(page, 'workshops.create', {
    title: board.title,
    startDate: board.startDate,
    endDate: board.endDate,
    level: board.level,
  });
  const workshopId = detail.workshop.id;
  const sessionId = detail.sessions[0]!.id;
  let cardCount = 0;
  for (const [name, cards] of Object.entries(board.groups)) {
    const group = await callApi<{ id: string }>(page, 'groups.create', { workshopId, name });
    const texts = [...cards.challenges.map((text) => ({ text, kind: 'challenge' })), ...cards.solutions.map((text) => ({ text, kind: 'solution' }))];
    for (const card of texts) {
      await callApi(page, 'cards.create', { id: crypto.randomUUID(), sessionId, groupId: group.id, ...card });
      cardCount++;
    }
  }
  await page.goto(`${url}#/workshops/${workshopId}/board`);
  await expect(page.getByTestId('card')).toHaveCount(cardCount);
  return { workshopId, sessionId };
}
