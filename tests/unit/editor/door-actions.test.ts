// @vitest-environment happy-dom
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PhoneDoor } from '../../../electron/core/door/listener.ts';
import { createDoorListener } from '../../../electron/host/door/listener.ts';
import { closeDoor, loadDoor, openDoor, revealPhoneCards, setShowAtOnce } from '../../../renderer/src/editor/actions/door.ts';
import { getState } from '../../../renderer/src/editor/store.ts';
import { call } from '../helpers/core.ts';
import { joinPhone, keyOf, phonePageDir } from '../helpers/door.ts';
import { openTestEditor } from './test-editor.ts';

async function boardWithDoor() {
  let phones: PhoneDoor | undefined;
  const listener = createDoorListener({ pageDir: phonePageDir(), fixedAddress: '127.0.0.1:0' });
  const t = await openTestEditor(undefined, {
    door: {
      listener: (door) => {
        phones = door;
        return listener(door);
      },
    },
  });
  return { t, phones: phones! };
}

describe('the door from the board', () => {
  it('opens the door for this board and keeps its status and phone counts from the core’s events', async () => {
    const { t, phones } = await boardWithDoor();
    await loadDoor();
    expect(getState().door).toMatchObject({ open: false });
    expect(await openDoor({ sessionId: t.session.id })).toBe(true);
    const door = getState().door!;
    expect(door).toMatchObject({ open: true, sessionId: t.session.id });
    await joinPhone(phones, keyOf(door.joinUrl), { name: 'Pak Joko', groupId: t.groups[1]!.id });
    await expect.poll(() => getState().door?.connected).toEqual([{ groupId: t.groups[1]!.id, phones: 1 }]);
    expect(await closeDoor()).toBe(true);
    expect(getState().door).toMatchObject({ open: false, closedBy: 'facilitator' });
  });

  it('receives a phone’s card hidden, leaves it off the projector, and shows it when its group is revealed', async () => {
    const { t, phones } = await boardWithDoor();
    await openDoor({ sessionId: t.session.id });
    const pak = await joinPhone(phones, keyOf(getState().door!.joinUrl), { name: 'Pak Joko', groupId: t.groups[0]!.id });
    const id = randomUUID();
    await pak.call('phone.cards.create', { id, text: 'Buku anak sedikit', kind: 'challenge', customKindId: null });
    await expect.poll(() => t.editor.cards.get(id)).toMatchObject({ hidden: true, deviceId: pak.device.id, author: 'Pak Joko' });
    // The column header's count of waiting phone cards, per group.
    expect(t.editor.waitingPhoneCards(t.groups[0]!.id)).toBe(1);
    expect(t.editor.waitingPhoneCards(t.groups[1]!.id)).toBe(0);
    const cellHas = () => Object.values(t.editor.view()!.cells).some((cell) => cell.items.includes(id));
    expect(cellHas()).toBe(true);
    t.editor.setUi((ui) => ({ projector: { ...ui.projector, on: true } }));
    expect(cellHas()).toBe(false);
    await revealPhoneCards(t.editor, t.groups[0]!.id);
    expect(t.editor.cards.get(id)?.hidden).toBe(false);
    expect(t.editor.waitingPhoneCards(t.groups[0]!.id)).toBe(0);
    expect(cellHas()).toBe(true);
  });

  it('keeps the phones’ dots with the board, from its load and from events', async () => {
    const { t, phones } = await boardWithDoor();
    const card = await call(t.core, 'cards.create', { id: randomUUID(), sessionId: t.session.id, groupId: t.groups[0]!.id, text: 'Internet lambat' });
    const round = await call(t.core, 'votes.open', { id: randomUUID(), sessionId: t.session.id, budget: 2, budgetScope: 'participant', cardKind: null });
    await openDoor({ sessionId: t.session.id });
    await setShowAtOnce(true);
    const pak = await joinPhone(phones, keyOf(getState().door!.joinUrl), { name: 'Pak Joko', groupId: t.groups[0]!.id });
    await pak.call('phone.vote', { roundId: round.id, cardId: card.id, dots: 2 });
    await expect.poll(() => Object.values(t.editor.state.phoneVotes)).toEqual([{ roundId: round.id, cardId: card.id, dots: 2 }]);
    t.editor.store.setState({ phoneVotes: {} });
    await t.editor.load();
    expect(Object.values(t.editor.state.phoneVotes)).toEqual([{ roundId: round.id, cardId: card.id, dots: 2 }]);
  });

  it('says in Indonesian why the door cannot open on a locked board', async () => {
    const { t } = await boardWithDoor();
    await call(t.core, 'sessions.lock', { id: t.session.id });
    expect(await openDoor({ sessionId: t.session.id })).toBe(false);
    expect(t.notices()).toEqual(['Papan ini dikunci. Buka kuncinya dulu untuk mengubah.']);
  });
});
