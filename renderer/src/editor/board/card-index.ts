import type { Card } from '#shared/model.ts';
import { compareKeys, indexInOrder } from '#shared/ordering.ts';
import { changedKeys } from '../entities.ts';

/** Beyond this many changed cards, counting all of them again is as quick. */
const FEW_CHANGES = 100;

/**
 * What the editor reads from all of a board's cards at once: the live ones in board order, and
 * the cards from phones waiting off the projector per group. Kept up to date from the keys each
 * write changed (`changedKeys`) rather than rebuilt from every card: a drop asks for both inside
 * its own task, and a board holds 2,000 cards.
 */
export class CardIndex {
  #cards: Readonly<Record<string, Card>> | null = null;
  #live: Card[] = [];
  #waiting = new Map<string | null, number>();

  /** The live cards in board order, as of `cards`. A new array after each change: callers may keep one. */
  live(cards: Readonly<Record<string, Card>>): Card[] {
    this.#sync(cards);
    return this.#live;
  }

  /** How many live, hidden (phone) cards wait in a group (null: the inbox), as of `cards`. */
  waiting(cards: Readonly<Record<string, Card>>, groupId: string | null): number {
    this.#sync(cards);
    return this.#waiting.get(groupId) ?? 0;
  }

  #sync(cards: Readonly<Record<string, Card>>) {
    const before = this.#cards;
    if (cards === before) return;
    const changed = before && changedKeys(before, cards);
    if (before && changed && changed.length <= FEW_CHANGES) this.#update(before, cards, changed);
    else this.#rebuild(cards);
    this.#cards = cards;
  }

  #rebuild(cards: Readonly<Record<string, Card>>) {
    this.#live = Object.values(cards).filter(isLive).sort(compareKeys);
    this.#waiting = new Map();
    for (const card of this.#live) if (card.hidden) this.#count(card, 1);
  }

  #update(before: Readonly<Record<string, Card>>, after: Readonly<Record<string, Card>>, changed: readonly string[]) {
    const live = [...this.#live];
    for (const id of changed) {
      const old = before[id];
      const now = after[id];
      if (old && isLive(old)) {
        const at = live.indexOf(old);
        // Not where it should be: count everything again rather than drift.
        if (at < 0) return this.#rebuild(after);
        live.splice(at, 1);
        if (old.hidden) this.#count(old, -1);
      }
      if (now && isLive(now)) {
        live.splice(indexInOrder(live, now), 0, now);
        if (now.hidden) this.#count(now, 1);
      }
    }
    this.#live = live;
  }

  #count(card: Card, by: 1 | -1) {
    this.#waiting.set(card.groupId, (this.#waiting.get(card.groupId) ?? 0) + by);
  }
}

const isLive = (card: Card) => card.deletedAt === null;
