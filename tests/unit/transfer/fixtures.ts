import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import type { Core } from '../../../electron/core/core.ts';
import { TRANSFERRED_TABLES, workshopRows } from '../../../electron/core/transfer/tables.ts';
import { call, lampungWorkshop } from '../helpers/core.ts';
import { makeJpeg } from '../paperwork/photo-fixtures.ts';

/** The Lampung meeting with a row in every registered table: cards, a cluster, a link, a vote, a kind, a roster. */
export async function fullWorkshop(core: Core) {
  const { workshop, session, groups } = await lampungWorkshop(core);
  const [bone, maros] = groups as [(typeof groups)[0], (typeof groups)[0]];
  const card = (text: string, groupId = bone.id, kind: 'challenge' | 'solution' = 'challenge') =>
    call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId, text, kind });
  const internet = await card('Internet lambat');
  const modem = await card('Modem bersama', bone.id, 'solution');
  const twin1 = await card('Buku anak kurang', maros.id);
  const twin2 = await card('Kurang buku anak', maros.id);
  await call(core, 'clusters.create', { id: randomUUID(), sessionId: session.id, title: 'Buku anak', cardIds: [twin1.id, twin2.id] });
  await call(core, 'links.create', { id: randomUUID(), fromCardId: modem.id, toCardId: internet.id });
  const round = await call(core, 'votes.open', { id: randomUUID(), sessionId: session.id, budget: 3, budgetScope: 'group' });
  await call(core, 'votes.set', { roundId: round.id, cardId: internet.id, groupId: bone.id, dots: 2 });
  await call(core, 'votes.setVoters', { roundId: round.id, groupId: bone.id, voters: 4 });
  const blank = await call(core, 'sessions.create', { workshopId: workshop.id, title: 'Catatan bebas', day: 1, template: 'blank' });
  await call(core, 'kinds.create', { id: randomUUID(), sessionId: blank.id, label: 'Catatan', color: 'blue', icon: 'star' });
  const sri = await call(core, 'participants.create', { workshopId: workshop.id, name: 'Bu Sri', role: 'village_librarian', groupId: bone.id, presentOnDay: 1 });
  // The paperwork: a photo, the minutes, certificate settings, an award with a juror's score.
  await call(core, 'photos.add', { workshopId: workshop.id, sessionId: session.id, fileName: 'plano.jpg', data: Buffer.from(await makeJpeg(64, 48)).toString('base64'), caption: 'Plano kelompok' });
  await call(core, 'minutes.save', { sessionId: session.id, text: 'Kelompok sepakat memperpanjang jam buka.' });
  const withJuror = await call(core, 'awards.saveJuror', { workshopId: workshop.id, name: 'Pak Bambang' });
  const book = await call(core, 'awards.saveCategory', { workshopId: workshop.id, name: 'Perpustakaan teraktif', criteria: [{ name: 'Kegiatan', weight: 100 }] });
  const criterion = book.categories[0]!.criteria[0]!;
  await call(core, 'awards.setScores', { workshopId: workshop.id, scores: [{ criterionId: criterion.id, jurorId: withJuror.jurors[0]!.id, entrantId: bone.id, score: 90 }] });
  return { workshop, session, groups, internet, modem, sri };
}

/** Every registered row of one workshop, table by table, in a stable order: what must travel. */
export function workshopSnapshot(file: string, workshopId: string): Record<string, unknown[]> {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return Object.fromEntries(
      TRANSFERRED_TABLES.map((entry) => [
        entry.table,
        (db.prepare(`select * from "${entry.table}" where ${workshopRows(entry)}`).all({ workshop: workshopId }) as Array<Record<string, unknown>>)
          .map((row) => JSON.stringify(row))
          .sort(),
      ]),
    );
  } finally {
    db.close();
  }
}

export function databaseFile(dataDir: string): string {
  return join(dataDir, 'rembuk.sqlite');
}
