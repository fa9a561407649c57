// @vitest-environment happy-dom
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PhoneDoor } from '../../../electron/core/door/listener.ts';
import { createDoorListener } from '../../../electron/host/door/listener.ts';
import { closeDoor, loadDoor, openDoor, revealPhoneCards, setShowAtOnce } from '../../../renderer/src/state/door-actions.ts';
import { getState } from '../../../renderer/src/state/store.ts';
import { call } from '../helpers/core.ts';
import { joinPhone, keyOf, phonePageDir } from '../helpers/door.ts';
import { noticeTexts, openBoardHarness } from './harness.ts';

async function boardWithDoor() {
  let phones: PhoneDoor | undefined;
  const listener = createDoorListener({ pageDir: phonePageDir(), fixedAddress: '127.0.0.1:0' });
  const harness = await openBoardHarness(undefined, {
    door: {
      listener: (door) => {
        phones = door;
        return listener(door);
      },
    },
  });
  return { ...harness, phones: phones! };
}

describe('the door from the board', () => {
  it('opens the door for this board and keeps its status and phone counts from the core’s events', async () => {
    const { session, groups, phones } = await boardWithDoor();
    await loadDoor();
    expect(getState().door).toMatchObject({ open: false });
    expect(await openDoor({ sessionId: session.id })).toBe(true);
    const door = getState().door!;
    expect(door).toMatchObject({ open: true, sessionId: session.id });
    await joinPhone(phones, keyOf(door.joinUrl), { name: 'Pak Joko', groupId: groups[1]!.id });
    await expect.poll(() => getState().door?.connected).toEqual([{ groupId: groups[1]!.id, phones: 1 }]);
    expect(await closeDoor()).toBe(true);
    expect(getState().door).toMatchObject({ open: false, closedBy: 'facilitator' });
  });

  it('receives a phone’s card hidden, and shows it when its group is revealed', async () => {
    const { session, groups, phones } = await boardWithDoor();
    await openDoor({ sessionId: session.id });
    const pak = await joinPhone(phones, keyOf(getState().door!.joinUrl), { name: 'Pak Joko', groupId: groups[0]!.id });
    const id = randomUUID();
    await pak.call('phone.cards.create', { id, text: 'Buku anak sedikit', kind: 'challenge', customKindId: null });
    await expect.poll(() => getState().cards[id]).toMatchObject({ hidden: true, deviceId: pak.device.id, author: 'Pak Joko' });
    await revealPhoneCards(session.id, groups[0]!.id);
    expect(getState().cards[id]?.hidden).toBe(false);
  });

  it('keeps the phones’ dots with the board’s votes', async () => {
    const { core, session, groups, phones } = await boardWithDoor();
    const card = await call(core, 'cards.create', { id: randomUUID(), sessionId: session.id, groupId: groups[0]!.id, text: 'Internet lambat' });
    const round = await call(core, 'votes.open', { id: randomUUID(), sessionId: session.id, budget: 2, budgetScope: 'participant', cardKind: null });
    await openDoor({ sessionId: session.id });
    await setShowAtOnce(true);
    const pak = await joinPhone(phones, keyOf(getState().door!.joinUrl), { name: 'Pak Joko', groupId: groups[0]!.id });
    await pak.call('phone.vote', { roundId: round.id, cardId: card.id, dots: 2 });
    await expect.poll(() => Object.values(getState().phoneVotes)).toEqual([{ roundId: round.id, cardId: card.id, dots: 2 }]);
  });

  it('says in Indonesian why the door cannot open on a locked board', async () => {
    const { core, session } = await boardWithDoor();
    await call(core, 'sessions.lock', { id: session.id });
    expect(await openDoor({ sessionId: session.id })).toBe(false);
    expect(noticeTexts()).toEqual(['Papan ini dikunci. Buka kuncinya dulu untuk mengubah.']);
  });
});
