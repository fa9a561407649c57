import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { call, failure, lampungWorkshop, openTestCore } from '../helpers/core.ts';

describe('the own kinds (columns) of a blank board', () => {
  it('makes "Harapan" and "Kekhawatiran" columns and puts cards in them', async () => {
    const core = await openTestCore();
    const { workshop } = await lampungWorkshop(core);
    const blank = await call(core, 'sessions.create', { workshopId: workshop.id, day: 1, title: 'Harapan & kekhawatiran', template: 'blank' });
    const hope = await call(core, 'kinds.create', { id: randomUUID(), sessionId: blank.id, label: 'Harapan', color: 'green', icon: 'heart' });
    const fear = await call(core, 'kinds.create', { id: randomUUID(), sessionId: blank.id, label: 'Kekhawatiran', color: 'orange', icon: 'alert' });
    const card = await call(core, 'cards.create', { id: randomUUID(), sessionId: blank.id, groupId: null, text: 'Dapat teman baru', customKindId: hope.id, kind: 'challenge' });
    expect(card).toMatchObject({ kind: 'note', customKindId: hope.id });
    const moved = await call(core, 'cards.move', { id: card.id, customKindId: fear.id, afterCardId: null });
    expect(moved.customKindId).toBe(fear.id);
    expect((await call(core, 'sessions.board', { id: blank.id })).customKinds.map((k) => k.label)).toEqual(['Harapan', 'Kekhawatiran']);
  });

  it('removing a kind sends its cards to the "no kind" column; restoring it brings the kind back', async () => {
    const core = await openTestCore();
    const { session } = await lampungWorkshop(core);
    const kind = await call(core, 'kinds.create', { id: randomUUID(), sessionId: session.id, label: 'Pertanyaan', color: 'cyan', icon: 'question' });
    const renamed = await call(core, 'kinds.update', { id: kind.id, label: 'Pertanyaan terbuka', icon: 'chat' });
    expect(renamed).toMatchObject({ label: 'Pertanyaan terbuka', icon: 'chat', color: 'cyan' });
    const card = await call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: null, text: 'Kapan buka?', customKindId: kind.id });
    await call(core, 'kinds.delete', { id: kind.id });
    const board = await call(core, 'sessions.board', { id: session.id });
    expect(board.customKinds).toEqual([]);
    expect(board.cards.find((c) => c.id === card.id)?.customKindId).toBeNull();
    expect((await call(core, 'kinds.restore', { id: kind.id })).deletedAt).toBeNull();
  });

  it('refuses an icon or colour that does not exist, and a kind of another board', async () => {
    const core = await openTestCore();
    const { workshop, session } = await lampungWorkshop(core);
    expect((await failure(core, 'kinds.create', { id: randomUUID(), sessionId: session.id, label: 'X', color: 'chartreuse', icon: 'heart' })).code).toBe('invalid_input');
    expect((await failure(core, 'kinds.create', { id: randomUUID(), sessionId: session.id, label: 'X', color: 'green', icon: 'skull' })).code).toBe('invalid_input');
    const other = await call(core, 'sessions.create', { workshopId: workshop.id, day: 2, template: 'blank' });
    const kind = await call(core, 'kinds.create', { id: randomUUID(), sessionId: other.id, label: 'Lain', color: 'green', icon: 'flag' });
    expect((await failure(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: null, text: 'x', customKindId: kind.id })).code).toBe('cross_workshop');
    expect((await call(core, 'sessions.board', { id: session.id })).cards).toEqual([]);
  });
});
