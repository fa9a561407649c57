import { i18next } from '../i18n/index.ts';
import type { EntityTable } from './entities.ts';
import { recordStep, setStepExecutor, takeBack, type StepLabel } from './history.ts';
import { notify, notifyError } from './notices.ts';

/**
 * The one way a change goes from the UI to the core. A mutation says:
 * - `label`: the words of its undo step;
 * - `preview` (gestures only): what the screen shows at once, written through the draft, which
 *   holds every entity it touches (see `EntityTable`) so events cannot undo the preview;
 * - `save`: the call to the core;
 * - `reconcile`: the core's answer into the store;
 * - `inverse` (undoable changes): from the answer and the state it started from, the change
 *   that takes it back; an inverse's inverse does it again (redo). Null when the answer shows
 *   nothing changed (an import of people all already on the roster): the step leaves the history.
 * When the core refuses, the held entities show what the core holds again and the refusal is
 * shown, translated. Build mutations in a factory (`() => Mutation`), called when the change
 * starts, so it reads the state of that moment.
 */
export interface Mutation<R> {
  label: StepLabel;
  preview?(draft: Draft): void;
  save(): Promise<R>;
  reconcile(result: R): void;
  inverse?(result: R): MutationFactory | null;
}

/** Builds a mutation from the state of the moment it starts; null when there is nothing to change. */
export type MutationFactory<R = unknown> = () => Mutation<R> | null;

export interface RunOptions<R> {
  /** Leave it off the history (an undo or redo runs its own mutations this way). */
  record?: boolean;
  /** After it is saved, a notice with "Urungkan" (a deletion): the words for it. */
  notice?(result: R): string;
}

/**
 * Runs a change. Resolves with the core's answer; with null when there was nothing to change (a
 * form saved as it was); with undefined when the core refused (the reason is shown, translated).
 */
export async function run<R>(factory: MutationFactory<R>, options: RunOptions<R> = {}): Promise<R | null | undefined> {
  const mutation = factory();
  if (!mutation) return null;
  const recorded = options.record !== false && mutation.inverse ? recordStep(mutation.label) : null;
  const outcome = await execute(mutation);
  recorded?.settle(outcome.ok ? mutation.inverse!(outcome.result) : null);
  if (!outcome.ok) return undefined;
  if (options.notice && recorded) {
    const step = recorded.step;
    notify('info', options.notice(outcome.result), { label: i18next.t('common:undo'), run: () => void takeBack(step) });
  }
  return outcome.result;
}

/** What a preview writes through: shown at once, held until the change settles. */
export class Draft {
  readonly #touched = new Map<EntityTable<never>, Set<string>>();

  show<T extends { revision: number }>(table: EntityTable<T>, items: readonly T[]): void {
    const keys = this.#keys(table);
    for (const item of items) {
      const key = table.key(item);
      if (!keys.has(key)) {
        keys.add(key);
        table.hold(key);
      }
    }
    table.show(items);
  }

  release(): void {
    for (const [table, keys] of this.#touched) table.release([...keys]);
  }

  #keys<T extends { revision: number }>(table: EntityTable<T>): Set<string> {
    const found = this.#touched.get(table as unknown as EntityTable<never>);
    if (found) return found;
    const keys = new Set<string>();
    this.#touched.set(table as unknown as EntityTable<never>, keys);
    return keys;
  }
}

const inFlight = new Set<Promise<unknown>>();

async function execute<R>(mutation: Mutation<R>): Promise<{ ok: true; result: R } | { ok: false }> {
  const draft = new Draft();
  mutation.preview?.(draft);
  const saving = mutation.save();
  inFlight.add(saving);
  try {
    const result = await saving;
    mutation.reconcile(result);
    return { ok: true, result };
  } catch (error) {
    notifyError(error);
    return { ok: false };
  } finally {
    inFlight.delete(saving);
    draft.release();
  }
}

setStepExecutor(async (factory) => {
  const mutation = factory();
  if (!mutation) return null;
  const outcome = await execute(mutation);
  return outcome.ok && mutation.inverse ? mutation.inverse(outcome.result) : null;
});

/**
 * Resolves once every change sent so far has settled. A call that reads or replaces the whole
 * data (a report, a copy, a restore, a .rembuk export or import) starts after it: over HTTP it
 * could overtake the save of a card already on screen.
 */
export async function settled(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
  await new Promise((resolve) => setTimeout(resolve, 0));
}
