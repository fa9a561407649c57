import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { generateKeyBetween } from 'fractional-indexing';
import { cardById, columnStatements, groupById, insertCard, lastPositionOnBoard, placeCard, sessionById } from '../../electron/core/cards/queries.ts';
import { openCore, type Core } from '../../electron/core/core.ts';
import type { CompiledStatement } from '../../electron/core/db/compiled.ts';
import { median, percentile, timed, type BenchRow } from './stats.ts';

const CREATES = 2000;
const MOVES = 1000;
const GROUPS = 20;

/**
 * Creating 2,000 cards and moving 1,000 through `dispatch` (validation, the handler and the
 * shared board rules, one transaction each, events), beside the same statements straight on
 * node:sqlite, on the same schema with the same PRAGMAs. Both commit with synchronous=FULL, so
 * both pay the same fsync per change. The two take turns, one change each: run one after the
 * other, the disk's mood between them decided the ratio (0.61× in one run, 1.58× in the next).
 */
export async function benchCards(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rembuk-bench-'));
  try {
    const viaCore = await throughDispatch(join(dir, 'core'));
    const raw = await straightOnSqlite(join(dir, 'raw'));
    const timings = { core: { creates: [] as number[], moves: [] as number[] }, raw: { creates: [] as number[], moves: [] as number[] } };
    for (let i = 0; i < CREATES; i++) {
      timings.core.creates.push(await viaCore.create(i));
      timings.raw.creates.push(raw.create(i));
    }
    for (let i = 0; i < MOVES; i++) {
      timings.core.moves.push(await viaCore.move(i));
      timings.raw.moves.push(raw.move(i));
    }
    await viaCore.close();
    raw.close();
    return [
      row(`create card (${GROUPS} groups)`, timings.core.creates, timings.raw.creates),
      row('move card to another group', timings.core.moves, timings.raw.moves),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A workshop, its first board and 20 groups, made through the core (not timed). */
async function seed(core: Core) {
  const detail = (await dispatched(core, 'workshops.create', { title: 'Bench', startDate: '2019-10-15', endDate: '2019-10-17' })) as unknown as { workshop: { id: string }; sessions: Array<{ id: string }> };
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) groups.push((await dispatched(core, 'groups.create', { workshopId: detail.workshop.id, name: `Kelompok ${g + 1}` })).id);
  return { workshopId: detail.workshop.id, sessionId: detail.sessions[0]!.id, groups };
}

async function dispatched(core: Core, method: string, input: unknown): Promise<{ id: string }> {
  const outcome = await core.dispatch(method, input);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.code}`);
  return outcome.value as { id: string };
}

function row(workload: string, samples: number[], baseline: number[]): BenchRow {
  return {
    workload,
    n: samples.length,
    median: median(samples),
    p95: percentile(samples, 95),
    baseline: 'node:sqlite direct',
    baselineMedian: median(baseline),
    baselineP95: percentile(baseline, 95),
    goal: '≤ 1.5× (median)',
  };
}

/** Timed steps through the core: create the i-th card, move the i-th moved card. */
async function throughDispatch(dataDir: string) {
  const core = await openCore({ dataDir });
  const { sessionId, groups } = await seed(core);
  const must = (method: string, input: unknown) => dispatched(core, method, input);
  const cards: string[] = [];
  return {
    async create(i: number) {
      const id = randomUUID();
      cards.push(id);
      return timed(() => must('cards.create', { id, sessionId, groupId: groups[i % GROUPS], text: `Tantangan nomor ${i}` }));
    },
    move: (i: number) => timed(() => must('cards.move', { id: cards[i * 2]!, groupId: groups[(i + 7) % GROUPS], afterCardId: null })),
    close: () => core.close(),
  };
}

/**
 * The statements the card handlers run (their compiled SQL, `electron/core/cards/queries.ts`), on
 * a database with the app's own schema, prepared once and run straight on node:sqlite with the
 * same PRAGMAs, each change in its own transaction: what dispatch adds is all that differs.
 */
async function straightOnSqlite(dataDir: string) {
  const core = await openCore({ dataDir });
  const seeded = await seed(core);
  await core.close();
  const db = new DatabaseSync(join(dataDir, 'rembuk.sqlite'));
  // As `db/open.ts` opens the writer (no exclusive locking since a reader connection sits beside it).
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;');
  const statement = <P>(query: CompiledStatement<P, unknown>) => {
    const prepared = db.prepare(query.sql);
    const args = (params: P) => query.parameters.map((p) => ('name' in p ? params[p.name] : p.value) as SQLInputValue);
    return { get: (params: P) => prepared.get(...args(params)), first: (params: P) => prepared.iterate(...args(params)).next().value };
  };
  const session = statement(sessionById);
  const card = statement(cardById);
  const group = statement(groupById);
  const last = statement(lastPositionOnBoard);
  const insert = statement(insertCard);
  const column = statement(columnStatements({ groupId: 'g' }).all);
  const place = statement(placeCard);
  const inTransaction = (work: () => void) => {
    db.exec('BEGIN');
    work();
    db.exec('COMMIT');
  };
  const { workshopId, sessionId, groups } = seeded;
  const cards: string[] = [];
  const timedMs = (work: () => void) => {
    const start = performance.now();
    inTransaction(work);
    return performance.now() - start;
  };
  return {
    create(i: number) {
      const id = randomUUID();
      const groupId = groups[i % GROUPS]!;
      cards.push(id);
      return timedMs(() => {
        session.get({ id: sessionId });
        card.get({ id });
        group.get({ id: groupId });
        const before = last.get({ sessionId }) as { position: string } | undefined;
        const now = new Date().toISOString();
        const position = generateKeyBetween(before?.position ?? null, null);
        insert.get({ id, workshop_id: workshopId, session_id: sessionId, group_id: groupId, kind: 'challenge', custom_kind_id: null, text: `Tantangan nomor ${i}`, position, tag: null, author: null, who: null, by_when: null, indicator: null, cluster_id: null, created_at: now, updated_at: now, deleted_at: null });
      });
    },
    move(i: number) {
      const id = cards[i * 2]!;
      const groupId = groups[(i + 7) % GROUPS]!;
      return timedMs(() => {
        card.get({ id });
        session.get({ id: sessionId });
        group.get({ id: groupId });
        const next = column.first({ sessionId, groupId, kind: null, customKindId: null }) as { position: string } | undefined;
        place.get({ id, group_id: groupId, kind: 'challenge', custom_kind_id: null, position: generateKeyBetween(null, next?.position ?? null), cluster_id: null, updated_at: new Date().toISOString() });
      });
    },
    close: () => db.close(),
  };
}
