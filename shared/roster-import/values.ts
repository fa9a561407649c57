import type { Gender, ParticipantRole } from '../model.ts';
import { normalizeName } from '../names.ts';

const GENDER_WORDS: Record<Gender, string[]> = {
  female: ['p', 'pr', 'prp', 'perempuan', 'wanita', 'w', 'ibu', 'f', 'female', 'woman'],
  male: ['l', 'lk', 'laki', 'laki laki', 'lelaki', 'pria', 'bapak', 'm', 'male', 'man'],
};

/** "L", "Laki-laki", "pria" → male; "P", "perempuan", "wanita" → female; empty → null; anything else → 'invalid'. */
export function readGender(cell: string): Gender | null | 'invalid' {
  const text = normalizeName(cell);
  if (!text) return null;
  if (GENDER_WORDS.female.includes(text)) return 'female';
  if (GENDER_WORDS.male.includes(text)) return 'male';
  return 'invalid';
}

/**
 * Words that give a participant's role away, checked in this order (so "Kepala Perpustakaan Desa"
 * is a librarian, "Staf Perpusda" the kabupaten library, "Tim Sinergi Provinsi" the province's).
 */
const ROLE_WORDS: Array<[ParticipantRole, RegExp]> = [
  ['village_head', /\b(kepala (desa|kampung|pekon|kelurahan|nagari|gampong|tiyuh)|kades|kakam|lurah|peratin|keuchik|wali nagari|perbekel|village head)\b/],
  ['master_trainer', /\b(master trainer|narasumber|pemateri|mentor|trainer|speaker)\b/],
  ['facilitator', /\b(fasilitator|facilitator)\b/],
  ['committee', /\b(panitia|sekretariat|committee)\b/],
  ['beneficiary', /\b(penerima (manfaat|dampak)|impact|beneficiary|pelaku usaha|umkm)\b/],
  ['province_library', /\b(provinsi|tim sinergi|province|provincial)\b/],
  ['regency_library', /\b(perpusda|kabupaten|kab|kota|dinas perpustakaan|regency)\b/],
  ['village_librarian', /\b(perpusdes|perpustakaan desa|pengelola|pustakawan|tbm|librarian)\b/],
  ['other', /\b(lainnya|lain lain|other)\b/],
];

/** The role a "Jabatan" text most likely means, or null when no word gives it away. */
export function guessRole(cell: string): ParticipantRole | null {
  const text = normalizeName(cell);
  if (!text) return null;
  return ROLE_WORDS.find(([, words]) => words.test(text))?.[0] ?? null;
}

/**
 * A phone number as the list holds it. Excel keeps "081200007919" typed as a number as
 * 81200007919: an Indonesian mobile number that lost its leading zero gets it back.
 */
export function readPhone(cell: string): string {
  const text = cell.trim();
  return /^8\d{8,11}$/.test(text) ? `0${text}` : text;
}

/** Rows that are not people: a totals line ("Jumlah peserta: 56") or the header repeated on a new page. */
export function isSummaryOrHeaderLine(name: string): boolean {
  const text = normalizeName(name);
  return /^(jumlah|total)\b/.test(text) || text === 'nama' || text === 'name';
}
