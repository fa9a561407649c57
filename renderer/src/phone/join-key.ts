import type { PhoneInput } from '#shared/methods/phone.ts';

export type JoinKey = PhoneInput<'phone.welcome'>['key'];

/**
 * The code and secret a scanned QR code put after `#` (never sent to the server in the
 * address itself). Read once, then taken out of the address bar so it is not bookmarked.
 */
export function takeKeyFromAddress(): JoinKey | null {
  const match = /^#([A-Za-z0-9]{6})\.([A-Za-z0-9_-]{16,64})$/.exec(window.location.hash);
  if (!match) return null;
  window.history.replaceState(null, '', window.location.pathname);
  return { code: match[1]!, secret: match[2]! };
}
