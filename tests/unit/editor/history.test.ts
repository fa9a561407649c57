// @vitest-environment happy-dom
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../../renderer/src/editor/events.ts';
import { useHistory } from '../../../renderer/src/editor/history.ts';
import { getState } from '../../../renderer/src/editor/store.ts';
import { i18next } from '../../../renderer/src/i18n/index.ts';
import { call } from '../helpers/core.ts';
import { openTestEditor } from './test-editor.ts';

describe('one history, recorded when a change starts', () => {
  it('undoes a move pressed while the move is still saving, once it has saved', async () => {
    const t = await openTestEditor();
    await t.type(0, ['Internet lambat']);
    const moving = t.run('moveCards', { ids: [t.card('Internet lambat').id], to: { groupId: t.groups[1]!.id, afterCardId: null } });
    expect(useHistory.getState().past.map((s) => s.label)).toEqual(['create', 'move']);
    await t.press('Ctrl+Z');
    await moving;
    expect(await t.saved(0)).toEqual(['Internet lambat']);
    expect(t.shown(0)).toEqual(['Internet lambat']);
    expect(t.notices()).toContain('Dibatalkan: memindah kartu');
  });

  it('leaves a refused change off the history, so Ctrl+Z undoes the one before', async () => {
    const t = await openTestEditor();
    await t.type(0, ['Satu']);
    await t.run('addCard', { column: t.column(0), text: 'x'.repeat(1001) });
    expect(useHistory.getState().past.map((s) => s.label)).toEqual(['create']);
    await t.press('Ctrl+Z');
    expect(await t.saved(0)).toEqual([]);
    await t.press('Ctrl+Z');
    expect(t.notices()).toContain('Tidak ada yang bisa diurungkan');
  });

  it('never lets an older snapshot arriving late move a card back', async () => {
    const t = await openTestEditor();
    await t.type(0, ['Internet lambat']);
    const first = (await call(t.core, 'cards.move', { id: t.card('Internet lambat').id, groupId: t.groups[1]!.id, afterCardId: null })) as { revision: number };
    await t.run('moveCards', { ids: [t.card('Internet lambat').id], to: { groupId: t.groups[2]!.id, afterCardId: null } });
    applyEvent({ type: 'cards.saved', sessionId: t.session.id, cards: [first as never] });
    expect(t.shown(2)).toEqual(['Internet lambat']);
    expect(t.card('Internet lambat').revision).toBe(3);
  });

  it('shows what another window does without a reload: cards, merges, links, votes, the timer, the lock', async () => {
    const t = await openTestEditor();
    const add = (text: string, kind: 'challenge' | 'solution') => call(t.core, 'cards.create', { id: randomUUID(), sessionId: t.session.id, groupId: t.groups[0]!.id, text, kind });
    const a = await add('Internet lambat', 'challenge');
    const b = await add('Sinyal lemah', 'challenge');
    const s = await add('Modem bersama', 'solution');
    const { cluster } = await call(t.core, 'clusters.create', { id: randomUUID(), sessionId: t.session.id, title: 'Jaringan', cardIds: [a.id, b.id] });
    const link = await call(t.core, 'links.create', { id: randomUUID(), fromCardId: s.id, toCardId: a.id });
    const round = await call(t.core, 'votes.open', { id: randomUUID(), sessionId: t.session.id, budget: 3, budgetScope: 'group' });
    await call(t.core, 'votes.set', { roundId: round.id, cardId: a.id, groupId: t.groups[1]!.id, dots: 2 });
    await call(t.core, 'timer.start', { sessionId: t.session.id });
    await call(t.core, 'sessions.lock', { id: t.session.id });

    expect(t.shown(0)).toEqual(['Internet lambat', 'Sinyal lemah', 'Modem bersama']);
    expect(t.editor.clusters.get(cluster.id)?.title).toBe('Jaringan');
    expect(t.card('Sinyal lemah').clusterId).toBe(cluster.id);
    expect(t.editor.links.get(link.id)?.toCardId).toBe(a.id);
    expect(t.editor.openRound()?.id).toBe(round.id);
    expect(t.editor.votes.all()).toEqual([{ roundId: round.id, cardId: a.id, groupId: t.groups[1]!.id, dots: 2, revision: 1 }]);
    expect(getState().sessions[t.session.id]?.timer.endsAt).not.toBeNull();
    expect(t.editor.locked()).toBe(true);
  });

  it('switches the language through the core, and every window follows the core’s event', async () => {
    const t = await openTestEditor();
    await t.run('switchLanguage');
    expect(i18next.language).toBe('en');
    expect(getState().settings?.language).toBe('en');
    // Another window switches back: this one follows.
    await call(t.core, 'settings.update', { language: 'id' });
    expect(i18next.language).toBe('id');
    expect(useHistory.getState().past).toEqual([]);
  });
});
