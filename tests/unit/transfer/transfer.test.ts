import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core.ts';
import { call, failure, lampungWorkshop, openTestCore, tempDataDir } from '../helpers/core.ts';
import { joinPhone, keyOf, openDoorCore } from '../helpers/door.ts';
import { databaseFile, fullWorkshop, workshopSnapshot } from './fixtures.ts';

async function exported(core: Core, id: string) {
  return (await call(core, 'transfer.export', { id })).data;
}

/** A laptop's core on its own data folder, the clock fixed so "later" is clear. */
async function laptop(start: string) {
  let tick = Date.parse(start);
  const dir = tempDataDir();
  const core = await openTestCore(dir, { now: () => new Date((tick += 1000)).toISOString() });
  return { dir, core };
}

describe('carrying a workshop to another laptop', () => {
  it('exports a .rembuk with a manifest and imports it elsewhere as the same rows', async () => {
    const a = await laptop('2019-10-15T08:00:00Z');
    const { workshop } = await fullWorkshop(a.core);
    const file = await call(a.core, 'transfer.export', { id: workshop.id });
    expect(file.fileName).toBe('PLM Provinsi Lampung 2019.rembuk');

    const b = await laptop('2019-10-16T08:00:00Z');
    const preview = await call(b.core, 'transfer.inspect', { fileName: file.fileName, data: file.data });
    expect(preview).toMatchObject({ workshopId: workshop.id, title: workshop.title, merges: false, counts: { groups: 3, sessions: 2, cards: 4, participants: 1 } });
    const report = await call(b.core, 'transfer.import', { fileName: file.fileName, data: file.data });
    expect(report).toMatchObject({ mode: 'new', updated: 0, conflicts: 0, skipped: 0 });
    expect(report.added).toBeGreaterThan(10);
    expect(b.core.events).toContainEqual({ type: 'workshop.imported', workshopId: workshop.id });
    await a.core.close();
    await b.core.close();
    expect(workshopSnapshot(databaseFile(b.dir), workshop.id)).toEqual(workshopSnapshot(databaseFile(a.dir), workshop.id));
  });

  it('carries the phones with their cards and dots, a deleted group’s memory and the import choices', async () => {
    const room = await openDoorCore();
    const { core, workshop, session, groups, roster, phones } = room;
    const key = keyOf((await call(core, 'door.open', { sessionId: session.id })).joinUrl);
    const siti = await joinPhone(phones, key, { participantId: roster[0]!.id });
    const cardId = randomUUID();
    expect(await siti.call('phone.cards.create', { id: cardId, text: 'Ditulis di HP', kind: 'challenge', customKindId: null })).toMatchObject({ ok: true });
    await call(core, 'door.reveal', { sessionId: session.id, groupId: groups[0]!.id });
    const round = await call(core, 'votes.open', { id: randomUUID(), sessionId: session.id, budgetScope: 'participant', budget: 3, cardKind: 'challenge' });
    expect(await siti.call('phone.vote', { roundId: round.id, cardId, dots: 2 })).toMatchObject({ ok: true });
    await call(core, 'participants.import', {
      workshopId: workshop.id,
      participants: [{ name: 'Ani', groupId: groups[1]!.id }],
      choices: { groups: { 'way kanan': groups[1]!.id }, roles: { pustakawan: 'village_librarian' } },
    });
    await call(core, 'groups.delete', { id: groups[2]!.id });
    const data = await exported(core, workshop.id);
    await call(core, 'door.close', {});
    await core.close();

    const b = await laptop('2019-10-16T08:00:00Z');
    await call(b.core, 'transfer.import', { fileName: 'hp.rembuk', data });
    await b.core.close();
    const carried = workshopSnapshot(databaseFile(b.dir), workshop.id);
    expect(carried).toEqual(workshopSnapshot(databaseFile(core.dataDir), workshop.id));
    for (const table of ['devices', 'phone_votes', 'group_removals', 'import_choices']) expect(carried[table], table).not.toEqual([]);
  });

  it('carries only that workshop: another one on the laptop stays behind', async () => {
    const a = await laptop('2019-10-15T08:00:00Z');
    const { workshop } = await lampungWorkshop(a.core);
    await call(a.core, 'workshops.create', { title: 'PLM Kabupaten Way Kanan 2020', startDate: '2020-02-01', endDate: '2020-02-02' });
    const data = await exported(a.core, workshop.id);
    const b = await laptop('2019-10-16T08:00:00Z');
    await call(b.core, 'transfer.import', { fileName: 'x.rembuk', data });
    expect((await call(b.core, 'workshops.list', {})).map((w) => w.title)).toEqual(['PLM Provinsi Lampung 2019']);
  });

  it('merges two rooms run on two laptops into one board with every card of both', async () => {
    const a = await laptop('2019-10-15T08:00:00Z');
    const { workshop, session, groups, internet } = await fullWorkshop(a.core);
    const b = await laptop('2019-10-15T08:30:00Z');
    await call(b.core, 'transfer.import', { fileName: 'pagi.rembuk', data: await exported(a.core, workshop.id) });

    // The afternoon: each room adds its own cards; both laptops touch the same card.
    await call(a.core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text: 'Ruang A: jam buka diperpanjang' });
    await call(b.core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[1]!.id, text: 'Ruang B: pelatihan relawan' });
    await call(a.core, 'cards.update', { id: internet.id, text: 'Internet lambat (diedit di A)' });
    await call(b.core, 'cards.update', { id: internet.id, text: 'Internet lambat (diedit di B, lebih akhir)' });

    const report = await call(a.core, 'transfer.import', { fileName: 'sore.rembuk', data: await exported(b.core, workshop.id) });
    expect(report).toMatchObject({ mode: 'merge', added: 1, updated: 1, skipped: 0 });
    expect(report.conflicts).toBeGreaterThanOrEqual(1);
    const board = await call(a.core, 'sessions.board', { id: session.id });
    const texts = board.cards.map((c) => c.text);
    expect(texts).toContain('Ruang A: jam buka diperpanjang');
    expect(texts).toContain('Ruang B: pelatihan relawan');
    expect(texts).toContain('Internet lambat (diedit di B, lebih akhir)');
    expect(board.cards).toHaveLength(6);
    // Importing the same file again changes nothing.
    expect(await call(a.core, 'transfer.import', { fileName: 'sore.rembuk', data: await exported(b.core, workshop.id) })).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
  });

  it('keeps a deletion deleted, even when the other laptop edited the card later', async () => {
    const a = await laptop('2019-10-15T08:00:00Z');
    const { workshop, session, internet } = await fullWorkshop(a.core);
    const b = await laptop('2019-10-15T09:00:00Z');
    await call(b.core, 'transfer.import', { fileName: 'x.rembuk', data: await exported(a.core, workshop.id) });
    await call(a.core, 'cards.delete', { id: internet.id });
    await call(b.core, 'cards.update', { id: internet.id, text: 'Diedit sesudah dihapus di A' });

    await call(a.core, 'transfer.import', { fileName: 'b.rembuk', data: await exported(b.core, workshop.id) });
    await call(b.core, 'transfer.import', { fileName: 'a.rembuk', data: await exported(a.core, workshop.id) });
    for (const core of [a.core, b.core]) {
      const board = await call(core, 'sessions.board', { id: session.id });
      expect(board.cards.map((c) => c.id)).not.toContain(internet.id);
    }
  });

  it('refuses a file that is not a .rembuk, cut short, changed on the way, or from a newer Rembuk, and writes nothing', async () => {
    const a = await laptop('2019-10-15T08:00:00Z');
    const { workshop } = await fullWorkshop(a.core);
    const good = Buffer.from(await exported(a.core, workshop.id), 'base64');
    const b = await laptop('2019-10-16T08:00:00Z');

    const tries: Array<[string, Buffer]> = [
      ['transfer_not_rembuk', Buffer.from('Daftar hadir PLM Lampung')],
      ['transfer_damaged', good.subarray(0, Math.floor(good.length / 2))],
      ['transfer_checksum', edited(good, `update cards set text = 'disisipkan' where text = 'Internet lambat'`)],
      ['transfer_too_new', edited(good, `insert into kysely_migration (name, timestamp) values ('9999_future', 'x');
        update rembuk_manifest set value = json_insert(value, '$[#]', '9999_future') where key = 'migrations'`)],
      ['transfer_not_rembuk', edited(good, 'drop table rembuk_manifest')],
    ];
    for (const [code, bytes] of tries) {
      const error = await failure(b.core, 'transfer.import', { fileName: 'x.rembuk', data: bytes.toString('base64') });
      expect(error.code, code).toBe(code);
    }
    expect(await call(b.core, 'workshops.list', {})).toEqual([]);
    expect(readdirSync(b.dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

/** The exported file with one SQL change made to it (as a tampered or damaged copy would be). */
function edited(bytes: Buffer, sql: string): Buffer {
  const file = join(tempDataDir(), 'x.rembuk');
  writeFileSync(file, bytes);
  const db = new DatabaseSync(file);
  db.exec(sql);
  db.close();
  return readFileSync(file);
}
