import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, failure, lampungWorkshop, openTestCore } from '../helpers/core.ts';

describe('many cards in one change', () => {
  it('pastes thirty lines as thirty cards in one transaction and one event, last on the board', async () => {
    const core = await openTestCore();
    const { session, groups } = await lampungWorkshop(core);
    await call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[1]!.id, text: 'Sudah ada' });
    const lines = Array.from({ length: 30 }, (_, i) => ({ id: randomUUID(), text: `Baris ${i + 1}` }));
    const before = core.events.length;
    const cards = await call(core, 'cards.createMany', { sessionId: session.id, groupId: groups[0]!.id, kind: 'solution', cards: lines });
    expect(cards.map((c) => c.text)).toEqual(lines.map((l) => l.text));
    expect(cards.every((c) => c.kind === 'solution' && c.groupId === groups[0]!.id)).toBe(true);
    expect(core.events.slice(before).map((e) => e.type)).toEqual(['cards.saved']);
    const board = await call(core, 'sessions.board', { id: session.id });
    expect(board.cards.map((c) => c.text)).toEqual(['Sudah ada', ...lines.map((l) => l.text)]);
  });

  it('refuses the whole paste when one line is too long, and writes none of it', async () => {
    const core = await openTestCore();
    const { session, groups } = await lampungWorkshop(core);
    const error = await failure(core, 'cards.createMany', {
      sessionId: session.id,
      groupId: groups[0]!.id,
      cards: [{ id: randomUUID(), text: 'Baik' }, { id: randomUUID(), text: 'x'.repeat(1001) }],
    });
    expect(error.code).toBe('invalid_input');
    expect((await call(core, 'sessions.board', { id: session.id })).cards).toEqual([]);
  });

  it('answers a retried paste with the cards it already made', async () => {
    const core = await openTestCore();
    const { session, groups } = await lampungWorkshop(core);
    const input = { sessionId: session.id, groupId: groups[0]!.id, cards: [{ id: randomUUID(), text: 'Satu' }, { id: randomUUID(), text: 'Dua' }] };
    const first = await call(core, 'cards.createMany', input);
    expect(await call(core, 'cards.createMany', input)).toEqual(first);
    expect((await call(core, 'sessions.board', { id: session.id })).cards).toHaveLength(2);
  });

  it('deletes a selection in one change and brings it back in place', async () => {
    const core = await openTestCore();
    const { session, groups } = await lampungWorkshop(core);
    const cards = await call(core, 'cards.createMany', { sessionId: session.id, groupId: groups[0]!.id, cards: ['A', 'B', 'C'].map((text) => ({ id: randomUUID(), text })) });
    const before = core.events.length;
    const deleted = await call(core, 'cards.deleteMany', { ids: [cards[0]!.id, cards[2]!.id] });
    expect(deleted.every((c) => c.deletedAt !== null)).toBe(true);
    expect(core.events.slice(before).map((e) => e.type)).toEqual(['cards.saved']);
    expect((await call(core, 'sessions.board', { id: session.id })).cards.map((c) => c.text)).toEqual(['B']);
    await call(core, 'cards.restoreMany', { ids: [cards[0]!.id, cards[2]!.id] });
    expect((await call(core, 'sessions.board', { id: session.id })).cards.map((c) => c.text)).toEqual(['A', 'B', 'C']);
  });

  it('deletes none of a selection when one card is already gone', async () => {
    const core = await openTestCore();
    const { session, groups } = await lampungWorkshop(core);
    const cards = await call(core, 'cards.createMany', { sessionId: session.id, groupId: groups[0]!.id, cards: ['A', 'B'].map((text) => ({ id: randomUUID(), text })) });
    await call(core, 'cards.delete', { id: cards[1]!.id });
    expect((await failure(core, 'cards.deleteMany', { ids: cards.map((c) => c.id) })).code).toBe('not_found');
    expect((await call(core, 'sessions.board', { id: session.id })).cards.map((c) => c.text)).toEqual(['A']);
  });
});

describe('revisions', () => {
  it('counts every saved change of a card, so a window can tell the newer snapshot', async () => {
    const core = await openTestCore();
    const { session, groups } = await lampungWorkshop(core);
    const card = await call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text: 'Internet lambat' });
    expect(card.revision).toBe(1);
    const moved = await call(core, 'cards.move', { id: card.id, groupId: groups[1]!.id, afterCardId: null });
    const edited = await call(core, 'cards.update', { id: card.id, text: 'Internet sangat lambat' });
    expect([moved.revision, edited.revision]).toEqual([2, 3]);
    expect((await call(core, 'groups.update', { id: groups[0]!.id, name: 'Lampung Tengah Raya' })).revision).toBe(2);
  });
});
