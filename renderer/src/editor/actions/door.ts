import type { MethodInput } from '#shared/api.ts';
import type { DoorStatus, NetworkAddress } from '#shared/model.ts';
import { ask } from '../ask.ts';
import type { BoardEditor } from '../board/board-editor.ts';
import { acceptDoor } from '../store.ts';

/**
 * The participants' door from a board: open it, close it, a new code, and what the room sees
 * of the phones' cards. Not undoable, like an export: these steer the room and change no card's
 * content (a card shown can then be moved, merged or deleted like any other).
 */

export async function loadDoor(): Promise<void> {
  await steer(ask('door.status', {}));
}

export async function loadNetworks(): Promise<NetworkAddress[]> {
  return (await ask('door.networks', {})) ?? [];
}

export function openDoor(input: MethodInput<'door.open'>): Promise<boolean> {
  return steer(ask('door.open', input));
}

export function closeDoor(): Promise<boolean> {
  return steer(ask('door.close', {}));
}

export function rotateDoorCode(): Promise<boolean> {
  return steer(ask('door.rotateCode', {}));
}

export function setShowAtOnce(showAtOnce: boolean): Promise<boolean> {
  return steer(ask('door.showAtOnce', { showAtOnce }));
}

/** Puts a group's waiting phone cards on the board (`null`: the inbox's). */
export async function revealPhoneCards(editor: BoardEditor, groupId: string | null): Promise<void> {
  const cards = await ask('door.reveal', { sessionId: editor.sessionId, groupId });
  if (cards) editor.cards.accept(cards);
}

async function steer(answer: Promise<DoorStatus | undefined>): Promise<boolean> {
  const door = await answer;
  if (door) acceptDoor(door);
  return door !== undefined;
}
