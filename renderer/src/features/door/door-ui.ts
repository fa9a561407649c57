import { create } from 'zustand';

/** Whether the door's panel shows on this board (it opens by itself when the door opens). */
export const useDoorPanel = create<{ shown: boolean }>(() => ({ shown: false }));

export function showDoorPanel(shown: boolean) {
  useDoorPanel.setState({ shown });
}
