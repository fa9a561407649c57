import { z } from 'zod';
import type { Group } from '../model.ts';
import { groupColor, id, NAME_MAX, text } from '../schemas.ts';
import { method } from './method.ts';

export const groupMethods = {
  'groups.create': method<Group>()(
    z.strictObject({
      id: id.optional(),
      workshopId: id,
      name: text(NAME_MAX),
      color: groupColor.optional(),
      regionCode: z.string().trim().regex(/^[0-9.]{2,13}$/).nullable().optional(),
    }),
  ),
  'groups.update': method<Group>()(
    z.strictObject({ id, name: text(NAME_MAX).optional(), color: groupColor.optional() }),
  ),
};
