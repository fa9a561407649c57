import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyBetween } from 'fractional-indexing';
import type { AppEvent } from '../../shared/events.ts';
import type { ReportJob } from '../../shared/reports.ts';
import { openCore, type Core } from '../../electron/core/core.ts';
import { openDatabase } from '../../electron/core/db/open.ts';
import { glyphCoverage } from '../../electron/core/pdf/fonts.ts';
import { renderPdf } from '../../electron/core/pdf/pdfmake.ts';
import { workshopReport } from '../../electron/core/pdf/workshop-report.ts';
import { collectReportData } from '../../electron/core/reports/collect.ts';
import { newSessionRow } from '../../electron/core/sessions/rows.ts';
import { median, percentile, watchStalls, type BenchRow } from './stats.ts';

const CARDS = 1000;
const SESSIONS = 3;
const GROUPS = 6;
const RUNS = 5;

/**
 * The workshop report of 1,000 cards across 3 sessions and 6 groups, with a closed vote, clusters
 * and links: through the core
 * (collect, queue, render in the worker, bytes back) beside pdfmake rendering the same
 * document definition directly in the same run; the longest stall of the core's thread while
 * it renders; and the process's peak memory.
 */
export async function benchReports(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rembuk-bench-report-'));
  try {
    const workshopId = await seedWorkshop(dir);
    const core = await openCore({ dataDir: dir });
    const viaCore = await throughCore(core, workshopId);
    await core.close();
    const direct = await pdfmakeDirect(dir, workshopId);
    return [
      {
        workload: `workshop report PDF, ${CARDS} cards (warm worker)`,
        n: viaCore.walls.length,
        median: median(viaCore.walls),
        p95: percentile(viaCore.walls, 95),
        baseline: 'pdfmake direct, same document',
        baselineMedian: median(direct.walls),
        baselineP95: percentile(direct.walls, 95),
        goal: '≤ 3000 ms, ≤ 1.2×',
        note: `${viaCore.pages} pages, ${Math.round(viaCore.bytes / 1024)} KiB`,
      },
      { workload: 'same, first export (worker starts)', n: 1, median: viaCore.cold, p95: viaCore.cold, goal: '≤ 3000 ms' },
      {
        workload: 'longest main-thread stall while it renders',
        n: viaCore.stalls.length,
        median: median(viaCore.stalls),
        p95: percentile(viaCore.stalls, 95),
        baseline: 'pdfmake on the main thread',
        baselineMedian: median(direct.stalls),
        baselineP95: percentile(direct.stalls, 95),
        goal: '≤ 50 ms',
      },
      {
        workload: 'peak memory (RSS) while exporting',
        n: viaCore.walls.length + 1,
        median: Number.NaN,
        p95: Number.NaN,
        note: `peak ${mb(viaCore.peakRss)} MB, ${mb(viaCore.peakRss - viaCore.rssBefore)} MB above idle; pdfmake direct peak ${mb(direct.peakRss)} MB`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** A workshop through the core, then 3 sessions, 1,000 cards and the board's votes, clusters and links written straight to its file. */
async function seedWorkshop(dir: string): Promise<string> {
  const core = await openCore({ dataDir: dir });
  const must = async <T>(method: string, input: unknown) => {
    const outcome = await core.dispatch(method, input);
    if (!outcome.ok) throw new Error(`${method}: ${outcome.error.code}`);
    return outcome.value as T;
  };
  const detail = await must<{ workshop: { id: string }; sessions: Array<{ id: string }> }>('workshops.create', {
    title: 'PLM Provinsi Lampung 2019',
    startDate: '2019-10-15',
    endDate: '2019-10-17',
    venue: 'Hotel Novotel, Bandar Lampung',
  });
  const groups: string[] = [];
  for (const name of ['Lampung Tengah', 'Way Kanan', 'Tulang Bawang', 'Lampung Selatan', 'Lampung Timur', 'Tim Provinsi'].slice(0, GROUPS)) {
    groups.push((await must<{ id: string }>('groups.create', { workshopId: detail.workshop.id, name })).id);
  }
  await core.close();

  const { db, close } = await openDatabase(join(dir, 'rembuk.sqlite'));
  const now = new Date().toISOString();
  const sessions = [detail.sessions[0]!.id];
  await db.transaction().execute(async (trx) => {
    for (let s = 1; s < SESSIONS; s++) {
      const id = randomUUID();
      sessions.push(id);
      const template = s === 1 ? 'achievements' : 'action_plan';
      await trx
        .insertInto('sessions')
        .values(newSessionRow({ id, workshop_id: detail.workshop.id, title: '', day: s + 1, start_time: '08:30', duration_minutes: 120, kind: 'board', template, question: '', position: `a${s}` }, now))
        .execute();
    }
    // The board's part too: a closed dot vote on the challenges (every group's dots), a cluster
    // of duplicates in every group, each solution linked to a challenge, each plan to a solution.
    const roundId = randomUUID();
    await trx
      .insertInto('vote_rounds')
      .values({ id: roundId, session_id: sessions[0]!, budget: 5, budget_scope: 'group', one_per_card: 0, card_kind: 'challenge', opened_at: now, closed_at: now, created_at: now, updated_at: now, deleted_at: null })
      .execute();
    const lastOf = new Map<string, string>();
    const clusterOf = new Map<string, string>();
    for (const groupId of groups) {
      const id = randomUUID();
      clusterOf.set(groupId, id);
      await trx.insertInto('clusters').values({ id, session_id: sessions[0]!, title: 'Koleksi buku anak masih sedikit (digabung)', created_at: now, updated_at: now, deleted_at: null }).execute();
    }
    const kinds = [['challenge', 'solution'], ['achievement'], ['action']] as const;
    const tags = ['services', 'community', 'advocacy', null] as const;
    const last = new Map<string, string | null>();
    for (let i = 0; i < CARDS; i++) {
      const s = i % SESSIONS;
      // Every group gets every kind of its session (not one kind per group, as i % GROUPS would give).
      const k = Math.floor(i / SESSIONS);
      const groupId = i % 50 === 0 ? null : groups[k % GROUPS]!;
      const column = `${s}:${groupId}`;
      const position = generateKeyBetween(last.get(column) ?? null, null);
      last.set(column, position);
      const kind = kinds[s]![Math.floor(k / GROUPS) % kinds[s]!.length]!;
      const id = randomUUID();
      const inCluster = kind === 'challenge' && groupId !== null && i % 60 < 12;
      await trx
        .insertInto('cards')
        .values({
          id,
          workshop_id: detail.workshop.id,
          session_id: sessions[s]!,
          group_id: groupId,
          kind,
          text: `Kartu ${i + 1}: perpustakaan desa perlu koleksi buku anak, jam buka sore, dan wifi untuk warga kampung`,
          position,
          tag: kind === 'achievement' ? tags[i % 4]! : null,
          author: i % 7 === 0 ? 'Siti Aminah' : null,
          who: kind === 'action' ? 'Kepala kampung dan pengelola' : null,
          by_when: kind === 'action' ? '2019-12-31' : null,
          indicator: kind === 'action' ? 'Proposal masuk APBDes 2020' : null,
          cluster_id: inCluster ? clusterOf.get(groupId)! : null,
          created_at: now,
          updated_at: now,
          deleted_at: null,
        })
        .execute();
      if (kind === 'challenge' && groupId !== null && i % 5 !== 0) {
        await trx.insertInto('votes').values({ round_id: roundId, card_id: id, group_id: groupId, dots: i % 4, updated_at: now }).execute();
      }
      const answers = kind === 'solution' ? lastOf.get(`challenge:${groupId}`) : kind === 'action' ? lastOf.get(`solution:${groupId}`) : undefined;
      if (answers) await trx.insertInto('links').values({ id: randomUUID(), workshop_id: detail.workshop.id, from_card_id: id, to_card_id: answers, created_at: now, updated_at: now, deleted_at: null }).execute();
      lastOf.set(`${kind}:${groupId}`, id);
    }
  });
  await close();
  return detail.workshop.id;
}

async function throughCore(core: Core, workshopId: string) {
  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
  const once = async () => {
    const stopWatching = watchStalls();
    const start = performance.now();
    const started = await core.dispatch('reports.start', { workshopId, content: 'report', format: 'pdf' });
    if (!started.ok) throw new Error(started.error.code);
    const job = await ready(core, (started.value as ReportJob).id);
    const wall = performance.now() - start;
    return { wall, stall: stopWatching(), job };
  };
  const cold = await once();
  const walls: number[] = [];
  const stalls: number[] = [cold.stall];
  for (let i = 0; i < RUNS; i++) {
    const run = await once();
    walls.push(run.wall);
    stalls.push(run.stall);
  }
  clearInterval(sampler);
  const file = core.reportFile(cold.job.id);
  const pages = (Buffer.from(file.bytes).toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  return { cold: cold.wall, walls, stalls, peakRss, rssBefore, bytes: file.bytes.byteLength, pages };
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

/** The same document definition, rendered by pdfmake on this thread (built anew each run: pdfmake annotates it). */
async function pdfmakeDirect(dir: string, workshopId: string) {
  const { db, close } = await openDatabase(join(dir, 'rembuk.sqlite'));
  const data = await collectReportData(db, { workshopId, sessionId: null }, new Date().toISOString());
  await close();
  await renderPdf(workshopReport(data, glyphCoverage()));
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
  const walls: number[] = [];
  const stalls: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const document = workshopReport(data, glyphCoverage());
    const stopWatching = watchStalls();
    const start = performance.now();
    await renderPdf(document);
    walls.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 5));
    stalls.push(stopWatching());
  }
  clearInterval(sampler);
  return { walls, stalls, peakRss };
}
