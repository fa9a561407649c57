import type { StoreApi } from 'zustand/vanilla';
import { changedKeys } from '../entities.ts';
import type { BoardState } from './board-state.ts';

type Listener = () => void;

/**
 * Subscriptions by card: a listener hears of its own card only (its record, or the focus coming
 * to or leaving it). A store selector per card ran for each of a long board's 2,000 cards at
 * every change of the board, a drop or a phone's card: some 4,000 selectors each time. This
 * listens to the store once and calls the listeners of the cards a change touched, read from the
 * cards table's writes (`changedKeys`); when those are not known, every listener is called and
 * each compares its own snapshot.
 */
export class CardWatch {
  readonly #listeners = new Map<string, Set<Listener>>();

  constructor(store: StoreApi<BoardState>) {
    store.subscribe((state, previous) => {
      if (state.cards !== previous.cards) this.#cardsChanged(previous.cards, state.cards);
      const [was, now] = [focusedCard(previous), focusedCard(state)];
      if (was !== now) {
        if (was !== null) this.#call(was);
        if (now !== null) this.#call(now);
      }
    });
  }

  /** Calls `listener` when this card's record changes or the focus comes to or leaves it. */
  subscribe(id: string, listener: Listener): () => void {
    let listeners = this.#listeners.get(id);
    if (!listeners) this.#listeners.set(id, (listeners = new Set()));
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) this.#listeners.delete(id);
    };
  }

  #cardsChanged(before: BoardState['cards'], after: BoardState['cards']) {
    const keys = changedKeys(before, after);
    if (keys === null) for (const id of [...this.#listeners.keys()]) this.#call(id);
    else for (const id of keys) this.#call(id);
  }

  #call(id: string) {
    const listeners = this.#listeners.get(id);
    if (listeners) for (const listener of [...listeners]) listener();
  }
}

/** The card that has the board's focus, if a card has it. */
export function focusedCard(state: BoardState): string | null {
  const target = state.ui.focus.target;
  return target?.kind === 'card' ? target.id : null;
}
