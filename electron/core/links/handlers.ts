import type { linkMethods } from '#shared/methods/links.ts';
import { AppError } from '#shared/errors.ts';
import { canLink, linkPartners } from '#shared/board/links.ts';
import type { CardKind, Link } from '#shared/model.ts';
import { write, type CoreContext, type Trx } from '../context.ts';
import type { LinkRow } from '../db/schema.ts';
import type { HandlerMap } from '../handler-types.ts';
import { assertBoardOpen, loadCard } from '../cards/board-access.ts';
import { toCard } from '../cards/rows.ts';
import { toLink } from './rows.ts';

/**
 * Links belong to the card that answers (a solution, a plan): only that card's board must be
 * open, so a plan on day 2 can still answer a solution on the locked board of day 1.
 */
export const linkHandlers: HandlerMap<keyof typeof linkMethods> = {
  async 'links.create'({ id, fromCardId, toCardId }, ctx) {
    return saveLink(ctx, async (trx) => {
      if (fromCardId === toCardId) throw new AppError('link_not_allowed', 'A card cannot answer itself', { entity: 'link' });
      const from = loadCard(ctx, fromCardId);
      const to = loadCard(ctx, toCardId);
      if (from.workshop_id !== to.workshop_id) throw new AppError('cross_workshop', 'The cards belong to different workshops', { entity: 'card' });
      if (!canLink(from.kind as CardKind, to.kind as CardKind)) {
        throw new AppError('link_not_allowed', `A ${from.kind} cannot link to a ${to.kind}`, { entity: 'link' });
      }
      assertBoardOpen(ctx, from.session_id);
      const same = await trx.selectFrom('links').selectAll().where('id', '=', id).executeTakeFirst();
      if (same) {
        // A retried call gets the link it already made.
        if (same.from_card_id === fromCardId && same.to_card_id === toCardId && same.deleted_at === null) return same;
        throw new AppError('conflict', `Link ${id} already exists`, { entity: 'link' });
      }
      const live = await liveLinkBetween(trx, fromCardId, toCardId);
      if (live) return live;
      return trx
        .insertInto('links')
        .values({ id, workshop_id: from.workshop_id, from_card_id: fromCardId, to_card_id: toCardId, created_at: ctx.now(), updated_at: ctx.now(), deleted_at: null })
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  },

  async 'links.delete'({ id }, ctx) {
    return saveLink(ctx, async (trx) => {
      await loadLink(ctx, trx, id);
      const now = ctx.now();
      return trx.updateTable('links').set({ deleted_at: now, updated_at: now }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    });
  },

  async 'links.restore'({ id }, ctx) {
    return saveLink(ctx, async (trx) => {
      const link = await loadLink(ctx, trx, id, { deleted: true });
      // The same two cards were linked again meanwhile: that link stands for this one.
      const live = await liveLinkBetween(trx, link.from_card_id, link.to_card_id);
      if (live) return live;
      return trx.updateTable('links').set({ deleted_at: null, updated_at: ctx.now() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    });
  },

  async 'links.candidates'({ cardId }, ctx) {
    const { db } = ctx;
    const card = loadCard(ctx, cardId);
    const partners = linkPartners(card.kind as CardKind);
    if (partners.length === 0) return [];
    const rows = await db
      .selectFrom('cards')
      .innerJoin('sessions', 'sessions.id', 'cards.session_id')
      .selectAll('cards')
      .where('cards.workshop_id', '=', card.workshop_id)
      .where('cards.kind', 'in', partners)
      .where('cards.deleted_at', 'is', null)
      .where('sessions.deleted_at', 'is', null)
      .where('cards.id', '!=', cardId)
      .orderBy('sessions.position')
      .orderBy('cards.position')
      .execute();
    return rows.map(toCard);
  },
};

function liveLinkBetween(trx: Trx, fromCardId: string, toCardId: string) {
  return trx
    .selectFrom('links')
    .selectAll()
    .where('from_card_id', '=', fromCardId)
    .where('to_card_id', '=', toCardId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
}

async function loadLink(ctx: CoreContext, trx: Trx, id: string, options: { deleted?: boolean } = {}): Promise<LinkRow> {
  const row = await trx.selectFrom('links').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (row.deleted_at !== null) !== (options.deleted ?? false)) throw new AppError('not_found', `Link ${id} not found`, { entity: 'link' });
  const from = await trx.selectFrom('cards').select('session_id').where('id', '=', row.from_card_id).executeTakeFirstOrThrow();
  assertBoardOpen(ctx, from.session_id);
  return row;
}

async function saveLink(ctx: CoreContext, change: (trx: Trx) => Promise<LinkRow>): Promise<Link> {
  return write(ctx, async (trx) => {
    const link = toLink(await change(trx));
    return { value: link, events: [{ type: 'links.saved', workshopId: link.workshopId, links: [link] }] };
  });
}
