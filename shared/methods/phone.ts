import { z } from 'zod';
import { JOIN_CODE_LENGTH, type PhoneCard, type PhoneState, type PhoneWelcome } from '../phone.ts';
import { cardKind, cardText, empty, id, NAME_MAX, text, VOTE_BUDGET_MAX } from '../schemas.ts';
import { method, type MethodSpec } from './method.ts';

/** The join code someone typed (any case, spaces ignored), with the door's secret when they scanned the QR code. */
export const joinKey = z.strictObject({
  code: z
    .string()
    .transform((c) => c.replace(/\s+/g, '').toUpperCase())
    .pipe(z.string().length(JOIN_CODE_LENGTH)),
  secret: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/).optional(),
});

/**
 * The participants' door: the only methods a phone can call. They are not part of the
 * facilitator's contract (`shared/api.ts`), and the door refuses everything else.
 */
export const phoneMethods = {
  'phone.welcome': method<PhoneWelcome>()(z.strictObject({ key: joinKey })),
  /** Joins with a roster name (`participantId`) or a typed one; the door then sets the device cookie. */
  'phone.join': method<PhoneState>()(
    z.strictObject({ key: joinKey, participantId: id.nullable(), name: text(NAME_MAX).nullable(), groupId: id.nullable() }),
  ),
  'phone.state': method<PhoneState>()(empty),
  'phone.cards.create': method<PhoneCard>()(
    z.strictObject({ id, text: cardText, kind: cardKind, customKindId: id.nullable() }),
  ),
  'phone.cards.update': method<PhoneCard>()(z.strictObject({ id, text: cardText })),
  'phone.cards.delete': method<PhoneCard>()(z.strictObject({ id })),
  /** This phone's dots on one card of the open vote. */
  'phone.vote': method<Record<string, number>>()(z.strictObject({ roundId: id, cardId: id, dots: z.number().int().min(0).max(VOTE_BUDGET_MAX) })),
};

export type PhoneMethods = typeof phoneMethods;
export type PhoneMethodName = keyof PhoneMethods;
export type PhoneInput<M extends PhoneMethodName> = z.input<PhoneMethods[M]['input']>;
export type PhoneResult<M extends PhoneMethodName> = PhoneMethods[M] extends MethodSpec<z.ZodType, infer R> ? R : never;
/** Joining needs no device yet; every other method needs the device cookie. */
export const METHODS_BEFORE_JOINING: readonly PhoneMethodName[] = ['phone.welcome', 'phone.join'];

export function isPhoneMethod(name: unknown): name is PhoneMethodName {
  return typeof name === 'string' && Object.hasOwn(phoneMethods, name);
}
