import type { SessionBoard } from '../model.ts';
import { byId } from '../schemas.ts';
import { method } from './method.ts';

export const sessionMethods = {
  /** Everything one board shows: the session and its cards (deleted ones left out). */
  'sessions.board': method<SessionBoard>()(byId),
};
