import type { DoorCloser } from '#shared/model.ts';
import type { PhoneState, PhoneWelcome } from '#shared/phone.ts';
import { isRefusal, phoneCall } from './api.ts';
import { problemText } from './errors.ts';
import { followMeetingLanguage } from './i18n.ts';
import type { JoinKey } from './join-key.ts';
import { clockOffset } from './useRemaining.ts';

export type Screen =
  | { name: 'code'; problem: string | null }
  | { name: 'who'; key: JoinKey; welcome: PhoneWelcome; problem: string | null }
  | { name: 'board'; state: PhoneState; offset: number }
  | { name: 'closed'; by: DoorCloser | null };

export function boardScreen(state: PhoneState): Screen {
  return { name: 'board', state, offset: clockOffset(state.session.sentAt) };
}

/** Already joined (the device cookie)? Then the board; otherwise who is joining with the QR code's key, or the code to type. */
export async function firstScreen(scannedKey: JoinKey | null): Promise<Screen> {
  try {
    return boardScreen(await phoneCall('phone.state', {}));
  } catch (error) {
    if (isClosed(error)) return { name: 'closed', by: null };
    if (isRefusal(error, 'unauthorized') && scannedKey) return welcomeScreen(scannedKey);
    const joinedBefore = !(isRefusal(error, 'unauthorized'));
    return { name: 'code', problem: joinedBefore ? problemText(error) : null };
  }
}

/**
 * The board as the door has it now, for a phone already on it; null keeps what it shows. Only the
 * door's own answers change the screen (closed, or this phone no longer let in): no answer at all
 * (the Wi-Fi still down) keeps the board in view.
 */
export async function boardNow(): Promise<Screen | null> {
  try {
    return boardScreen(await phoneCall('phone.state', {}));
  } catch (error) {
    if (isClosed(error)) return { name: 'closed', by: null };
    if (isRefusal(error, 'unauthorized')) return { name: 'code', problem: problemText(error) };
    return null;
  }
}

/** With a join key: the meeting's roster to pick one's name from. */
export async function welcomeScreen(key: JoinKey): Promise<Screen> {
  try {
    return { name: 'who', key, welcome: await phoneCall('phone.welcome', { key }), problem: null };
  } catch (error) {
    if (isClosed(error)) return { name: 'closed', by: null };
    return { name: 'code', problem: problemText(error) };
  }
}

/** The page speaks the meeting's language until the person picks one. */
export function followLanguageOf(screen: Screen) {
  if (screen.name === 'board') followMeetingLanguage(screen.state.language);
  if (screen.name === 'who') followMeetingLanguage(screen.welcome.language);
}

export function isClosed(error: unknown): boolean {
  return isRefusal(error, 'door_closed');
}
