import { z } from 'zod';
import type { Card } from '../model.ts';
import { BATCH_MAX, byId, cardKind, cardText, id, optionalField, orderKey, strategyTag } from '../schemas.ts';
import { method } from './method.ts';

/**
 * Where a card goes. Only the dimensions given change (a group, a kind); the card lands right
 * after `afterCardId` (or first) among the cards that share every given dimension, so the same
 * move works whether the board shows columns per group, a group × kind grid, or columns per kind.
 */
const placement = {
  /** A group, or `null` for the inbox; omitted: the card stays in its group. */
  groupId: id.nullable().optional(),
  kind: cardKind.optional(),
  /** A kind of this board's own (blank boards); implies kind `note`. */
  customKindId: id.nullable().optional(),
  afterCardId: id.nullable(),
};

const cardIds = z.strictObject({ ids: z.array(id).min(1).max(BATCH_MAX) });

/** The fields a facilitator can fill in on a card besides its text. */
const details = {
  tag: strategyTag.nullable().optional(),
  author: optionalField.optional(),
  who: optionalField.optional(),
  byWhen: optionalField.optional(),
  indicator: optionalField.optional(),
};

export const cardMethods = {
  'cards.create': method<Card>()(
    z.strictObject({
      /** Made by the caller, so an optimistic card keeps its id and a retried call is harmless. */
      id,
      sessionId: id,
      groupId: id.nullable(),
      /** Omitted: the card goes to the end of the group. */
      afterCardId: id.nullable().optional(),
      kind: cardKind.default('challenge'),
      customKindId: id.nullable().optional(),
      text: cardText,
      ...details,
    }),
  ),
  'cards.update': method<Card>()(
    z.strictObject({ id, text: cardText.optional(), kind: cardKind.optional(), customKindId: id.nullable().optional(), ...details }),
  ),
  'cards.move': method<Card>()(z.strictObject({ id, ...placement })),
  /** Several selected cards at once, kept in the given order, right after one another. */
  'cards.moveMany': method<Card[]>()(z.strictObject({ ids: z.array(id).min(1).max(BATCH_MAX), ...placement })),
  /**
   * Puts cards back exactly where they were (group, kind, order key, cluster): how an undo of
   * a move or a merge restores the board.
   */
  'cards.arrange': method<Card[]>()(
    z.strictObject({
      cards: z
        .array(
          z.strictObject({
            id,
            groupId: id.nullable(),
            kind: cardKind,
            customKindId: id.nullable(),
            position: orderKey,
            clusterId: id.nullable(),
          }),
        )
        .min(1)
        .max(BATCH_MAX),
    }),
  ),
  'cards.delete': method<Card>()(byId),
  'cards.restore': method<Card>()(byId),
  /** Lines pasted at once: one card per line, all in one column, saved (or refused) together. */
  'cards.createMany': method<Card[]>()(
    z.strictObject({
      sessionId: id,
      groupId: id.nullable(),
      kind: cardKind.default('challenge'),
      customKindId: id.nullable().optional(),
      tag: strategyTag.nullable().optional(),
      cards: z.array(z.strictObject({ id, text: cardText })).min(1).max(BATCH_MAX),
    }),
  ),
  /** A selection deleted at once (and its undo), in one change. */
  'cards.deleteMany': method<Card[]>()(cardIds),
  'cards.restoreMany': method<Card[]>()(cardIds),
};
