import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Jimp } from 'jimp';
import type { AppEvent } from '../../shared/events.ts';
import type { ReportJob } from '../../shared/reports.ts';
import { openCore, type Core } from '../../electron/core/core.ts';
import { openDatabase } from '../../electron/core/db/open.ts';
import { certificates } from '../../electron/core/pdf/certificates.ts';
import { glyphCoverage } from '../../electron/core/pdf/fonts.ts';
import { renderPdf } from '../../electron/core/pdf/pdfmake.ts';
import { workshopReport } from '../../electron/core/pdf/workshop-report.ts';
import { collectReportData } from '../../electron/core/reports/collect.ts';
import { median, percentile, watchStalls, type BenchRow } from './stats.ts';

const PEOPLE = 65;
const PHOTOS = 40;
const RUNS = 5;

/**
 * The paperwork at the size of the seed articles: certificates for 65 people (6 kabupaten) with
 * a logo and a signatory, and a workshop report with 40 documentation photos (1600 × 1200
 * JPEGs), each through the core and its worker beside pdfmake drawing the same document
 * directly; the longest stall of the core's thread while the report renders; and one
 * 12-megapixel photo added (downscaled in the image worker).
 */
export async function benchPaperwork(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rembuk-bench-paperwork-'));
  try {
    const workshopId = await seed(await openCore({ dataDir: dir }), dir);
    const core = await openCore({ dataDir: dir });
    const certs = await timedExports(core, { workshopId, content: 'certificates', format: 'pdf' });
    const report = await timedExports(core, { workshopId, content: 'report', format: 'pdf' });
    const addPhoto = await addBigPhoto(core, workshopId);
    await core.close();
    const data = await collected(dir, workshopId);
    const certsDirect = await direct(() => certificates({ ...data.certificates }, glyphCoverage()));
    const reportDirect = await direct(() => workshopReport(data.report, glyphCoverage()));
    return [
      {
        workload: `certificates PDF, ${PEOPLE} people with logo (warm worker)`,
        n: certs.walls.length,
        median: median(certs.walls),
        p95: percentile(certs.walls, 95),
        baseline: 'pdfmake direct, same document',
        baselineMedian: median(certsDirect),
        baselineP95: percentile(certsDirect, 95),
        goal: '≤ 3000 ms',
        note: `${certs.pages} pages, ${Math.round(certs.bytes / 1024)} KiB; first export ${Math.round(certs.cold)} ms`,
      },
      {
        workload: `workshop report with ${PHOTOS} photos (warm worker)`,
        n: report.walls.length,
        median: median(report.walls),
        p95: percentile(report.walls, 95),
        baseline: 'pdfmake direct, same document',
        baselineMedian: median(reportDirect),
        baselineP95: percentile(reportDirect, 95),
        goal: '≤ 5000 ms',
        note: `${report.pages} pages, ${Math.round(report.bytes / 1024 / 1024)} MiB; first export ${Math.round(report.cold)} ms`,
      },
      {
        workload: 'longest main-thread stall while that report is made',
        n: report.stalls.length,
        median: median(report.stalls),
        p95: percentile(report.stalls, 95),
        goal: '≤ 50 ms',
      },
      {
        workload: 'add one 4000 × 3000 photo (downscale in the image worker)',
        n: 1,
        median: addPhoto.wall,
        p95: addPhoto.wall,
        note: `longest main-thread stall ${addPhoto.stall.toFixed(1)} ms`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 65 people in 6 kabupaten groups (five of the team without a group), a signatory and logo, 60 cards, and 40 photos. */
async function seed(core: Core, dir: string): Promise<string> {
  const must = async <T>(method: string, input: unknown) => {
    const outcome = await core.dispatch(method, input);
    if (!outcome.ok) throw new Error(`${method}: ${outcome.error.code}`);
    return outcome.value as T;
  };
  const detail = await must<{ workshop: { id: string }; sessions: Array<{ id: string }> }>('workshops.create', {
    title: 'PLM Provinsi Kalimantan Tengah 2022',
    startDate: '2022-09-20',
    endDate: '2022-09-22',
    venue: 'Aula Dinas Perpustakaan, Pangkalan Bun',
    organizer: 'Dinas Perpustakaan dan Kearsipan Kabupaten Kotawaringin Barat',
  });
  const workshopId = detail.workshop.id;
  const groups: string[] = [];
  for (const name of ['Kotawaringin Barat', 'Kotawaringin Timur', 'Seruyan', 'Lamandau', 'Sukamara', 'Katingan']) {
    groups.push((await must<{ id: string }>('groups.create', { workshopId, name })).id);
  }
  const participants = Array.from({ length: PEOPLE }, (_, i) => ({
    name: `Peserta ${i + 1} Perpustakaan Desa`,
    role: i < 60 ? 'village_librarian' : 'facilitator',
    groupId: i < 60 ? groups[i % groups.length]! : null,
    gender: i % 2 ? 'female' : 'male',
    village: `Desa ${i + 1}`,
  }));
  await must('participants.import', { workshopId, participants });
  await must('certificates.saveSettings', { workshopId, signatoryName: 'Drs. H. Bahrun', signatoryNip: '19680512 199003 1 004', signatoryPosition: 'Kepala Dinas Perpustakaan dan Kearsipan' });
  const logo = await new Jimp({ width: 600, height: 600, color: 0x1f5fbfff }).getBuffer('image/png');
  await must('certificates.setLogo', { workshopId, data: logo.toString('base64') });
  for (const [i, groupId] of groups.entries()) {
    for (let c = 0; c < 10; c++) await must('cards.create', { id: randomUUID(), sessionId: detail.sessions[0]!.id, groupId, kind: c % 2 ? 'solution' : 'challenge', text: `Kartu ${i}-${c}: koleksi buku anak dan internet desa` });
  }
  await core.close();
  // The photos as the core keeps them, written straight to the file (made once: jimp in the
  // bench would measure itself, and adding a photo is measured on its own below).
  const image = new Jimp({ width: 1600, height: 1200, color: 0xffffffff });
  // A smooth picture with some detail: about the size of a real 1600 px photo at quality 85.
  for (let p = 0; p < image.bitmap.data.length; p += 4) {
    const x = (p / 4) % 1600;
    const y = Math.floor(p / 4 / 1600);
    image.bitmap.data[p] = (x * 255) / 1600;
    image.bitmap.data[p + 1] = (y * 255) / 1200;
    image.bitmap.data[p + 2] = ((x ^ y) & 31) * 4;
  }
  const jpeg = new Uint8Array(await image.getBuffer('image/jpeg', { quality: 85 }));
  const thumbnail = new Uint8Array(await image.clone().scaleToFit({ w: 320, h: 320 }).getBuffer('image/jpeg', { quality: 75 }));
  const { db, close } = await openDatabase(join(dir, 'rembuk.sqlite'));
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < PHOTOS; i++) {
      await trx
        .insertInto('photos')
        .values({
          id: randomUUID(),
          workshop_id: workshopId,
          session_id: i % 4 === 0 ? null : detail.sessions[0]!.id,
          caption: `Foto ${i + 1}: plano kelompok dan suasana ruangan`,
          file_name: `foto-${i + 1}.jpg`,
          width: 1600,
          height: 1200,
          image: jpeg,
          thumbnail,
          original: null,
          original_type: null,
          position: `a${String(i).padStart(3, '0')}`,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
  });
  await close();
  return workshopId;
}

async function timedExports(core: Core, input: { workshopId: string; content: string; format: string }) {
  const once = async () => {
    const stop = watchStalls();
    const start = performance.now();
    const started = await core.dispatch('reports.start', input);
    if (!started.ok) throw new Error(started.error.code);
    const job = await ready(core, (started.value as ReportJob).id);
    return { wall: performance.now() - start, stall: stop(), job };
  };
  const cold = await once();
  const walls: number[] = [];
  const stalls = [cold.stall];
  for (let i = 0; i < RUNS; i++) {
    const run = await once();
    walls.push(run.wall);
    stalls.push(run.stall);
  }
  const file = core.reportFile(cold.job.id);
  const pages = (Buffer.from(file.bytes).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  return { cold: cold.wall, walls, stalls, bytes: file.bytes.byteLength, pages };
}

function ready(core: Core, jobId: string): Promise<ReportJob> {
  return new Promise((resolve, reject) => {
    const unsubscribe = core.subscribe((event: AppEvent) => {
      if (event.type !== 'report.job' || event.job.id !== jobId) return;
      if (event.job.status === 'ready') {
        unsubscribe();
        resolve(event.job);
      } else if (event.job.status === 'failed' || event.job.status === 'cancelled') {
        unsubscribe();
        reject(new Error(`report ${event.job.status}`));
      }
    });
  });
}

async function addBigPhoto(core: Core, workshopId: string) {
  const big = await new Jimp({ width: 4000, height: 3000, color: 0x2e7d32ff }).getBuffer('image/jpeg', { quality: 85 });
  const stop = watchStalls();
  const start = performance.now();
  const outcome = await core.dispatch('photos.add', { workshopId, data: big.toString('base64'), id: randomUUID() });
  if (!outcome.ok) throw new Error(outcome.error.code);
  return { wall: performance.now() - start, stall: stop() };
}

async function collected(dir: string, workshopId: string) {
  const { db, close } = await openDatabase(join(dir, 'rembuk.sqlite'));
  const now = new Date().toISOString();
  const report = await collectReportData(db, { workshopId, sessionId: null }, now);
  const certs = await collectReportData(db, { workshopId, sessionId: null }, now, { content: 'certificates', options: { day: null, certificateGroup: null, presentOnly: false, categoryId: null } });
  await close();
  return { report, certificates: certs };
}

async function direct(build: () => Parameters<typeof renderPdf>[0]): Promise<number[]> {
  const walls: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await renderPdf(build());
    walls.push(performance.now() - start);
  }
  return walls;
}
