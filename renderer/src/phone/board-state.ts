import type { PhoneCard, PhoneEvent, PhoneState } from '#shared/phone.ts';

/** A phone's view after one of the door's events; `refresh` and `closed` are handled by the app. */
export function applyPhoneEvent(state: PhoneState, event: PhoneEvent): PhoneState {
  switch (event.type) {
    case 'session':
      return { ...state, session: event.session };
    case 'cards':
      return { ...state, cards: upsertCards(state.cards, event.cards) };
    default:
      return state;
  }
}

/** Cards in the order they were written; a deleted one leaves the list. */
export function upsertCards(cards: readonly PhoneCard[], changed: readonly PhoneCard[]): PhoneCard[] {
  const byId = new Map(cards.map((c) => [c.id, c]));
  for (const card of changed) byId.set(card.id, card);
  return [...byId.values()].filter((c) => c.deletedAt === null).sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
}
