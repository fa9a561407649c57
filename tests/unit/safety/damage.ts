import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../../electron/core/data-dir.ts';
import { call, lampungWorkshop, openTestCore, tempDataDir } from '../helpers/core.ts';

/** A data folder holding the Lampung meeting with `cards` cards on its first board, closed cleanly. */
export async function dataDirWithCards(cards = 1500, dir = tempDataDir()) {
  const core = await openTestCore(dir);
  const { workshop, session, groups } = await lampungWorkshop(core);
  await call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text: 'Internet lambat di perpustakaan desa' });
  await core.close();
  // The rest straight into SQLite: a big enough file that a page in the middle holds cards.
  const db = new DatabaseSync(join(dir, DATABASE_FILE));
  const insert = db.prepare(`insert into cards (id, workshop_id, session_id, group_id, kind, text, position, created_at, updated_at)
    values (?, ?, ?, ?, 'challenge', ?, ?, '2019-10-15T09:00:00.000Z', '2019-10-15T09:00:00.000Z')`);
  db.exec('begin');
  for (let i = 1; i < cards; i++) insert.run(randomUUID(), workshop.id, session.id, groups[i % groups.length]!.id, `Kartu ${i}: buku bacaan anak masih kurang di desa`, `a${String(i).padStart(5, '0')}`);
  db.exec('commit');
  db.close();
  return { dir, file: join(dir, DATABASE_FILE), workshop, session, groups };
}

export const PAGE = 4096;

/** The ways a database file arrives damaged, as the issue lists them. */
export const DAMAGE = {
  'half file': (file: string) => truncateSync(file, Math.floor(statSync(file).size / PAGE / 2) * PAGE),
  'first page only': (file: string) => truncateSync(file, PAGE),
  'garbage header': (file: string) => overwrite(file, 0, randomBytes(100)),
  'random bytes': (file: string) => writeFileSync(file, randomBytes(64 * 1024)),
  'text file': (file: string) => writeFileSync(file, 'Daftar hadir PLM Provinsi Lampung 2019\nNama;Desa\nBu Sri;Sukamaju\n'),
  'a folder': (file: string) => {
    rmSync(file);
    mkdirSync(file);
  },
  'one bad page in the middle': (file: string) => overwrite(file, Math.floor(statSync(file).size / PAGE / 2) * PAGE, randomBytes(PAGE)),
  'a bad last page': (file: string) => overwrite(file, statSync(file).size - PAGE, randomBytes(PAGE)),
  'zero bytes': (file: string) => writeFileSync(file, ''),
  'a newer schema': (file: string) => {
    const db = new DatabaseSync(file);
    db.exec(`insert into kysely_migration (name, timestamp) values ('9999_future', '2030-01-01T00:00:00.000Z')`);
    db.close();
  },
} as const;

function overwrite(file: string, offset: number, bytes: Buffer) {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, bytes, 0, bytes.length, offset);
  } finally {
    closeSync(fd);
  }
}

/** The file's bytes as a hash (a folder: its name), to show it was left untouched. */
export function fingerprint(file: string): string {
  if (statSync(file).isDirectory()) return 'a folder';
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
