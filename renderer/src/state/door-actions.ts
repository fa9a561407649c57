import type { MethodInput } from '#shared/api.ts';
import type { NetworkAddress } from '#shared/model.ts';
import { call } from '../api/client.ts';
import { notifyError } from './notices.ts';
import { setState, upsertCards } from './store.ts';

/**
 * The participants' door from the board: open it for this board, close it, a new code, and what
 * the room sees of the phones' cards. Not undoable: these steer the room, they change no content
 * (showing cards can be followed by moving or deleting them like any card).
 */

export async function loadDoor(): Promise<void> {
  try {
    setState({ door: await call('door.status', {}) });
  } catch (error) {
    notifyError(error);
  }
}

export async function loadNetworks(): Promise<NetworkAddress[]> {
  try {
    return await call('door.networks', {});
  } catch (error) {
    notifyError(error);
    return [];
  }
}

export async function openDoor(input: MethodInput<'door.open'>): Promise<boolean> {
  return steer(() => call('door.open', input));
}

export async function closeDoor(): Promise<boolean> {
  return steer(() => call('door.close', {}));
}

export async function rotateDoorCode(): Promise<boolean> {
  return steer(() => call('door.rotateCode', {}));
}

export async function setShowAtOnce(showAtOnce: boolean): Promise<boolean> {
  return steer(() => call('door.showAtOnce', { showAtOnce }));
}

/** Puts a group's waiting phone cards on the board (`null`: the inbox's). */
export async function revealPhoneCards(sessionId: string, groupId: string | null): Promise<void> {
  try {
    upsertCards(await call('door.reveal', { sessionId, groupId }));
  } catch (error) {
    notifyError(error);
  }
}

async function steer(change: () => ReturnType<typeof call<'door.status'>>): Promise<boolean> {
  try {
    setState({ door: await change() });
    return true;
  } catch (error) {
    notifyError(error);
    return false;
  }
}
