import type { kindMethods } from '#shared/methods/kinds.ts';
import { AppError } from '#shared/errors.ts';
import type { CustomKind } from '#shared/model.ts';
import { keyBetween } from '#shared/ordering.ts';
import { write, type CoreContext, type Trx } from '../context.ts';
import type { CustomKindRow } from '../db/schema.ts';
import type { HandlerMap } from '../handler-types.ts';
import { assertBoardOpen } from '../cards/board-access.ts';
import { toCard } from '../cards/rows.ts';
import { toCustomKind } from './rows.ts';

/** A blank board's own kinds, each a column of the board. */
export const kindHandlers: HandlerMap<keyof typeof kindMethods> = {
  async 'kinds.create'(input, ctx) {
    return saveKind(ctx, async (trx) => {
      assertBoardOpen(ctx, input.sessionId);
      const existing = await trx.selectFrom('custom_kinds').select('id').where('id', '=', input.id).executeTakeFirst();
      if (existing) throw new AppError('conflict', `Kind ${input.id} already exists`, { entity: 'kind' });
      const last = await trx.selectFrom('custom_kinds').select('position').where('session_id', '=', input.sessionId).orderBy('position', 'desc').executeTakeFirst();
      const now = ctx.now();
      return trx
        .insertInto('custom_kinds')
        .values({
          id: input.id,
          session_id: input.sessionId,
          label: input.label,
          color: input.color,
          icon: input.icon,
          position: keyBetween(last?.position ?? null, null),
          created_at: now,
          updated_at: now,
          deleted_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  },

  async 'kinds.update'(input, ctx) {
    return saveKind(ctx, async (trx) => {
      const current = await loadKind(ctx, trx, input.id);
      return trx
        .updateTable('custom_kinds')
        .set({ label: input.label ?? current.label, color: input.color ?? current.color, icon: input.icon ?? current.icon, updated_at: ctx.now() })
        .where('id', '=', input.id)
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  },

  async 'kinds.delete'({ id }, ctx) {
    return write(ctx, async (trx) => {
      const current = await loadKind(ctx, trx, id);
      const now = ctx.now();
      const kind = toCustomKind(
        await trx.updateTable('custom_kinds').set({ deleted_at: now, updated_at: now }).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),
      );
      // Its cards go to the board's "no kind" column; an undo puts them back with `cards.arrange`.
      const cards = await trx
        .updateTable('cards')
        .set({ custom_kind_id: null, updated_at: now })
        .where('custom_kind_id', '=', id)
        .returningAll()
        .execute();
      return {
        value: kind,
        events: [
          { type: 'kinds.saved', sessionId: current.session_id, kinds: [kind] },
          ...(cards.length ? [{ type: 'cards.saved' as const, sessionId: current.session_id, cards: cards.map(toCard) }] : []),
        ],
      };
    });
  },

  async 'kinds.restore'({ id }, ctx) {
    return saveKind(ctx, async (trx) => {
      await loadKind(ctx, trx, id, { deleted: true });
      return trx.updateTable('custom_kinds').set({ deleted_at: null, updated_at: ctx.now() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
    });
  },
};

async function loadKind(ctx: CoreContext, trx: Trx, id: string, options: { deleted?: boolean } = {}): Promise<CustomKindRow> {
  const row = await trx.selectFrom('custom_kinds').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || (row.deleted_at !== null) !== (options.deleted ?? false)) throw new AppError('not_found', `Kind ${id} not found`, { entity: 'kind' });
  assertBoardOpen(ctx, row.session_id);
  return row;
}

async function saveKind(ctx: CoreContext, change: (trx: Trx) => Promise<CustomKindRow>): Promise<CustomKind> {
  return write(ctx, async (trx) => {
    const kind = toCustomKind(await change(trx));
    return { value: kind, events: [{ type: 'kinds.saved', sessionId: kind.sessionId, kinds: [kind] }] };
  });
}
