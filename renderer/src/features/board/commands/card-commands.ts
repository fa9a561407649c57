import { compareKeys } from '#shared/ordering.ts';
import { STRATEGY_TAGS } from '#shared/model.ts';
import { deleteCards, updateCardDetails } from '../../../state/card-actions.ts';
import { dissolveCluster } from '../../../state/cluster-actions.ts';
import { linkCards } from '../../../state/link-actions.ts';
import { getState } from '../../../state/store.ts';
import { addDot } from '../../../state/vote-actions.ts';
import { openRound } from '../vote/rounds.ts';
import { boardKinds, kindOfCard } from '../model/kinds.ts';
import { boardUi, clearSelection, setBoardUi, toggleSelected } from '../ui-state.ts';
import { focusCard, neighbourCard } from './focus.ts';
import { registerCommands, type CommandContext } from './registry.ts';

/** The cards a card command acts on: the selection when the focused card is part of it, else that card. */
export function targetCards(ctx: CommandContext): string[] {
  if (ctx.cardId && ctx.selection.includes(ctx.cardId)) return sortedByBoard(ctx.selection);
  return ctx.cardId ? [ctx.cardId] : sortedByBoard(ctx.selection);
}

function sortedByBoard(ids: readonly string[]): string[] {
  const cards = getState().cards;
  return ids
    .map((id) => cards[id])
    .filter((c) => c !== undefined && c.deletedAt === null)
    .sort((a, b) => compareKeys(a!, b!))
    .map((c) => c!.id);
}

function withFirst(first: string | null, ids: string[]): string[] {
  return first && ids.includes(first) ? [first, ...ids.filter((id) => id !== first)] : ids;
}

function clusterOf(ctx: CommandContext): string | null {
  const card = ctx.cardId ? getState().cards[ctx.cardId] : undefined;
  return card?.clusterId && getState().clusters[card.clusterId]?.deletedAt === null ? card.clusterId : null;
}

