import { spawn } from 'node:child_process';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { openCore } from '../../../electron/core/core.ts';

const WRITER = join(import.meta.dirname, 'crash-writer.ts');

export interface CrashRoundsResult {
  rounds: number;
  acknowledged: number;
  lost: string[];
  /** `PRAGMA integrity_check` after each restart that did not answer "ok". */
  damaged: string[];
  /** Rounds whose restart refused the data folder. */
  refused: string[];
  elapsedMs: number;
}

/**
 * Kills a writing Rembuk with SIGKILL at a random moment, `rounds` times on the same data folder;
 * after each kill Rembuk opens the folder again (start-up diagnosis included), every acknowledged
 * card must be there, and SQLite's integrity_check must say ok.
 */
export async function crashRounds(dataDir: string, rounds: number, killWithinMs: [number, number] = [30, 400]): Promise<CrashRoundsResult> {
  const started = performance.now();
  const acknowledged = new Set<string>();
  const result: CrashRoundsResult = { rounds, acknowledged: 0, lost: [], damaged: [], refused: [], elapsedMs: 0 };
  for (let round = 1; round <= rounds; round++) {
    await oneRun(dataDir, acknowledged, killWithinMs);
    try {
      const core = await openCore({ dataDir });
      const db = new DatabaseSync(join(dataDir, 'rembuk.sqlite'), { readOnly: true });
      const integrity = (db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check;
      if (integrity !== 'ok') result.damaged.push(`round ${round}: ${integrity}`);
      const present = new Set((db.prepare('select id from cards').all() as Array<{ id: string }>).map((r) => r.id));
      db.close();
      for (const id of acknowledged) if (!present.has(id)) result.lost.push(id);
      await core.close();
    } catch (error) {
      result.refused.push(`round ${round}: ${String(error)}`);
    }
  }
  result.acknowledged = acknowledged.size;
  result.elapsedMs = performance.now() - started;
  return result;
}

function oneRun(dataDir: string, acknowledged: Set<string>, [min, max]: [number, number]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffered = '';
    let errors = '';
    let killTimer: NodeJS.Timeout | undefined;
    // Bounded in time whatever happens: a writer that never gets ready is killed too.
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready' && !killTimer) killTimer = setTimeout(() => child.kill('SIGKILL'), min + Math.random() * (max - min));
        else if (line.startsWith('ack ')) acknowledged.add(line.slice(4));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (_code, signal) => {
      clearTimeout(guard);
      clearTimeout(killTimer);
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`The writer stopped by itself:\n${errors}`));
    });
  });
}
