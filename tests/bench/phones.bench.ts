import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { Agent, get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { SessionBoard } from '#shared/model.ts';
import { openCore } from '../../electron/core/core.ts';
import { HostProcess } from '../e2e/support/host.ts';
import { openEvents, postJson, type Endpoint } from './phone-http.ts';
import { runPhones, type LoadResult, type Room } from './phone-load.ts';
import { median, percentile, type BenchRow } from './stats.ts';

const GROUPS = 13;
const BALLOT = 20;
const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Phones writing at once through the participants' door, on 127.0.0.1 only: 65 phones (a big
 * PLM) and 200, each writing 10 cards and placing 5 dots as fast as the door answers, while the
 * facilitator's board reads and listens. The built host runs in its own process, as in the
 * room. Beside each figure, the same requests answered by a bare node:http server (no database,
 * fixed answers) measured in the same run. Afterwards the database is opened again and every
 * acknowledged card and dot is looked for.
 */
export async function benchPhones(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const phones of [65, 200]) {
    progress(`${phones} phones through the door`);
    const door = await throughTheDoor(phones);
    progress(`${phones} phones against bare node:http`);
    const bare = await againstBareHttp(phones);
    const ok = door.lost === 0 && door.result.failed === 0 && door.result.eventsMissed === 0;
    rows.push({
      ...row(`${phones} phones × (10 cards + 5 dots), at once`, door.result.writes, bare.writes),
      goal: phones === 65 ? '0 lost, 0 missed, p99 ≤ 100' : '0 lost, p99 ≤ 500',
      note: `lost ${door.lost}, refused ${door.result.failed}, events missed ${door.result.eventsMissed}${ok ? '' : ' ✗'}; ${door.result.cardIds.length} cards + ${door.result.votes} dots in ${(door.result.burstMs / 1000).toFixed(1)} s`,
    });
    rows.push({ ...row(`facilitator's read during the ${phones}-phone burst`, door.result.reads, bare.reads), ...(phones === 65 ? { goal: 'p99 ≤ 50' } : {}) });
    if (phones === 200) {
      rows.push({
        ...row('new connection during the 200-phone burst', door.result.newConnections, bare.newConnections),
        goal: 'every one ≤ 200',
        note: `slowest ${Math.max(...door.result.newConnections).toFixed(1)} ms (bare ${Math.max(...bare.newConnections).toFixed(1)})`,
      });
    }
  }
  rows.push(pageScriptSize());
  return rows;
}

function row(workload: string, samples: number[], baseline: number[]): BenchRow {
  return {
    workload,
    n: samples.length,
    median: median(samples),
    p95: percentile(samples, 95),
    p99: percentile(samples, 99),
    baseline: 'bare node:http',
    baselineMedian: median(baseline),
    baselineP95: percentile(baseline, 95),
    baselineP99: percentile(baseline, 99),
  };
}

