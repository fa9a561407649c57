import { z } from 'zod';
import type { Settings } from '../model.ts';
import { empty, language } from '../schemas.ts';
import { method } from './method.ts';

export const settingsMethods = {
  'settings.get': method<Settings>()(empty),
  'settings.update': method<Settings>()(z.strictObject({ language })),
};
