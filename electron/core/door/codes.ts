import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '#shared/phone.ts';

/** The 6 characters shown on the projector, from an alphabet that cannot be misread. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** The door's secret in the QR code (128 bits): scanning proves more than typing six characters. */
export function newDoorSecret(): string {
  return randomBytes(16).toString('base64url');
}

/** A device's secret, kept only in its HttpOnly cookie; the database keeps its hash. */
export function newDeviceSecret(): string {
  return randomBytes(24).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Compares in constant time, so the answer's timing tells nothing about how much was right. */
export function sameText(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
