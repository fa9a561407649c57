import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, failure, lampungWorkshop, openTestCore, tempDataDir } from '../helpers/core.ts';

async function texts(core: Parameters<typeof call>[0], sessionId: string, groupId: string | null) {
  const board = await call(core, 'sessions.board', { id: sessionId });
  return board.cards.filter((c) => c.groupId === groupId).map((c) => c.text);
}

describe('cards on a board', () => {
  it('adds challenge cards to a group in the order they were typed', async () => {
    const core = await openTestCore();
    const { session, groups } = await lampungWorkshop(core);
    const groupId = groups[0]!.id;
    for (const text of ['Koleksi buku sedikit', 'Internet lambat', 'Pengunjung sepi']) {
      await call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId, text });
    }
    expect(await texts(core, session.id, groupId)).toEqual(['Koleksi buku sedikit', 'Internet lambat', 'Pengunjung sepi']);
    const board = await call(core, 'sessions.board', { id: session.id });
    expect(board.cards.every((c) => c.kind === 'challenge')).toBe(true);
  });

  it('trims the text a facilitator typed', async () => {
    const core = await openTestCore();
    const { session, groups } = await lampungWorkshop(core);
    const card = await call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text: '  Jaringan internet lemah \n' });
    expect(card.text).toBe('Jaringan internet lemah');
  });

  it('moves a challenge card from Lampung Tengah to Way Kanan and keeps it after a restart', async () => {
    const dataDir = tempDataDir();
    const core = await openTestCore(dataDir);
    const { session, groups } = await lampungWorkshop(core);
    const [tengah, wayKanan] = [groups[0]!.id, groups[1]!.id];
    const a = await call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: tengah, text: 'A' });
    const b = await call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: wayKanan, text: 'B' });
    await call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: wayKanan, text: 'C' });

    await call(core, 'cards.move', { id: a.id, groupId: wayKanan, afterCardId: b.id });
    expect(await texts(core, session.id, wayKanan)).toEqual(['B', 'A', 'C']);
    expect(await texts(core, session.id, tengah)).toEqual([]);

    await core.close();
    const reopened = await openTestCore(dataDir);
    expect(await texts(reopened, session.id, wayKanan)).toEqual(['B', 'A', 'C']);
  });

  it('reorders within a group: to the top, and after a given card', async () => {
    const core = await openTestCore();
    const { session, groups } = await lampungWorkshop(core);
    const g = groups[0]!.id;
    const ids: string[] = [];
    for (const text of ['1', '2', '3', '4']) {
      ids.push((await call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: g, text })).id);
    }
    await call(core, 'cards.move', { id: ids[3]!, groupId: g, afterCardId: null });
    expect(await texts(core, session.id, g)).toEqual(['4', '1', '2', '3']);
    await call(core, 'cards.move', { id: ids[0]!, groupId: g, afterCardId: ids[2]! });
    expect(await texts(core, session.id, g)).toEqual(['4', '2', '3', '1']);
  });

  it('moves a card to the inbox and back', async () => {
    const core = await openTestCore();
    const { session, groups } = await lampungWorkshop(core);
    const card = await call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text: 'Belum jelas' });
    await call(core, 'cards.move', { id: card.id, groupId: null, afterCardId: null });
    expect(await texts(core, session.id, null)).toEqual(['Belum jelas']);
  });

  it('edits a card in place', async () => {
    const core = await openTestCore();
    const { session, groups } = await lampungWorkshop(core);
    const card = await call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text: 'Internet lambar' });
    const edited = await call(core, 'cards.update', { id: card.id, text: 'Internet lambat' });
    expect(edited.text).toBe('Internet lambat');
    expect(await texts(core, session.id, groups[0]!.id)).toEqual(['Internet lambat']);
  });

  it('deletes a card and brings it back in the same place (undo)', async () => {
    const core = await openTestCore();
    const { session, groups } = await lampungWorkshop(core);
    const g = groups[0]!.id;
    const ids: string[] = [];
    for (const text of ['1', '2', '3']) ids.push((await call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: g, text })).id);
    await call(core, 'cards.delete', { id: ids[1]! });
    expect(await texts(core, session.id, g)).toEqual(['1', '3']);
    await call(core, 'cards.restore', { id: ids[1]! });
    expect(await texts(core, session.id, g)).toEqual(['1', '2', '3']);
  });

  it('answers a retried create with the same card instead of a second copy', async () => {
    const core = await openTestCore();
    const { session, groups } = await lampungWorkshop(core);
    const input = { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text: 'Sekali saja' };
    const first = await call(core, 'cards.create', input);
    const again = await call(core, 'cards.create', input);
    expect(again).toEqual(first);
    expect(await texts(core, session.id, groups[0]!.id)).toEqual(['Sekali saja']);
  });

  it('announces each committed change with the saved card', async () => {
    const core = await openTestCore();
    const { session, groups } = await lampungWorkshop(core);
    core.events.length = 0;
    const card = await call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text: 'Baru' });
    await call(core, 'cards.move', { id: card.id, groupId: groups[1]!.id, afterCardId: null });
    expect(core.events.map((e) => e.type)).toEqual(['cards.saved', 'cards.saved']);
    const last = core.events.at(-1);
    expect(last?.type === 'cards.saved' && last.cards[0]?.groupId).toBe(groups[1]!.id);
  });
});

