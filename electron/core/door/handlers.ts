import type { doorMethods } from '#shared/methods/door.ts';
import { AppError } from '#shared/errors.ts';
import type { Card } from '#shared/model.ts';
import { toCard } from '../cards/rows.ts';
import { write, type CoreContext, type Db } from '../context.ts';
import type { HandlerMap } from '../handler-types.ts';
import { lanAddresses } from './networks.ts';

const ADDRESS_SETTING = 'door_address';

/** The facilitator's side of the participants' door: open it for a board, close it, decide what the room sees. */
export const doorHandlers: HandlerMap<keyof typeof doorMethods> = {
  async 'door.status'(_input, { door }) {
    return door.status();
  },

  async 'door.networks'() {
    return lanAddresses();
  },

  async 'door.open'({ sessionId, address }, ctx) {
    const session = await ctx.db.selectFrom('sessions').select(['workshop_id', 'kind', 'locked_at', 'deleted_at']).where('id', '=', sessionId).executeTakeFirst();
    if (!session || session.deleted_at !== null) throw new AppError('not_found', `Session ${sessionId} not found`, { entity: 'session' });
    if (session.kind !== 'board') throw new AppError('invalid_input', 'Only a board session takes cards', { fields: [{ path: 'sessionId', problem: 'invalid' }] });
    if (session.locked_at !== null) throw new AppError('board_locked', 'The board is locked', { entity: 'session' });
    const openRound = await ctx.db.selectFrom('vote_rounds').select('id').where('session_id', '=', sessionId).where('closed_at', 'is', null).where('deleted_at', 'is', null).executeTakeFirst();
    const chosen = address === undefined ? await rememberedAddress(ctx.db) : address;
    await ctx.door.open({ sessionId, workshopId: session.workshop_id, voteOpen: openRound !== undefined }, chosen);
    if (address !== undefined) await rememberAddress(ctx, address);
    return ctx.door.status();
  },

  async 'door.close'(_input, { door }) {
    await door.close('facilitator');
    return door.status();
  },

  async 'door.rotateCode'(_input, { door }) {
    door.rotateCode();
    return door.status();
  },

  async 'door.showAtOnce'({ showAtOnce }, ctx) {
    ctx.door.setShowAtOnce(showAtOnce);
    if (showAtOnce) await revealCards(ctx, ctx.door.current!.sessionId, undefined);
    return ctx.door.status();
  },

  async 'door.reveal'({ sessionId, groupId }, ctx) {
    return revealCards(ctx, sessionId, groupId);
  },
};

/** Shows a board's waiting phone cards: of one group (`null`: the inbox), or all when `groupId` is undefined. */
function revealCards(ctx: CoreContext, sessionId: string, groupId: string | null | undefined): Promise<Card[]> {
  return write(ctx, async (trx) => {
    let query = trx
      .updateTable('cards')
      .set({ hidden: 0, updated_at: ctx.now() })
      .where('session_id', '=', sessionId)
      .where('hidden', '=', 1)
      .where('deleted_at', 'is', null);
    if (groupId !== undefined) query = query.where('group_id', groupId === null ? 'is' : '=', groupId);
    const cards = (await query.returningAll().execute()).map(toCard);
    return { value: cards, events: cards.length ? [{ type: 'cards.saved', sessionId, cards }] : [] };
  });
}

/** The network picked last time, while the laptop is still on it (a hotspot's address can change). */
async function rememberedAddress(db: Db): Promise<string | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', ADDRESS_SETTING).executeTakeFirst();
  const remembered = row?.value || null;
  const ip = remembered?.split(':')[0];
  return remembered && lanAddresses().some((a) => a.address === ip) ? remembered : null;
}

function rememberAddress(ctx: CoreContext, address: string | null) {
  return write(ctx, async (trx) => {
    await trx
      .insertInto('settings')
      .values({ key: ADDRESS_SETTING, value: address ?? '' })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: address ?? '' }))
      .execute();
    return { value: null, events: [] };
  });
}
