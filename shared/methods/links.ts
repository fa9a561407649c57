import { z } from 'zod';
import type { Card, Link } from '../model.ts';
import { byId, id } from '../schemas.ts';
import { method } from './method.ts';

export const linkMethods = {
  /** A solution answers a challenge, a plan carries out a solution (`LINK_RULES`); any session of one workshop. */
  'links.create': method<Link>()(z.strictObject({ id, fromCardId: id, toCardId: id })),
  'links.delete': method<Link>()(byId),
  'links.restore': method<Link>()(byId),
  /** The live cards of the workshop that the given card may be linked with, any session. */
  'links.candidates': method<Card[]>()(z.strictObject({ cardId: id })),
};
