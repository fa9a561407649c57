import { z } from 'zod';
import type { Card } from '../model.ts';
import { byId, cardKind, cardText, id, strategyTag } from '../schemas.ts';
import { method } from './method.ts';

/** Where a card goes: a group (or `null` for the inbox), right after `afterCardId` (or first). */
const placement = {
  groupId: id.nullable(),
  afterCardId: id.nullable(),
};

export const cardMethods = {
  'cards.create': method<Card>()(
    z.strictObject({
      /** Made by the caller, so an optimistic card keeps its id and a retried call is harmless. */
      id,
      sessionId: id,
      groupId: placement.groupId,
      /** Omitted: the card goes to the end of the group. */
      afterCardId: placement.afterCardId.optional(),
      kind: cardKind.default('challenge'),
      text: cardText,
      tag: strategyTag.nullable().optional(),
    }),
  ),
  'cards.update': method<Card>()(
    z.strictObject({ id, text: cardText.optional(), kind: cardKind.optional(), tag: strategyTag.nullable().optional() }),
  ),
  'cards.move': method<Card>()(z.strictObject({ id, ...placement })),
  'cards.delete': method<Card>()(byId),
  'cards.restore': method<Card>()(byId),
};
