import type { MethodInput } from '#shared/api.ts';
import type { WorkshopDetail } from '#shared/model.ts';
import { call } from '../../api/client.ts';
import { ask } from '../ask.ts';
import { run } from '../runner.ts';
import { acceptWorkshops, setWorkshopList, tables } from '../store.ts';
import { changeFields } from './field-change.ts';

/** Loading, making and changing workshops (forms: they wait for the core). */

export async function loadWorkshopList(): Promise<void> {
  const list = await ask('workshops.list', {});
  if (list) setWorkshopList(list);
}

export async function loadWorkshop(id: string): Promise<boolean> {
  const detail = await ask('workshops.get', { id });
  if (detail) acceptDetail(detail);
  return detail !== undefined;
}

/** Resolves with the new workshop's id. Not undoable: a workshop is not deleted from here. */
export async function createWorkshop(input: MethodInput<'workshops.create'>): Promise<string | undefined> {
  const detail = await run(() => ({ label: 'createWorkshop', save: () => call('workshops.create', input), reconcile: acceptDetail }));
  return detail?.workshop.id;
}

/** "Start from an earlier workshop"; resolves with the new workshop's id. */
export async function copyWorkshop(input: MethodInput<'workshops.copy'>): Promise<string | undefined> {
  const detail = await run(() => ({ label: 'copyWorkshop', save: () => call('workshops.copy', input), reconcile: acceptDetail }));
  return detail?.workshop.id;
}

/** Saves the details form; undone by putting the changed fields back. */
export function updateWorkshop({ id, ...fields }: MethodInput<'workshops.update'>) {
  return run(
    changeFields({
      label: 'workshopDetails',
      table: tables.workshops,
      key: id,
      patch: fields,
      save: async (patch) => {
        const saved = await call('workshops.update', { id, ...patch });
        acceptWorkshops([saved]);
        return saved;
      },
    }),
  );
}

function acceptDetail(detail: WorkshopDetail) {
  acceptWorkshops([detail.workshop]);
  tables.groups.accept(detail.groups);
  tables.sessions.accept(detail.sessions);
}
