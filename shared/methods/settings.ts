import { z } from 'zod';
import { CSV_SEPARATORS, type Settings } from '../model.ts';
import { empty, language } from '../schemas.ts';
import { method } from './method.ts';

export const settingsMethods = {
  'settings.get': method<Settings>()(empty),
  /** Changes the given settings only. */
  'settings.update': method<Settings>()(z.strictObject({ language: language.optional(), csvSeparator: z.enum(CSV_SEPARATORS).optional() })),
};
