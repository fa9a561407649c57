import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { openCore, type Core } from '../../electron/core/core.ts';
import { crashRounds } from '../unit/safety/crash-rounds.ts';
import { BOMB_CODES, BOMBS } from '../unit/helpers/spreadsheet-bombs.ts';
import { median, percentile, watchStalls, type BenchRow } from './stats.ts';

const CARDS = 40_000;
const COPIES = 5;
const CRASH_ROUNDS = 100;
const BOMB_RUNS = 3;
const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** Backups while cards are written: the core's longest stall and a card's latency, against no backup. */
export async function benchBackups(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rembuk-bench-backup-'));
  try {
    const core = await openCore({ dataDir: dir });
    const detail = await must<{ workshop: { id: string }; sessions: Array<{ id: string }> }>(core, 'workshops.create', { title: 'Bench', startDate: '2019-10-15', endDate: '2019-10-17' });
    const group = await must<{ id: string }>(core, 'groups.create', { workshopId: detail.workshop.id, name: 'Way Kanan' });
    await core.close();
    fill(join(dir, 'rembuk.sqlite'), detail.workshop.id, detail.sessions[0]!.id, group.id);
    const size = statSync(join(dir, 'rembuk.sqlite')).size;

    const reopened = await openCore({ dataDir: dir });
    const target = { sessionId: detail.sessions[0]!.id, groupId: group.id };
    // Let the start copy finish, then compare the same stretch of time with and without a copy.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const quiet: Array<{ stall: number; busy: number }> = [];
    const copying: Array<{ stall: number; busy: number; ms: number }> = [];
    for (let i = 0; i < COPIES; i++) {
      const started = performance.now();
      copying.push({ ...(await mainThread(() => must(reopened, 'backups.create', {}))), ms: performance.now() - started });
      quiet.push(await mainThread(() => new Promise((resolve) => setTimeout(resolve, copying.at(-1)!.ms))));
    }
    const idle = await writing(reopened, target, () => new Promise((resolve) => setTimeout(resolve, 3000)));
    const during = await writing(reopened, target, async () => {
      for (let i = 0; i < 3; i++) await must(reopened, 'backups.create', {});
    });
    await reopened.close();
    const stalls = copying.map((c) => c.stall);
    const busy = copying.map((c) => c.busy);
    return [
      {
        workload: `one backup of a ${mb(size)} MB file (${CARDS.toLocaleString('en')} cards): main-thread busy time`,
        n: COPIES,
        median: median(busy),
        p95: percentile(busy, 95),
        baseline: 'same time, no backup',
        baselineMedian: median(quiet.map((q) => q.busy)),
        baselineP95: percentile(quiet.map((q) => q.busy), 95),
        goal: `≤ 50 ${Math.max(...busy) <= 50 ? '✓' : '✗'}`,
        note: `a copy takes ${median(copying.map((c) => c.ms)).toFixed(0)} ms in its worker`,
      },
      {
        workload: 'longest event-loop stall while a backup runs',
        n: COPIES,
        median: median(stalls),
        p95: percentile(stalls, 95),
        baseline: 'same time, no backup',
        baselineMedian: median(quiet.map((q) => q.stall)),
        baselineP95: percentile(quiet.map((q) => q.stall), 95),
        goal: `≤ 50 ${Math.max(...stalls) <= 50 ? '✓' : '✗'}`,
        note: 'on a shared machine the baseline shows what the load alone costs',
      },
      {
        workload: 'card saved while backups run',
        n: during.latencies.length,
        median: median(during.latencies),
        p95: percentile(during.latencies, 95),
        baseline: 'same writes, no backup',
        baselineMedian: median(idle.latencies),
        baselineP95: percentile(idle.latencies, 95),
        note: `longest ${Math.max(...during.latencies).toFixed(1)} ms vs ${Math.max(...idle.latencies).toFixed(1)} ms`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function must<T>(core: Core, method: string, input: unknown): Promise<T> {
  const outcome = await core.dispatch(method, input);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.code}`);
  return outcome.value as T;
}

/** How long the core's own thread was busy (event-loop utilisation) and its longest stall while `work` ran. */
async function mainThread(work: () => Promise<unknown>): Promise<{ stall: number; busy: number }> {
  const before = performance.eventLoopUtilization();
  const stopWatching = watchStalls();
  await work();
  const stall = stopWatching();
  return { stall, busy: performance.eventLoopUtilization(before).active };
}

/** Cards written one after another while `during` runs: each card's latency and the longest stall. */
async function writing(core: Core, target: { sessionId: string; groupId: string }, during: () => Promise<unknown>) {
  const latencies: number[] = [];
  let running = true;
  const writer = (async () => {
    while (running) {
      const started = performance.now();
      const outcome = await core.dispatch('cards.create', { id: randomUUID(), ...target, text: 'Kartu selama cadangan dibuat' });
      if (!outcome.ok) throw new Error(outcome.error.code);
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  const stopWatching = watchStalls();
  const started = performance.now();
  await during();
  const elapsed = performance.now() - started;
  const stall = stopWatching();
  running = false;
  await writer;
  return { latencies, stall, elapsed };
}

function fill(file: string, workshopId: string, sessionId: string, groupId: string) {
  const db = new DatabaseSync(file);
  const insert = db.prepare(`insert into cards (id, workshop_id, session_id, group_id, kind, text, position, created_at, updated_at)
    values (?, ?, ?, ?, 'challenge', ?, ?, '2019-10-15T09:00:00.000Z', '2019-10-15T09:00:00.000Z')`);
  db.exec('begin');
  for (let i = 0; i < CARDS; i++) insert.run(randomUUID(), workshopId, sessionId, groupId, `Kartu ${i}: ${'koleksi buku anak masih kurang di perpustakaan desa '.repeat(4)}`, `a${String(i).padStart(6, '0')}`);
  db.exec('commit');
  db.close();
}

/** 100 kills at random moments: every acknowledged card there after each restart. */
export async function benchCrashes(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rembuk-bench-crash-'));
  try {
    const result = await crashRounds(dir, CRASH_ROUNDS);
    const sound = result.lost.length === 0 && result.damaged.length === 0 && result.refused.length === 0;
    return [
      {
        workload: `SIGKILL while writing, restart, check (${CRASH_ROUNDS} rounds)`,
        n: CRASH_ROUNDS,
        median: result.elapsedMs / CRASH_ROUNDS,
        p95: Number.NaN,
        goal: `0 lost, integrity ok ${sound ? '✓' : '✗'}`,
        note: `${result.acknowledged.toLocaleString('en')} acknowledged, ${result.lost.length} lost, ${result.damaged.length} damaged, ${result.refused.length} refused; ms per round`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Each spreadsheet bomb in a fresh process: time to the refusal and the process's peak memory. */
export async function benchBombs(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const name of Object.keys(BOMBS) as Array<keyof typeof BOMBS>) {
    const runs = Array.from({ length: BOMB_RUNS }, () => {
      const output = execFileSync(process.execPath, [join(import.meta.dirname, 'bomb-child.ts'), name], { encoding: 'utf8', timeout: 60_000 });
      return JSON.parse(output) as { ms: number; code: string; fileBytes: number; rssBefore: number; peakRss: number };
    });
    const peak = Math.max(...runs.map((r) => r.peakRss));
    const times = runs.map((r) => r.ms);
    const refused = runs.every((r) => r.code === BOMB_CODES[name]);
    const fast = percentile(times, 95) < 1000;
    rows.push({
      workload: `${name} (${(runs[0]!.fileBytes / 1024).toFixed(0)} KB): refused`,
      n: runs.length,
      median: median(times),
      p95: percentile(times, 95),
      goal: `< 1,000 ms ${fast ? '✓' : '✗'}; peak < 300 MB ${mb(peak) < 300 ? '✓' : '✗'}`,
      note: `${refused ? runs[0]!.code : `NOT REFUSED: ${runs.map((r) => r.code).join(', ')}`}; peak RSS ${mb(peak)} MB (${mb(runs[0]!.rssBefore)} MB before reading)`,
    });
  }
  return rows;
}
