import { useEffect } from 'react';
import type { DoorStatus } from '#shared/model.ts';
import { loadDoor } from '../../editor/actions/door.ts';
import { useStore } from '../../editor/store.ts';

/** The door's status (read once, then kept by the core's events). */
export function useDoor(): DoorStatus | null {
  const door = useStore((s) => s.door);
  const known = door !== null;
  useEffect(() => {
    if (!known) void loadDoor();
  }, [known]);
  return door;
}

/** Phones connected to the door of this board: all, or of one group (`null`: without a group). */
export function connectedPhones(door: DoorStatus | null, sessionId: string, groupId?: string | null): number {
  if (!door?.open || door.sessionId !== sessionId) return 0;
  return door.connected.filter((c) => groupId === undefined || c.groupId === groupId).reduce((sum, c) => sum + c.phones, 0);
}
