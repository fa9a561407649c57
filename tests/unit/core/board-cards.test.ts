import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core.ts';
import { call, failure, lampungWorkshop, openTestCore } from '../helpers/core.ts';

async function board(core: Core) {
  const lampung = await lampungWorkshop(core);
  const add = (text: string, groupIndex: number | null, extra: Record<string, unknown> = {}) =>
    call(core, 'cards.create', {
      id: randomUUID(),
      sessionId: lampung.session.id,
      groupId: groupIndex === null ? null : lampung.groups[groupIndex]!.id,
      text,
      ...extra,
    });
  const texts = async (filter: (c: { groupId: string | null; kind: string }) => boolean) =>
    (await call(core, 'sessions.board', { id: lampung.session.id })).cards.filter(filter).map((c) => c.text);
  return { ...lampung, add, texts };
}

describe('card kinds, tags and action-plan fields', () => {
  it('keeps a solution, a tagged achievement and a full action plan as written', async () => {
    const core = await openTestCore();
    const b = await board(core);
    const solution = await b.add('Kerja sama dengan sekolah', 0, { kind: 'solution', author: 'Bu Sri' });
    const achievement = await b.add('Pelatihan menjahit untuk ibu-ibu', 1, { kind: 'achievement', tag: 'community' });
    const plan = await b.add('Kelas TIK untuk remaja', 2, { kind: 'action', who: 'Pengelola perpustakaan', byWhen: 'Maret 2020', indicator: '20 remaja ikut' });
    expect(solution).toMatchObject({ kind: 'solution', author: 'Bu Sri', tag: null, clusterId: null });
    expect(achievement).toMatchObject({ kind: 'achievement', tag: 'community' });
    expect(plan).toMatchObject({ kind: 'action', who: 'Pengelola perpustakaan', byWhen: 'Maret 2020', indicator: '20 remaja ikut' });
  });

  it('edits the details of a card, and a blank field clears one', async () => {
    const core = await openTestCore();
    const b = await board(core);
    const plan = await b.add('Kelas TIK', 0, { kind: 'action', who: 'Pak Budi' });
    const edited = await call(core, 'cards.update', { id: plan.id, who: '  ', byWhen: 'Juni 2020', indicator: '15 peserta' });
    expect(edited).toMatchObject({ who: null, byWhen: 'Juni 2020', indicator: '15 peserta', text: 'Kelas TIK' });
    expect((await call(core, 'cards.update', { id: plan.id, kind: 'solution' })).kind).toBe('solution');
  });

  it('refuses a field that is too long, and a strategy tag that does not exist', async () => {
    const core = await openTestCore();
    const b = await board(core);
    const card = await b.add('Asli', 0);
    expect((await failure(core, 'cards.update', { id: card.id, who: 'x'.repeat(201) })).details?.fields).toContainEqual(
      expect.objectContaining({ path: 'who', problem: 'too_long' }),
    );
    expect((await failure(core, 'cards.update', { id: card.id, tag: 'tik' })).code).toBe('invalid_input');
    expect((await call(core, 'sessions.board', { id: b.session.id })).cards[0]).toEqual(card);
  });
});

describe('moving cards between groups and lanes', () => {
  it('moves a card into the solution lane of another group (a group × kind grid)', async () => {
    const core = await openTestCore();
    const b = await board(core);
    const first = await b.add('Internet lambat', 0);
    await b.add('Pakai modem bersama', 1, { kind: 'solution' });
    const moved = await call(core, 'cards.move', { id: first.id, groupId: b.groups[1]!.id, kind: 'solution', afterCardId: null });
    expect(moved).toMatchObject({ groupId: b.groups[1]!.id, kind: 'solution' });
    expect(await b.texts((c) => c.groupId === b.groups[1]!.id && c.kind === 'solution')).toEqual(['Internet lambat', 'Pakai modem bersama']);
  });

  it('moves a card between kind columns without changing its group', async () => {
    const core = await openTestCore();
    const b = await board(core);
    const card = await b.add('Perlu rak baru', 0);
    await b.add('Minta bantuan desa', 2, { kind: 'solution' });
    const moved = await call(core, 'cards.move', { id: card.id, kind: 'solution', afterCardId: null });
    expect(moved).toMatchObject({ groupId: b.groups[0]!.id, kind: 'solution' });
    expect(await b.texts((c) => c.kind === 'solution')).toEqual(['Perlu rak baru', 'Minta bantuan desa']);
  });

  it('moves several selected cards out of the inbox at once, in the order they were selected', async () => {
    const core = await openTestCore();
    const b = await board(core);
    const inbox = [];
    for (const text of ['A', 'B', 'C', 'D']) inbox.push(await b.add(text, null));
    const anchor = await b.add('Ada', 1);
    await b.add('Terakhir', 1);
    core.events.length = 0;
    const moved = await call(core, 'cards.moveMany', { ids: [inbox[2]!.id, inbox[0]!.id, inbox[3]!.id], groupId: b.groups[1]!.id, afterCardId: anchor.id });
    expect(moved.map((c) => c.text)).toEqual(['C', 'A', 'D']);
    expect(await b.texts((c) => c.groupId === b.groups[1]!.id)).toEqual(['Ada', 'C', 'A', 'D', 'Terakhir']);
    expect(await b.texts((c) => c.groupId === null)).toEqual(['B']);
    expect(core.events).toHaveLength(1);
  });

  it('puts cards back exactly where they were (the undo of a move)', async () => {
    const core = await openTestCore();
    const b = await board(core);
    const cards = [];
    for (const text of ['1', '2', '3']) cards.push(await b.add(text, 0));
    const before = cards[1]!;
    await call(core, 'cards.move', { id: before.id, groupId: b.groups[2]!.id, kind: 'solution', afterCardId: null });
    await call(core, 'cards.arrange', {
      cards: [{ id: before.id, groupId: before.groupId, kind: before.kind, customKindId: null, position: before.position, clusterId: null }],
    });
    expect(await b.texts((c) => c.groupId === b.groups[0]!.id)).toEqual(['1', '2', '3']);
    expect((await call(core, 'sessions.board', { id: b.session.id })).cards.find((c) => c.id === before.id)?.kind).toBe('challenge');
  });

  it('refuses a made-up order key, a card listed twice, and cards of two boards', async () => {
    const core = await openTestCore();
    const b = await board(core);
    const card = await b.add('Satu', 0);
    const other = await call(core, 'sessions.create', { workshopId: b.workshop.id, day: 2 });
    const elsewhere = await call(core, 'cards.create', { id: randomUUID(), sessionId: other.id, groupId: null, text: 'Lain' });
    const place = { id: card.id, groupId: null, kind: 'challenge', customKindId: null, clusterId: null };
    expect((await failure(core, 'cards.arrange', { cards: [{ ...place, position: 'a00' }] })).code).toBe('invalid_input');
    expect((await failure(core, 'cards.arrange', { cards: [{ ...place, position: '-- drop' }] })).code).toBe('invalid_input');
    expect((await failure(core, 'cards.moveMany', { ids: [card.id, card.id], groupId: null, afterCardId: null })).code).toBe('invalid_input');
    expect((await failure(core, 'cards.moveMany', { ids: [card.id, elsewhere.id], groupId: null, afterCardId: null })).code).toBe('cross_workshop');
    expect(await b.texts((c) => c.groupId === b.groups[0]!.id)).toEqual(['Satu']);
  });
});
