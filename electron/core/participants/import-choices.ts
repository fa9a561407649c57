import { AppError } from '#shared/errors.ts';
import type { ImportChoices, ParticipantRole } from '#shared/model.ts';
import type { Db, Trx } from '../context.ts';

/**
 * What the facilitator said a sign-in list's texts mean, kept per workshop: the next import of
 * the same list (or a longer one) starts from these choices instead of asking again.
 */
export async function loadImportChoices(db: Db | Trx, workshopId: string): Promise<ImportChoices> {
  const rows = await db
    .selectFrom('import_choices as c')
    .leftJoin('groups as g', (join) => join.onRef('g.id', '=', 'c.value').on('c.field', '=', 'group'))
    .select(['c.field', 'c.text_key', 'c.value', 'g.deleted_at', 'g.id as group_id'])
    .where('c.workshop_id', '=', workshopId)
    .execute();
  const choices: ImportChoices = { groups: {}, roles: {} };
  for (const row of rows) {
    if (row.field === 'role') choices.roles[row.text_key] = row.value as ParticipantRole;
    // A choice of a group deleted since is forgotten: that text is matched afresh.
    else if (row.value === null || (row.group_id !== null && row.deleted_at === null)) choices.groups[row.text_key] = row.value;
  }
  return choices;
}

/** Saves (or replaces) the choices of one import; every group named must be one of the workshop's own. */
export async function saveImportChoices(trx: Trx, workshopId: string, choices: ImportChoices, ownGroups: ReadonlySet<string>, now: string): Promise<void> {
  if (Object.values(choices.groups).some((groupId) => groupId !== null && !ownGroups.has(groupId))) {
    throw new AppError('cross_workshop', 'A choice names a group of another workshop', { entity: 'group' });
  }
  const rows = [
    ...Object.entries(choices.groups).map(([key, value]) => ({ field: 'group' as const, text_key: key, value })),
    ...Object.entries(choices.roles).map(([key, value]) => ({ field: 'role' as const, text_key: key, value })),
  ].map((row) => ({ ...row, workshop_id: workshopId, updated_at: now }));
  // 5 values a row: 500 rows stay far below SQLite's limit of bound values.
  for (let i = 0; i < rows.length; i += 500) {
    await trx
      .insertInto('import_choices')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.columns(['workshop_id', 'field', 'text_key']).doUpdateSet((eb) => ({ value: eb.ref('excluded.value'), updated_at: eb.ref('excluded.updated_at') })))
      .execute();
  }
}