/** The built host (browser host + door on 127.0.0.1), a meeting of 13 groups with an open vote. */
async function throughTheDoor(phones: number): Promise<{ result: LoadResult; lost: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rembuk-bench-phones-'));
  const host = new HostProcess(dataDir);
  try {
    const url = new URL(await host.start());
    const facilitator: Endpoint = { port: Number(url.port), host: url.host };
    const cookie = await signIn(url);
    const agent = new Agent({ keepAlive: true, maxSockets: 2 });
    const api = async <T>(method: string, input: unknown): Promise<T> => {
      const answer = await postJson(facilitator, '/api/call', { method, input }, { agent, cookie });
      const body = answer.body as { ok: boolean; value: T; error?: unknown };
      if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
      return body.value;
    };
    const detail = await api<{ workshop: { id: string }; sessions: Array<{ id: string }> }>('workshops.create', { title: 'PLM Provinsi Lampung (bench)', startDate: '2019-10-15', endDate: '2019-10-17' });
    const sessionId = detail.sessions[0]!.id;
    const groupIds: string[] = [];
    for (let g = 0; g < GROUPS; g++) groupIds.push((await api<{ id: string }>('groups.create', { workshopId: detail.workshop.id, name: `Kelompok ${g + 1}` })).id);
    const ballot: string[] = [];
    for (let c = 0; c < BALLOT; c++) {
      ballot.push((await api<{ id: string }>('cards.create', { id: randomUUID(), sessionId, groupId: groupIds[c % GROUPS], text: `Tantangan bersama ${c + 1}` })).id);
    }
    const round = await api<{ id: string }>('votes.open', { id: randomUUID(), sessionId, budget: 5, budgetScope: 'participant', onePerCard: true, cardKind: 'challenge' });
    const opened = await api<{ addresses: string[]; joinUrl: string }>('door.open', { sessionId });
    const doorUrl = new URL(opened.addresses[0]!);
    const [code, secret] = new URL(opened.joinUrl).hash.slice(1).split('.');
    const readAgent = new Agent({ keepAlive: true, maxSockets: 1 });
    const room: Room = {
      door: { port: Number(doorUrl.port), host: doorUrl.host },
      key: { code: code!, secret: secret! },
      groupIds,
      roundId: round.id,
      ballot,
      read: async () => (await postJson(facilitator, '/api/call', { method: 'settings.get', input: {} }, { agent: readAgent, cookie })).ms,
      facilitatorEvents: (onCardId) =>
        openEvents(facilitator, '/api/events', cookie, (event) => {
          const saved = event as { type: string; cards?: Array<{ id: string }> };
          if (saved.type === 'cards.saved') for (const card of saved.cards ?? []) onCardId(card.id);
        }),
    };
    const result = await runPhones(room, phones, { probeConnections: phones === 200 });
    agent.destroy();
    readAgent.destroy();
    await host.stop();
    return { result, lost: await lostAfterRestart(dataDir, sessionId, result) };
  } finally {
    await host.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Opens the data folder again, after the host has stopped: every acknowledged card and dot must be there. */
async function lostAfterRestart(dataDir: string, sessionId: string, result: LoadResult): Promise<number> {
  const core = await openCore({ dataDir });
  try {
    const outcome = await core.dispatch('sessions.board', { id: sessionId });
    if (!outcome.ok) throw new Error(outcome.error.code);
    const board = outcome.value as SessionBoard;
    const onBoard = new Set(board.cards.map((c) => c.id));
    const dots = board.phoneVotes.reduce((sum, v) => sum + v.dots, 0);
    return result.cardIds.filter((id) => !onBoard.has(id)).length + Math.max(0, result.votes + result.warmUpVotes - dots);
  } finally {
    await core.close();
  }
}

async function againstBareHttp(phones: number): Promise<LoadResult> {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'bare-door.ts')], { stdio: ['pipe', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const match = /port (\d+)/.exec(chunk.toString());
        if (match) resolve(Number(match[1]));
      });
      child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
    });
    const endpoint: Endpoint = { port, host: `127.0.0.1:${port}` };
    const readAgent = new Agent({ keepAlive: true, maxSockets: 1 });
    const room: Room = {
      door: endpoint,
      key: { code: 'ABCDEF', secret: 'bare-secret-0123456789' },
      groupIds: [],
      roundId: randomUUID(),
      ballot: Array.from({ length: BALLOT }, () => randomUUID()),
      read: async () => (await postJson(endpoint, '/api/call', { method: 'settings.get', input: {} }, { agent: readAgent })).ms,
    };
    const result = await runPhones(room, phones, { probeConnections: phones === 200 });
    readAgent.destroy();
    return result;
  } finally {
    child.stdin.end();
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

/** The facilitator's browser opening the printed launch address: the session cookie. */
function signIn(launch: URL): Promise<string> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port: launch.port, path: `${launch.pathname}${launch.search}`, headers: { host: launch.host }, agent: false }, (res) => {
      res.resume();
      const cookie = res.headers['set-cookie']?.[0]?.split(';')[0];
      if (cookie) resolve(cookie);
      else reject(new Error(`no session cookie (${res.statusCode})`));
    }).on('error', reject);
  });
}

/** The participant page's script as a phone downloads it, gzipped. */
function pageScriptSize(): BenchRow {
  const dir = join(ROOT, 'dist', 'participant', 'assets');
  const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const bytes = scripts.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  const kb = bytes / 1024;
  return { workload: 'participant page script, gzipped', n: scripts.length, median: Number.NaN, p95: Number.NaN, goal: '≤ 150 KB', note: `${kb.toFixed(1)} KB ${kb <= 150 ? '✓' : '✗'}` };
}

const began = performance.now();
function progress(phase: string) {
  process.stderr.write(`phones bench: ${phase} (${((performance.now() - began) / 1000).toFixed(1)} s)\n`);
}