describe('bad input changes nothing', () => {
  async function setup() {
    const core = await openTestCore();
    const lampung = await lampungWorkshop(core);
    const card = await call(core, 'cards.create', { id: randomUUID(), sessionId: lampung.session.id, groupId: lampung.groups[0]!.id, text: 'Asli' });
    core.events.length = 0;
    const snapshot = async () => JSON.stringify(await call(core, 'sessions.board', { id: lampung.session.id }));
    return { core, ...lampung, card, before: await snapshot(), snapshot };
  }

  it.each([
    ['empty text', { text: '' }, 'required'],
    ['only spaces', { text: '    ' }, 'required'],
    ['more than 1,000 characters', { text: 'x'.repeat(1001) }, 'too_long'],
  ])('refuses a card with %s', async (_name, patch, problem) => {
    const { core, session, groups, before, snapshot } = await setup();
    const error = await failure(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, ...patch });
    expect(error.code).toBe('invalid_input');
    expect(error.details?.fields).toContainEqual(expect.objectContaining({ path: 'text', problem }));
    expect(await snapshot()).toBe(before);
    expect(core.events).toEqual([]);
  });

  it('accepts exactly 1,000 characters', async () => {
    const { core, session, groups } = await setup();
    const card = await call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text: 'x'.repeat(1000) });
    expect(card.text).toHaveLength(1000);
  });

  it('refuses wrong types, unknown fields and unknown methods', async () => {
    const { core, card, before, snapshot } = await setup();
    expect((await failure(core, 'cards.update', { id: card.id, text: 42 })).code).toBe('invalid_input');
    expect((await failure(core, 'cards.update', { id: card.id, text: 'ok', sneaky: true })).details?.fields).toContainEqual({ path: 'sneaky', problem: 'unknown_field' });
    expect((await failure(core, 'cards.move', { id: 'not-a-uuid', groupId: null, afterCardId: null })).code).toBe('invalid_input');
    expect((await failure(core, 'cards.drop_table', {})).code).toBe('unknown_method');
    expect((await failure(core, '__proto__', {})).code).toBe('unknown_method');
    expect((await failure(core, 'cards.update', null)).code).toBe('invalid_input');
    expect(await snapshot()).toBe(before);
  });

  it('refuses unknown ids', async () => {
    const { core, session, card, before, snapshot } = await setup();
    expect((await failure(core, 'cards.update', { id: randomUUID(), text: 'x' })).code).toBe('not_found');
    expect((await failure(core, 'cards.move', { id: card.id, groupId: randomUUID(), afterCardId: null })).code).toBe('not_found');
    expect((await failure(core, 'cards.create', { id: randomUUID(), sessionId: randomUUID(), groupId: null, text: 'x' })).code).toBe('not_found');
    expect((await failure(core, 'cards.move', { id: card.id, groupId: null, afterCardId: randomUUID() })).code).toBe('conflict');
    expect((await failure(core, 'cards.restore', { id: card.id })).code).toBe('not_found');
    expect(await snapshot()).toBe(before);
    expect(session.id).toBeTruthy();
  });

  it('refuses to move a card into a group of another workshop', async () => {
    const { core, card, before, snapshot } = await setup();
    const other = await call(core, 'workshops.create', { title: 'PLM Sulawesi Selatan', startDate: '2019-10-15', endDate: '2019-10-16' });
    const bone = await call(core, 'groups.create', { workshopId: other.workshop.id, name: 'Bone' });
    const error = await failure(core, 'cards.move', { id: card.id, groupId: bone.id, afterCardId: null });
    expect(error.code).toBe('cross_workshop');
    expect(await snapshot()).toBe(before);
  });

  it('refuses a card id that is already taken by another card', async () => {
    const { core, session, card, before, snapshot } = await setup();
    const error = await failure(core, 'cards.create', { id: card.id, sessionId: session.id, groupId: null, text: 'Lain' });
    expect(error.code).toBe('conflict');
    expect(await snapshot()).toBe(before);
  });
});
