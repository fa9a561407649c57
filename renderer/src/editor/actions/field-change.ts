import type { EntityTable } from '../entities.ts';
import type { StepLabel } from '../history.ts';
import type { MutationFactory } from '../runner.ts';

/**
 * A change of some fields of one entity (rename a group, edit a session, fix a participant's
 * phone), undone by setting the same fields back to what they were. The patch names the fields
 * as the entity does (the contract's update methods use the entity's names).
 */
export function changeFields<T extends { revision: number }, P extends object>(change: {
  label: StepLabel;
  table: EntityTable<T>;
  key: string;
  patch: P;
  save(patch: P): Promise<T>;
  /** Shows the change at once (a gesture); forms leave it out and wait for the core. */
  optimistic?: boolean;
}): MutationFactory<T> {
  return () => {
    const before = change.table.get(change.key);
    if (!before) return null;
    const fields = Object.keys(change.patch) as Array<keyof P & keyof T>;
    if (fields.every((field) => change.patch[field] === (before[field] as unknown))) return null;
    const back = Object.fromEntries(fields.map((field) => [field, before[field]])) as P;
    return {
      label: change.label,
      ...(change.optimistic ? { preview: (draft) => draft.show(change.table, [{ ...before, ...change.patch }]) } : {}),
      save: () => change.save(change.patch),
      reconcile: (saved) => change.table.accept([saved]),
      inverse: () => changeFields({ ...change, patch: back }),
    };
  };
}
