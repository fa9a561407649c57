import type { ParsedInput } from '#shared/api.ts';
import { AppError } from '#shared/errors.ts';
import type { ImportResult } from '#shared/model.ts';
import { participantKey } from '#shared/roster-import/interpret.ts';
import { write, type CoreContext } from '../context.ts';
import type { ParticipantRow } from '../db/schema.ts';
import { insertGroups } from '../groups/insert.ts';
import { saveImportChoices } from './import-choices.ts';
import { loadParticipants } from './rows.ts';

/** SQLite binds at most 32,766 values per statement; 13 columns × 500 rows stays well below. */
const ROWS_PER_INSERT = 500;

/**
 * Adds the rows of a confirmed import in one transaction, with the new groups they name: all of
 * them, or (when one names a group of another workshop) none. Someone already on the roster, by
 * their key now or the key they were imported with, is not added again, so importing the same
 * file twice adds nobody twice. The mapping's choices are remembered for the next import of this
 * workshop.
 */
export async function importParticipants(ctx: CoreContext, input: ParsedInput<'participants.import'>): Promise<ImportResult> {
  return write(ctx, async (trx) => {
    const workshop = await trx.selectFrom('workshops').selectAll().where('id', '=', input.workshopId).executeTakeFirst();
    if (!workshop) throw new AppError('not_found', `Workshop ${input.workshopId} not found`, { entity: 'workshop' });
    const made = await insertGroups(trx, ctx, workshop, input.newGroups);
    const groups = await trx.selectFrom('groups').select('id').where('workshop_id', '=', workshop.id).where('deleted_at', 'is', null).execute();
    const ownGroups = new Set(groups.map((g) => g.id));
    if (input.participants.some((p) => p.groupId !== null && !ownGroups.has(p.groupId))) {
      throw new AppError('cross_workshop', 'An imported row names a group of another workshop', { entity: 'group' });
    }
    if (input.choices) await saveImportChoices(trx, workshop.id, input.choices, ownGroups, ctx.now());

    const roster = await trx.selectFrom('participants').selectAll().where('workshop_id', '=', workshop.id).where('deleted_at', 'is', null).execute();
    const known = new Set(roster.flatMap((p) => [participantKey(p), p.import_key ?? '']));
    const now = ctx.now();
    const rows: ParticipantRow[] = [];
    let alreadyPresent = 0;
    for (const { groupId, ...fields } of input.participants) {
      const key = participantKey(fields);
      if (known.has(key)) {
        alreadyPresent += 1;
        continue;
      }
      known.add(key);
      rows.push({ ...fields, id: ctx.newId(), workshop_id: workshop.id, group_id: groupId, import_key: key, created_at: now, updated_at: now, deleted_at: null, revision: 1 });
    }
    for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
      await trx.insertInto('participants').values(rows.slice(i, i + ROWS_PER_INSERT)).execute();
    }
    const added = await loadParticipants(trx, workshop.id, rows.map((r) => r.id));
    return {
      value: { added, alreadyPresent, groups: made },
      events: [
        ...made.map((group) => ({ type: 'group.saved' as const, group })),
        ...(added.length > 0 ? [{ type: 'participants.saved' as const, workshopId: workshop.id, participants: added }] : []),
      ],
    };
  });
}
