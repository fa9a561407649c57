import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { generateKeyBetween } from 'fractional-indexing';
import { openCore } from '../../electron/core/core.ts';
import { median, percentile, timed, type BenchRow } from './stats.ts';

const CREATES = 2000;
const MOVES = 1000;
const GROUPS = 20;

/**
 * Creating 2,000 cards and moving 1,000 through `dispatch` (validation, Kysely, one
 * transaction each, events), beside the same statements straight on node:sqlite with the same
 * PRAGMAs. Both commit with synchronous=FULL, so both pay the same fsync per change.
 */
export async function benchCards(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rembuk-bench-'));
  try {
    const viaCore = await throughDispatch(join(dir, 'core'));
    const raw = straightOnSqlite(join(dir, 'raw.sqlite'));
    return [
      row(`create card (${GROUPS} groups)`, viaCore.creates, raw.creates),
      row('move card to another group', viaCore.moves, raw.moves),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
  };
}

async function throughDispatch(dataDir: string) {
  const core = await openCore({ dataDir });
  const must = async (method: string, input: unknown) => {
    const outcome = await core.dispatch(method, input);
    if (!outcome.ok) throw new Error(`${method}: ${outcome.error.code}`);
    return outcome.value as { id: string };
  };
  const detail = (await must('workshops.create', { title: 'Bench', startDate: '2019-10-15', endDate: '2019-10-17' })) as unknown as {
    workshop: { id: string };
    sessions: Array<{ id: string }>;
  };
  const sessionId = detail.sessions[0]!.id;
  const groups: string[] = [];
  for (let g = 0; g < GROUPS; g++) groups.push((await must('groups.create', { workshopId: detail.workshop.id, name: `Kelompok ${g + 1}` })).id);

  const cards: string[] = [];
  const creates: number[] = [];
  for (let i = 0; i < CREATES; i++) {
    const id = randomUUID();
    creates.push(await timed(() => must('cards.create', { id, sessionId, groupId: groups[i % GROUPS], text: `Tantangan nomor ${i}` })));
    cards.push(id);
  }
  const moves: number[] = [];
  for (let i = 0; i < MOVES; i++) {
    moves.push(await timed(() => must('cards.move', { id: cards[i * 2]!, groupId: groups[(i + 7) % GROUPS], afterCardId: null })));
  }
  await core.close();
  return { creates, moves };
}

/** The statements the handlers run, prepared once, each change in its own transaction. */
function straightOnSqlite(file: string) {
  const db = new DatabaseSync(file);
  db.exec('PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;');
  db.exec(`
    create table workshops (id text primary key);
    create table sessions (id text primary key, workshop_id text not null references workshops(id), locked_at text);
    create table groups (id text primary key, workshop_id text not null references workshops(id));
    create table cards (id text primary key, workshop_id text not null, session_id text not null references sessions(id),
      group_id text references groups(id), kind text not null, text text not null, position text not null,
      tag text, author text, created_at text not null, updated_at text not null, deleted_at text);
    create index cards_by_column on cards (session_id, group_id, position);
    insert into workshops values ('w'); insert into sessions values ('s', 'w', null);`);
  const groups = Array.from({ length: GROUPS }, (_, g) => `g${g}`);
  const insertGroup = db.prepare('insert into groups values (?, ?)');
  for (const g of groups) insertGroup.run(g, 'w');

  const session = db.prepare('select workshop_id, locked_at from sessions where id = ?');
  const existing = db.prepare('select * from cards where id = ?');
  const group = db.prepare('select workshop_id from groups where id = ?');
  const last = db.prepare('select id, position from cards where session_id = ? and group_id = ? and deleted_at is null and id != ? order by position desc, id desc limit 1');
  const first = db.prepare('select id, position from cards where session_id = ? and group_id = ? and deleted_at is null and id != ? order by position, id limit 1');
  const insert = db.prepare(
    "insert into cards values (?, 'w', 's', ?, 'challenge', ?, ?, null, null, ?, ?, null) returning *",
  );
  const update = db.prepare('update cards set group_id = ?, position = ?, updated_at = ? where id = ? returning *');

  const inTransaction = (work: () => void) => {
    db.exec('BEGIN');
    work();
    db.exec('COMMIT');
  };
  const cards: string[] = [];
  const creates: number[] = [];
  for (let i = 0; i < CREATES; i++) {
    const id = randomUUID();
    const groupId = groups[i % GROUPS]!;
    const start = performance.now();
    inTransaction(() => {
      session.get('s');
      existing.get(id);
      group.get(groupId);
      const before = last.get('s', groupId, id) as { position: string } | undefined;
      const now = new Date().toISOString();
      insert.get(id, groupId, `Tantangan nomor ${i}`, generateKeyBetween(before?.position ?? null, null), now, now);
    });
    creates.push(performance.now() - start);
    cards.push(id);
  }
  const moves: number[] = [];
  for (let i = 0; i < MOVES; i++) {
    const id = cards[i * 2]!;
    const groupId = groups[(i + 7) % GROUPS]!;
    const start = performance.now();
    inTransaction(() => {
      existing.get(id);
      session.get('s');
      group.get(groupId);
      const next = first.get('s', groupId, id) as { position: string } | undefined;
      update.get(groupId, generateKeyBetween(null, next?.position ?? null), new Date().toISOString(), id);
    });
    moves.push(performance.now() - start);
  }
  db.close();
  return { creates, moves };
}
