import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { MethodInput, MethodName, MethodResult } from '#shared/api.ts';
import type { AppEvent } from '#shared/events.ts';
import { AppError } from '#shared/errors.ts';
import { openCore, type Core, type CoreOptions } from '../../../electron/core/core.ts';

const cleanups: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  while (cleanups.length) await cleanups.pop()?.();
});

/** A fresh temporary data directory, removed after the test. */
export function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rembuk-test-'));
  cleanups.unshift(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A core on a real SQLite file in a fresh directory, closed after the test. */
export async function openTestCore(dataDir = tempDataDir(), options: Omit<CoreOptions, 'dataDir'> = {}): Promise<Core & { events: AppEvent[] }> {
  const core = await openCore({ dataDir, ...options });
  const events: AppEvent[] = [];
  core.subscribe((event) => events.push(event));
  cleanups.push(() => core.close());
  return Object.assign(core, { events });
}

/** Calls a method through `dispatch`, as a door does, and throws the coded error on failure. */
export async function call<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const outcome = await core.dispatch(method, input);
  if (!outcome.ok) throw new AppError(outcome.error.code, outcome.error.message, outcome.error.details);
  return outcome.value as MethodResult<M>;
}

/** The coded error a call fails with (the test fails if it succeeds). */
export async function failure(core: Core, method: string, input: unknown) {
  const outcome = await core.dispatch(method, input);
  if (outcome.ok) throw new Error(`${method} was expected to fail but returned ${JSON.stringify(outcome.value)}`);
  return outcome.error;
}

/** The Lampung PLM of the seed articles, with its first groups. */
export async function lampungWorkshop(core: Core, groupNames = ['Lampung Tengah', 'Way Kanan', 'Tulang Bawang']) {
  const detail = await call(core, 'workshops.create', {
    title: 'PLM Provinsi Lampung 2019',
    startDate: '2019-10-15',
    endDate: '2019-10-17',
    venue: 'Hotel Novotel Bandar Lampung',
  });
  const groups = [];
  for (const name of groupNames) groups.push(await call(core, 'groups.create', { workshopId: detail.workshop.id, name }));
  const session = detail.sessions[0];
  if (!session) throw new Error('a new workshop has a first session');
  return { workshop: detail.workshop, session, groups };
}