registerCommands([
  { id: 'edit', keys: ['Enter', 'F2'], scope: 'card', section: 'cards', inMenu: true, changesBoard: true, perform: (ctx) => setBoardUi({ editing: ctx.cardId, menu: null }) },
  { id: 'details', keys: ['D'], scope: 'card', section: 'cards', inMenu: true, perform: (ctx) => setBoardUi({ detailsOf: ctx.cardId, menu: null }) },
  {
    id: 'cycleKind',
    keys: ['K'],
    scope: 'card',
    section: 'cards',
    inMenu: true,
    changesBoard: true,
    when: (ctx) => kindChoices(ctx).length > 1,
    perform: (ctx) => {
      const card = getState().cards[ctx.cardId!];
      if (!card) return;
      const choices = kindChoices(ctx);
      const index = choices.findIndex((k) => k.key === kindOfCard(card, getState().customKinds).key);
      const next = choices[(index + 1) % choices.length]!;
      void updateCardDetails(card.id, { kind: next.kind, customKindId: next.customKindId });
    },
  },
  {
    id: 'cycleTag',
    keys: ['T'],
    scope: 'card',
    section: 'cards',
    inMenu: true,
    changesBoard: true,
    when: (ctx) => getState().cards[ctx.cardId!]?.kind === 'achievement',
    perform: (ctx) => {
      const card = getState().cards[ctx.cardId!];
      if (!card) return;
      const order = [null, ...STRATEGY_TAGS];
      void updateCardDetails(card.id, { tag: order[(order.indexOf(card.tag) + 1) % order.length] ?? null });
    },
  },
  { id: 'select', keys: ['X'], scope: 'card', section: 'sort', inMenu: true, perform: (ctx) => toggleSelected(ctx.cardId!) },
  { id: 'pickUp', keys: ['Space'], scope: 'card', section: 'sort', changesBoard: true },
  { id: 'moveTo', keys: ['G'], scope: 'card', section: 'sort', inMenu: true, changesBoard: true, perform: (ctx) => setBoardUi({ menu: { cardId: ctx.cardId!, view: 'move' } }) },
  {
    id: 'merge',
    keys: ['M'],
    scope: 'card',
    section: 'sort',
    inMenu: true,
    changesBoard: true,
    when: (ctx) => targetCards(ctx).length >= 2,
    // The focused card is the one the others merge into; the rest follow in board order.
    perform: (ctx) => setBoardUi({ merging: withFirst(ctx.cardId, targetCards(ctx)), menu: null }),
  },
  { id: 'dissolve', keys: ['Shift+M'], scope: 'card', section: 'sort', inMenu: true, changesBoard: true, when: (ctx) => clusterOf(ctx) !== null, perform: (ctx) => dissolveCluster(clusterOf(ctx)!) },
  {
    id: 'link',
    keys: ['L'],
    scope: 'card',
    section: 'links',
    inMenu: true,
    // L on one card, then L (or a click) on the card it answers: one link, then done.
    perform: (ctx) => finishOrStartLink(ctx.cardId!),
  },
  { id: 'chain', keys: ['C'], scope: 'card', section: 'links', inMenu: true, perform: (ctx) => setBoardUi((s) => ({ chainOf: s.chainOf === ctx.cardId ? null : ctx.cardId, menu: null })) },
  { id: 'addDot', keys: ['+', '='], scope: 'card', section: 'vote', changesBoard: true, when: canVote, perform: (ctx) => void addDot(openRound(ctx.session.id)!.id, ctx.cardId!, boardUi().voterGroupId!, 1) },
  { id: 'removeDot', keys: ['-'], scope: 'card', section: 'vote', changesBoard: true, when: canVote, perform: (ctx) => void addDot(openRound(ctx.session.id)!.id, ctx.cardId!, boardUi().voterGroupId!, -1) },
  { id: 'delete', keys: ['Delete'], scope: 'card', section: 'cards', inMenu: true, changesBoard: true, perform: (ctx) => deleteAndRefocus(ctx) },
  { id: 'cardMenu', keys: ['Shift+F10', 'ContextMenu'], scope: 'card', section: 'cards', perform: (ctx) => setBoardUi({ menu: { cardId: ctx.cardId!, view: 'main' } }) },
  { id: 'nextCard', keys: ['ArrowDown'], scope: 'card', section: 'cards', perform: (ctx) => void focusNeighbour(ctx, 1) },
  { id: 'previousCard', keys: ['ArrowUp'], scope: 'card', section: 'cards', perform: (ctx) => void focusNeighbour(ctx, -1) },
]);

/** In link mode, links the chosen card to the marked one; otherwise marks this card. */
export async function finishOrStartLink(cardId: string) {
  const from = boardUi().linkFrom;
  if (!from || from === cardId) return setBoardUi({ linkFrom: from === cardId ? null : cardId, menu: null });
  // Done at once, not when the save answers: an L pressed meanwhile starts the next link instead
  // of finishing this one again. A refused link keeps its start, unless a new one began.
  setBoardUi({ linkFrom: null });
  if (!(await linkCards(from, cardId)) && boardUi().linkFrom === null) setBoardUi({ linkFrom: from });
}

function kindChoices(ctx: CommandContext) {
  const state = getState();
  const own = Object.values(state.customKinds).filter((k) => k.sessionId === ctx.session.id);
  return boardKinds(ctx.session.template, own, []);
}

function canVote(ctx: CommandContext): boolean {
  return openRound(ctx.session.id) !== null && boardUi().voterGroupId !== null;
}

function focusNeighbour(ctx: CommandContext, step: 1 | -1) {
  const next = neighbourCard(ctx.cardId!, step);
  if (next) focusCard(next);
}

function deleteAndRefocus(ctx: CommandContext) {
  const ids = targetCards(ctx);
  const next = neighbourCard(ids.at(-1)!, 1) ?? neighbourCard(ids[0]!, -1);
  void deleteCards(ids);
  clearSelection();
  if (next) requestAnimationFrame(() => focusCard(next));
}
