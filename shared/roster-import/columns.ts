import { normalizeName } from '../names.ts';

/**
 * What a column of a sign-in list can hold. `origin` is the common "Asal Desa/Instansi" column:
 * a village ("Desa Sidomulyo") or an institution ("Dinas Perpustakaan Kab. …"), told apart per row.
 * `district` (Kecamatan) is read to tell same-named villages apart; the roster does not keep it.
 */
export const IMPORT_FIELDS = ['name', 'gender', 'role', 'group', 'regency', 'district', 'village', 'institution', 'origin', 'phone', 'notes'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column headings as real lists write them (normalized), Indonesian first; the export's own headings too. */
const HEADINGS: Record<ImportField | 'skip', string[]> = {
  name: ['nama', 'nama lengkap', 'nama peserta', 'peserta', 'name', 'full name'],
  gender: ['l p', 'p l', 'lp', 'jk', 'jenis kelamin', 'kelamin', 'gender', 'sex'],
  role: ['jabatan', 'peran', 'unsur', 'kategori', 'posisi', 'role', 'position'],
  group: ['kelompok', 'kelompok kerja', 'group', 'working group'],
  regency: ['kabupaten', 'kabupaten kota', 'kab kota', 'kab', 'asal kabupaten', 'asal kabupaten kota', 'regency', 'regency city'],
  district: ['kecamatan', 'kec', 'asal kecamatan', 'district'],
  village: ['desa', 'nama desa', 'asal desa', 'desa kelurahan', 'asal desa kelurahan', 'kelurahan', 'kampung', 'pekon', 'village'],
  institution: ['instansi', 'asal instansi', 'lembaga', 'perpustakaan', 'nama perpustakaan', 'perpustakaan instansi', 'institution', 'library', 'library institution'],
  origin: ['asal', 'asal desa instansi', 'asal instansi desa', 'desa instansi', 'instansi desa', 'origin'],
  phone: ['hp', 'no hp', 'nomor hp', 'no hp wa', 'no wa', 'wa', 'whatsapp', 'telepon', 'no telp', 'telp', 'no telepon', 'phone', 'phone number'],
  notes: ['catatan', 'keterangan', 'ket', 'notes', 'note'],
  skip: ['no', 'nomor', 'no urut', 'tanda tangan', 'ttd', 'paraf', 'signature', 'hadir hari', 'present day'],
};

/** The field a heading names, or null. The longest matching heading wins ("nama perpustakaan" is a library). */
export function fieldForHeading(heading: string): ImportField | 'skip' | null {
  const text = normalizeName(heading);
  if (!text) return null;
  let best: { field: ImportField | 'skip'; score: number } | null = null;
  for (const [field, words] of Object.entries(HEADINGS) as Array<[ImportField | 'skip', string[]]>) {
    for (const word of words) {
      const score = text === word ? 1000 + word.length : containsWords(text, word) ? word.length : 0;
      if (score > (best?.score ?? 0)) best = { field, score };
    }
  }
  return best?.field ?? null;
}

function containsWords(text: string, words: string): boolean {
  return ` ${text} `.includes(` ${words} `);
}

/** How many rows from the top are searched for the header (titles and merged cells sit above it). */
const HEADER_SEARCH_ROWS = 20;

/**
 * The header row: among the first rows, the one whose cells name the most fields and that has a
 * name column. -1 when no row looks like a header.
 */
export function detectHeaderRow(rows: readonly string[][]): number {
  let best = { index: -1, score: 1 };
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const fields = row.map(fieldForHeading);
    if (!fields.includes('name')) return;
    const score = new Set(fields.filter((f) => f !== null && f !== 'skip')).size;
    if (score > best.score) best = { index, score };
  });
  return best.index;
}

/** Field → column index, from the header row's headings (each field from its first column). */
export function columnsFromHeader(header: readonly string[]): Partial<Record<ImportField, number>> {
  const columns: Partial<Record<ImportField, number>> = {};
  header.forEach((heading, index) => {
    const field = fieldForHeading(heading);
    if (field && field !== 'skip' && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}
