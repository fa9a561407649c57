import { AppError } from '#shared/errors.ts';
import type { CardKind } from '#shared/model.ts';
import type { PhoneCard } from '#shared/phone.ts';
import { write, type CoreContext, type Trx } from '../context.ts';
import { keysAtEnd } from '#shared/board/placement.ts';
import { assertBoardOpen, checkDimensions } from '../cards/board-access.ts';
import { lastPositionOnBoard } from '../cards/queries.ts';
import { toCard } from '../cards/rows.ts';
import type { CardRow } from '../db/schema.ts';
import type { Door, OpenDoor } from './door.ts';
import type { Device } from './listener.ts';
import type { ParsedPhoneInput } from './phone-dispatch.ts';
import { liveGroup, loadDoorBoard, loadPhoneState } from './phone-state.ts';
import { phoneKinds, toPhoneCard } from './phone-view.ts';
import { votePhone } from './phone-votes.ts';

/** What a phone's method runs with: the open door and the device that called. */
export interface PhoneCall {
  ctx: CoreContext;
  door: Door;
  open: OpenDoor;
  device: Device;
}

/**
 * The phones' writes. Each carries its device and participant; a phone changes only its own
 * cards, only on the board the door is open for, and only while that board is unlocked.
 */
export const phoneHandlers = {
  async 'phone.state'(_input: ParsedPhoneInput<'phone.state'>, { ctx, open, device }: PhoneCall) {
    return loadPhoneState(ctx.db, open, device, ctx.now());
  },

  async 'phone.cards.create'(input: ParsedPhoneInput<'phone.cards.create'>, { ctx, open, device }: PhoneCall): Promise<PhoneCard> {
    return savePhoneCard(ctx, async (trx) => {
      const { workshop_id: workshopId } = assertBoardOpen(ctx, open.sessionId);
      const existing = await trx.selectFrom('cards').selectAll().where('id', '=', input.id).executeTakeFirst();
      if (existing) {
        // A retried call (the answer was lost on the way back) gets the card it already made.
        if (existing.device_id === device.id && existing.text === input.text) return existing;
        throw new AppError('conflict', `Card ${input.id} already exists`, { entity: 'card' });
      }
      await assertKindOfBoard(trx, open.sessionId, input.kind, input.customKindId);
      const groupId = (await liveGroup(trx, device.groupId))?.id ?? null;
      checkDimensions(ctx, { workshopId, sessionId: open.sessionId, groupId, customKindId: input.customKindId });
      // A new card goes last on the board, as one typed on the laptop does.
      const [position] = keysAtEnd(ctx.sql.get(lastPositionOnBoard, { sessionId: open.sessionId })?.position ?? null, 1);
      const now = ctx.now();
      return trx
        .insertInto('cards')
        .values({
          id: input.id,
          workshop_id: workshopId,
          session_id: open.sessionId,
          group_id: groupId,
          kind: input.kind,
          custom_kind_id: input.customKindId,
          text: input.text,
          position: position!,
          tag: null,
          author: device.name,
          who: null,
          by_when: null,
          indicator: null,
          cluster_id: null,
          created_at: now,
          updated_at: now,
          deleted_at: null,
          device_id: device.id,
          participant_id: device.participantId,
          hidden: open.showAtOnce ? 0 : 1,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    });
  },

  async 'phone.cards.update'(input: ParsedPhoneInput<'phone.cards.update'>, { ctx, open, device }: PhoneCall): Promise<PhoneCard> {
    return savePhoneCard(ctx, async (trx) => {
      await ownCard(trx, input.id, open, device);
      assertBoardOpen(ctx, open.sessionId);
      return trx.updateTable('cards').set({ text: input.text, updated_at: ctx.now() }).where('id', '=', input.id).returningAll().executeTakeFirstOrThrow();
    });
  },

  async 'phone.cards.delete'(input: ParsedPhoneInput<'phone.cards.delete'>, { ctx, open, device }: PhoneCall): Promise<PhoneCard> {
    return savePhoneCard(ctx, async (trx) => {
      await ownCard(trx, input.id, open, device);
      assertBoardOpen(ctx, open.sessionId);
      const now = ctx.now();
      return trx.updateTable('cards').set({ deleted_at: now, updated_at: now }).where('id', '=', input.id).returningAll().executeTakeFirstOrThrow();
    });
  },

  async 'phone.vote'(input: ParsedPhoneInput<'phone.vote'>, call: PhoneCall) {
    return votePhone(call.ctx, call.open, call.device, input);
  },
};

export type PhoneHandlerName = keyof typeof phoneHandlers;

/** A card of this phone on the door's board; anybody else's is "not found", so nothing is revealed. */
async function ownCard(trx: Trx, id: string, open: OpenDoor, device: Device): Promise<CardRow> {
  const card = await trx.selectFrom('cards').selectAll().where('id', '=', id).executeTakeFirst();
  if (!card || card.deleted_at !== null || card.device_id !== device.id || card.session_id !== open.sessionId) {
    throw new AppError('not_found', `Card ${id} not found`, { entity: 'card' });
  }
  return card;
}

async function assertKindOfBoard(trx: Trx, sessionId: string, kind: CardKind, customKindId: string | null) {
  const board = await loadDoorBoard(trx, sessionId);
  const offered = phoneKinds(board.session, board.customKinds);
  if (!offered.some((k) => k.kind === kind && k.customKindId === customKindId)) {
    throw new AppError('invalid_input', 'This board does not take that kind of card', { fields: [{ path: 'kind', problem: 'invalid' }] });
  }
}

/** A phone's card change commits and is announced like any card change, so the board shows it at once. */
async function savePhoneCard(ctx: CoreContext, change: (trx: Trx) => Promise<CardRow>): Promise<PhoneCard> {
  return write(ctx, async (trx) => {
    const card = toCard(await change(trx));
    return { value: toPhoneCard(card), events: [{ type: 'cards.saved', sessionId: card.sessionId, cards: [card] }] };
  });
}
