import type { MethodName } from '#shared/api.ts';
import { backupHandlers } from './backups/handlers.ts';
import { cardHandlers } from './cards/handlers.ts';
import { clusterHandlers } from './clusters/handlers.ts';
import { doorHandlers } from './door/handlers.ts';
import { groupHandlers } from './groups/handlers.ts';
import type { HandlerMap } from './handler-types.ts';
import { kindHandlers } from './kinds/handlers.ts';
import { linkHandlers } from './links/handlers.ts';
import { sessionHandlers } from './sessions/handlers.ts';
import { settingsHandlers } from './settings/handlers.ts';
import { timerHandlers } from './timer/handlers.ts';
import { transferHandlers } from './transfer/handlers.ts';
import { voteHandlers } from './votes/handlers.ts';
import { reportHandlers } from './reports/handlers.ts';
import { participantHandlers } from './participants/handlers.ts';
import { regionHandlers } from './regions/handlers.ts';
import { spreadsheetHandlers } from './spreadsheets/handlers.ts';
import { workshopHandlers } from './workshops/handlers.ts';
import { awardHandlers } from './awards/handlers.ts';
import { certificateHandlers } from './certificates/handlers.ts';
import { documentationHandlers } from './photos/handlers.ts';

/** The core's implementation of the whole contract; the compiler checks nothing is missing. */
export const handlers = {
  ...workshopHandlers,
  ...groupHandlers,
  ...sessionHandlers,
  ...cardHandlers,
  ...settingsHandlers,
  ...kindHandlers,
  ...clusterHandlers,
  ...linkHandlers,
  ...voteHandlers,
  ...timerHandlers,
  ...reportHandlers,
  ...regionHandlers,
  ...participantHandlers,
  ...spreadsheetHandlers,
  ...doorHandlers,
  ...documentationHandlers,
  ...awardHandlers,
  ...certificateHandlers,
  ...backupHandlers,
  ...transferHandlers,
} satisfies HandlerMap<MethodName>;
