import { z } from 'zod';
import type { CustomKind } from '../model.ts';
import { byId, groupColor, id, KIND_LABEL_MAX, kindIcon, text } from '../schemas.ts';
import { method } from './method.ts';

/** A blank board's own card kinds, each shown as a column: label, colour and icon. */
export const kindMethods = {
  'kinds.create': method<CustomKind>()(
    z.strictObject({ id, sessionId: id, label: text(KIND_LABEL_MAX), color: groupColor, icon: kindIcon }),
  ),
  'kinds.update': method<CustomKind>()(
    z.strictObject({ id, label: text(KIND_LABEL_MAX).optional(), color: groupColor.optional(), icon: kindIcon.optional() }),
  ),
  'kinds.delete': method<CustomKind>()(byId),
  'kinds.restore': method<CustomKind>()(byId),
};
