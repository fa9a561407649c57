import type { StoreApi } from 'zustand';

/**
 * One kind of entity (cards, groups, …) inside a zustand store, as a record by key. What the core
 * says (answers, events, loads) goes through `accept`: a snapshot replaces the one shown only when
 * its revision is newer, so an older answer or event never undoes a newer state. While a change is
 * being saved for an entity (the runner `hold`s it), the entity keeps showing the change and the
 * core's snapshots are kept aside; when the last change on it settles, the newest snapshot the
 * core sent is shown again — the saved result, or, when the core refused, what it holds (a
 * rollback that keeps what other windows did meanwhile).
 */
export class EntityTable<T extends { revision: number }> {
  readonly #held = new Map<string, { count: number; saved: T | undefined }>();
  readonly name: string;
  private readonly store: StoreApi<object>;
  private readonly keyOf: (item: T) => string;

  /** `name`: the store's record that holds this kind of entity; `keyOf`: an entity's key in it. */
  constructor(name: string, store: StoreApi<object>, keyOf: (item: T) => string) {
    this.name = name;
    this.store = store;
    this.keyOf = keyOf;
  }

  key(item: T): string {
    return this.keyOf(item);
  }

  records(): Readonly<Record<string, T>> {
    return (this.store.getState() as Record<string, Record<string, T>>)[this.name]!;
  }

  get(key: string): T | undefined {
    return this.records()[key];
  }

  all(): T[] {
    return Object.values(this.records());
  }

  /** What the core says: each snapshot kept when newer than what this window has seen. */
  accept(items: readonly T[]): void {
    const shown: Record<string, T> = {};
    for (const item of items) {
      const key = this.keyOf(item);
      const held = this.#held.get(key);
      const known = held ? held.saved : this.get(key);
      if (known && known.revision >= item.revision) continue;
      if (held) held.saved = item;
      else shown[key] = item;
    }
    this.#write(shown, []);
  }

  /** The core says these are gone for good (a deleted group). */
  forget(keys: readonly string[]): void {
    const gone: string[] = [];
    for (const key of keys) {
      const held = this.#held.get(key);
      if (held) held.saved = undefined;
      else gone.push(key);
    }
    this.#write({}, gone);
  }

  /** Everything `inScope` replaced with what the core holds now (a board or a roster loaded). */
  replace(items: readonly T[], inScope: (item: T) => boolean): void {
    const fresh = new Set(items.map((item) => this.keyOf(item)));
    this.forget(this.all().filter((item) => inScope(item) && !fresh.has(this.keyOf(item))).map((item) => this.keyOf(item)));
    this.accept(items);
  }

  /** The runner: `key` is being changed; keep the core's snapshots aside until `release`. */
  hold(key: string): void {
    const held = this.#held.get(key);
    if (held) held.count++;
    else this.#held.set(key, { count: 1, saved: this.get(key) });
  }

  /** The runner: a change shown at once, before the core answers. */
  show(items: readonly T[]): void {
    this.#write(Object.fromEntries(items.map((item) => [this.keyOf(item), item])), []);
  }

  /** The runner: a change on these keys settled; those no other change holds show the core's newest snapshot. */
  release(keys: readonly string[]): void {
    const shown: Record<string, T> = {};
    const gone: string[] = [];
    for (const key of keys) {
      const held = this.#held.get(key);
      if (!held || --held.count > 0) continue;
      this.#held.delete(key);
      if (held.saved) {
        if (this.get(key) !== held.saved) shown[key] = held.saved;
      } else if (this.get(key)) gone.push(key);
    }
    this.#write(shown, gone);
  }

  #write(shown: Record<string, T>, gone: readonly string[]) {
    const keys = Object.keys(shown);
    if (keys.length === 0 && gone.length === 0) return;
    this.store.setState((state) => {
      const previous = (state as Record<string, Record<string, T>>)[this.name]!;
      const next = { ...previous, ...shown };
      for (const key of gone) delete next[key];
      lineage.set(next, { previous, keys: [...keys, ...gone] });
      return { [this.name]: next };
    });
  }
}

/** For each record a table wrote: the record it replaced, and the keys that changed. */
const lineage = new WeakMap<object, { previous: object; keys: readonly string[] }>();

/**
 * The keys that differ between two records of one table, read from its writes instead of from
 * every key (a board holds 2,000 cards); null when `after` does not descend from `before` in a
 * few writes (then compare another way).
 */
export function changedKeys(before: object, after: object, limit = 50): string[] | null {
  const keys = new Set<string>();
  let current = after;
  for (let steps = 0; current !== before; steps++) {
    const step = lineage.get(current);
    if (!step || steps >= limit) return null;
    for (const key of step.keys) keys.add(key);
    current = step.previous;
  }
  return [...keys];
}
