import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import type { Group } from '#shared/model.ts';
import { interpretRows, suggestMapping } from '#shared/roster-import/interpret.ts';
import { openCore } from '../../electron/core/core.ts';
import { median, percentile, timed, type BenchRow } from './stats.ts';

const ROWS = 1000;
const RUNS = 8;
const KABUPATEN = ['Lampung Tengah', 'Way Kanan', 'Tulang Bawang', 'Lampung Selatan', 'Lampung Timur'];
const ROLES = ['Staf Perpusda', 'Pengelola Perpusdes', 'Kepala Kampung', 'Penerima Dampak'];

/**
 * Importing a 1,000-row sign-in list as the facilitator does: read in the spreadsheet worker, map,
 * preview, and add in one transaction, all through `dispatch`. Beside it, the least the same import
 * can cost: the file read on the main thread and the rows inserted straight into node:sqlite.
 */
export async function benchImport(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rembuk-bench-'));
  try {
    const file = await signInList();
    const data = file.toString('base64');
    const core = await openCore({ dataDir: join(dir, 'core') });
    const must = async <T>(method: string, input: unknown) => {
      const outcome = await core.dispatch(method, input);
      if (!outcome.ok) throw new Error(`${method}: ${outcome.error.code}`);
      return outcome.value as T;
    };
    const samples: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const detail = await must<{ workshop: { id: string } }>('workshops.create', { title: `Bench ${run}`, startDate: '2019-10-15', endDate: '2019-10-17', provinceCode: '18' });
      const groups: Group[] = [];
      for (const name of KABUPATEN) groups.push(await must<Group>('groups.create', { workshopId: detail.workshop.id, name }));
      samples.push(
        await timed(async () => {
          const grid = await must<{ sheets: Array<{ rows: string[][] }> }>('spreadsheets.read', { fileName: 'daftar-hadir.xlsx', data });
          const rows = grid.sheets[0]!.rows;
          const preview = interpretRows(rows, suggestMapping(rows, { groups, level: 'province' }), new Set());
          const ready = preview.rows.filter((r) => r.status === 'ready').map((r) => r.draft);
          if (ready.length !== ROWS) throw new Error(`expected ${ROWS} ready rows, got ${ready.length}`);
          await must('participants.import', { workshopId: detail.workshop.id, participants: ready });
        }),
      );
    }
    await core.close();

    const baseline: number[] = [];
    for (let run = 0; run < RUNS; run++) baseline.push(await timed(() => straightImport(file, join(dir, `raw-${run}.sqlite`))));
    return [
      {
        workload: `import ${ROWS.toLocaleString('en')}-row .xlsx (read, map, preview, add)`,
        n: samples.length,
        median: median(samples),
        p95: percentile(samples, 95),
        baseline: 'main-thread read + raw INSERTs',
        baselineMedian: median(baseline),
        baselineP95: percentile(baseline, 95),
        goal: '≤ 2,000 ms',
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A list shaped like the real ones: two title rows, the header, then the people. */
async function signInList(): Promise<Buffer> {
  const rows = [
    ['DAFTAR HADIR PESERTA', null, null, null, null, null, null],
    ['PEER LEARNING MEETING PERPUSTAKAAN PROVINSI LAMPUNG', null, null, null, null, null, null],
    ['No', 'Nama', 'L/P', 'Jabatan', 'Asal Desa/Instansi', 'Kabupaten', 'No. HP'],
    ...Array.from({ length: ROWS }, (_, i) => [
      i + 1,
      `Peserta Nomor ${i + 1}`,
      i % 3 === 0 ? 'P' : 'L',
      ROLES[i % ROLES.length]!,
      `Desa Sukamaju ${i % 40}`,
      `Kabupaten ${KABUPATEN[i % KABUPATEN.length]}`,
      `0812${String(1_000_000 + i).padStart(8, '0')}`,
    ]),
  ];
  return writeXlsxFile(rows).toBuffer();
}

async function straightImport(file: Buffer, path: string): Promise<void> {
  const [sheet] = await readXlsxFile(file);
  const db = new DatabaseSync(path);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
  db.exec('create table participants (id text primary key, name text not null, gender text, role text, village text, regency text, phone text)');
  const insert = db.prepare('insert into participants values (?, ?, ?, ?, ?, ?, ?)');
  db.exec('BEGIN');
  for (const row of sheet!.data.slice(3)) insert.run(randomUUID(), ...row.slice(1, 7).map((v) => (v === null ? null : String(v))));
  db.exec('COMMIT');
  db.close();
}
