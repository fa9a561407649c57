import { z } from 'zod';
import type { Group, GroupDeleted, GroupUsage } from '../model.ts';
import { byId, groupColor, id, NAME_MAX, regionCode, text } from '../schemas.ts';
import { method } from './method.ts';

export const groupMethods = {
  'groups.create': method<Group>()(
    z.strictObject({
      id: id.optional(),
      workshopId: id,
      name: text(NAME_MAX),
      color: groupColor.optional(),
      /** An official region inside the workshop's province or kabupaten/kota; omitted for a custom group. */
      regionCode: regionCode.nullable().optional(),
    }),
  ),
  /** Rename or recolour; the region code stays. */
  'groups.update': method<Group>()(
    z.strictObject({ id, name: text(NAME_MAX).optional(), color: groupColor.optional() }),
  ),
  /** Puts the group right after `afterGroupId` (`null`: first). */
  'groups.move': method<Group>()(z.strictObject({ id, afterGroupId: id.nullable() })),
  'groups.usage': method<GroupUsage>()(byId),
  /**
   * Its cards go to the inbox (`groupId: null`), its participants keep their place in the roster
   * without a group. The group is kept aside, so its dots still count in closed votes.
   */
  'groups.delete': method<GroupDeleted>()(byId),
  /** Undoes a delete: the group comes back, and its cards and participants return to it (unless placed elsewhere since). */
  'groups.restore': method<Group>()(byId),
};
