// A facilitator's laptop in one process: opens the core on the data folder given, then adds
// cards as fast as it can, printing each card's id only once the core has acknowledged it.
// Now and then it asks for a backup, so some kills land while a copy is being made.
// Run by crash-rounds.ts, which kills it with SIGKILL at a random moment.
import { randomUUID } from 'node:crypto';
import { openCore } from '../../../electron/core/core.ts';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: crash-writer.ts DATA_DIR');
const core = await openCore({ dataDir });

async function must<T>(method: string, input: unknown): Promise<T> {
  const outcome = await core.dispatch(method, input);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.code}`);
  return outcome.value as T;
}

let [workshop] = await must<Array<{ id: string }>>('workshops.list', {});
if (!workshop) workshop = (await must<{ workshop: { id: string } }>('workshops.create', { title: 'PLM Uji Mati Listrik', startDate: '2019-10-15', endDate: '2019-10-16' })).workshop;
const detail = await must<{ groups: Array<{ id: string }>; sessions: Array<{ id: string }> }>('workshops.get', { id: workshop.id });
const group = detail.groups[0] ?? (await must<{ id: string }>('groups.create', { workshopId: workshop.id, name: 'Way Kanan' }));
const session = detail.sessions[0]!;
process.stdout.write('ready\n');

for (let n = 1; ; n++) {
  const id = randomUUID();
  await must('cards.create', { id, sessionId: session.id, groupId: group.id, text: `Kartu ${n}: koleksi buku anak masih kurang` });
  // Writes to a pipe are synchronous on Linux: once this returns, the parent can read it.
  process.stdout.write(`ack ${id}\n`);
  if (n % 40 === 0) void core.dispatch('backups.create', {});
}
