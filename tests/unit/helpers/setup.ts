import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../../electron/core/core.ts';
import { call } from './core.ts';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'roster');
export const SAMPLE_XLSX = 'daftar-hadir-plm-lampung-2019-contoh.xlsx';
export const SAMPLE_CSV = 'daftar-hadir-lampung-2019.csv';

/** A fixture file's bytes, base64, as the renderer sends them. */
export function fixtureData(name: string): string {
  return readFileSync(join(FIXTURES, name)).toString('base64');
}

/** The five kabupaten of the Lampung PLM in the seed articles, with their official codes. */
export const LAMPUNG_KABUPATEN = [
  { code: '18.02', name: 'Lampung Tengah' },
  { code: '18.08', name: 'Way Kanan' },
  { code: '18.05', name: 'Tulang Bawang' },
  { code: '18.01', name: 'Lampung Selatan' },
  { code: '18.07', name: 'Lampung Timur' },
];

/** The provincial Lampung PLM (15–17 October 2019) with a group per kabupaten, picked from the region data. */
export async function lampungMeeting(core: Core) {
  const detail = await call(core, 'workshops.create', {
    title: 'PLM Provinsi Lampung 2019',
    startDate: '2019-10-15',
    endDate: '2019-10-17',
    venue: 'Hotel Novotel Bandar Lampung',
    provinceCode: '18',
    organizer: 'Perpustakaan Nasional RI',
  });
  const groups = [];
  for (const k of LAMPUNG_KABUPATEN) groups.push(await call(core, 'groups.create', { workshopId: detail.workshop.id, name: k.name, regionCode: k.code }));
  return { workshop: detail.workshop, session: detail.sessions[0]!, groups };
}
