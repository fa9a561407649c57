import type { z } from 'zod';
import { backupMethods } from './methods/backups.ts';
import { cardMethods } from './methods/cards.ts';
import { clusterMethods } from './methods/clusters.ts';
import { doorMethods } from './methods/door.ts';
import { groupMethods } from './methods/groups.ts';
import { kindMethods } from './methods/kinds.ts';
import { linkMethods } from './methods/links.ts';
import { reportMethods } from './methods/reports.ts';
import { awardMethods } from './methods/awards.ts';
import { certificateMethods } from './methods/certificates.ts';
import { documentationMethods } from './methods/documentation.ts';
import type { MethodSpec } from './methods/method.ts';
import { attendanceMethods, participantMethods } from './methods/participants.ts';
import { regionMethods } from './methods/regions.ts';
import { spreadsheetMethods } from './methods/spreadsheets.ts';
import { sessionMethods } from './methods/sessions.ts';
import { settingsMethods } from './methods/settings.ts';
import { timerMethods } from './methods/timer.ts';
import { transferMethods } from './methods/transfer.ts';
import { voteMethods } from './methods/votes.ts';
import { workshopMethods } from './methods/workshops.ts';

/**
 * The one contract between the renderer and the core: method name -> input schema + result.
 * Each domain declares its methods in `shared/methods/<domain>.ts`; adding a capability means
 * a schema there, a handler in the core, a UI action, and tests.
 */
export const methods = {
  ...workshopMethods,
  ...groupMethods,
  ...sessionMethods,
  ...cardMethods,
  ...settingsMethods,
  ...kindMethods,
  ...clusterMethods,
  ...linkMethods,
  ...voteMethods,
  ...timerMethods,
  ...regionMethods,
  ...participantMethods,
  ...attendanceMethods,
  ...spreadsheetMethods,
  ...reportMethods,
  ...doorMethods,
  ...documentationMethods,
  ...awardMethods,
  ...certificateMethods,
  ...backupMethods,
  ...transferMethods,
};

export type Methods = typeof methods;
export type MethodName = keyof Methods;

/** What a caller sends (before defaults are applied). */
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
/** What a handler receives (validated, trimmed, defaults applied). */
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodResult<M extends MethodName> = Methods[M] extends MethodSpec<z.ZodType, infer R> ? R : never;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(methods, name);
}

export type { AppEvent, AppEventType } from './events.ts';
