import { AppError } from '#shared/errors.ts';
import type { Group } from '#shared/model.ts';
import { keyBetween } from '#shared/ordering.ts';
import { colorForIndex, type GroupColor } from '#shared/palette.ts';
import type { CoreContext, Trx } from '../context.ts';
import type { WorkshopRow } from '../db/schema.ts';
import { assertInsideScope, requireRegion, workshopScope } from '../regions/scope.ts';
import { toGroup } from './rows.ts';

export interface GroupDraft {
  id?: string | undefined;
  name: string;
  color?: GroupColor | undefined;
  /** An official region inside the workshop's area; null or omitted for a custom group. */
  regionCode?: string | null | undefined;
}

/**
 * New groups at the end of a workshop's order, in the given order, each with the next colour of
 * the palette unless it has its own: the Kelompok page's "add" and a sign-in list's import both
 * add groups this way. A region outside the workshop's area, or an id already taken, refuses all.
 */
export async function insertGroups(trx: Trx, ctx: Pick<CoreContext, 'newId' | 'now'>, workshop: Pick<WorkshopRow, 'id' | 'level' | 'province_code' | 'regency_code'>, drafts: readonly GroupDraft[]): Promise<Group[]> {
  for (const draft of drafts) {
    if (!draft.regionCode) continue;
    await requireRegion(draft.regionCode, 'regionCode');
    assertInsideScope(draft.regionCode, workshopScope(workshop));
  }
  const siblings = await trx.selectFrom('groups').select(['id', 'position', 'deleted_at']).where('workshop_id', '=', workshop.id).orderBy('position', 'desc').execute();
  const taken = new Set(siblings.map((g) => g.id));
  let last = siblings[0]?.position ?? null;
  let live = siblings.filter((g) => g.deleted_at === null).length;
  const now = ctx.now();
  const groups: Group[] = [];
  for (const draft of drafts) {
    const id = draft.id ?? ctx.newId();
    if (taken.has(id)) throw new AppError('conflict', `Group ${id} already exists`, { entity: 'group' });
    taken.add(id);
    last = keyBetween(last, null);
    const row = await trx
      .insertInto('groups')
      .values({
        id,
        workshop_id: workshop.id,
        name: draft.name,
        color: draft.color ?? colorForIndex(live++),
        position: last,
        region_code: draft.regionCode ?? null,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    groups.push(toGroup(row));
  }
  return groups;
}
