import type { spreadsheetMethods } from '#shared/methods/spreadsheets.ts';
import type { HandlerMap } from '../handler-types.ts';
import { readSettings } from '../settings/handlers.ts';
import { readSpreadsheet } from './read.ts';
import { writeSpreadsheet } from './write.ts';

export const spreadsheetHandlers: HandlerMap<keyof typeof spreadsheetMethods> = {
  async 'spreadsheets.read'({ fileName, data }) {
    return readSpreadsheet(Buffer.from(data, 'base64'), fileName);
  },

  async 'spreadsheets.write'(input, { db }) {
    return writeSpreadsheet(input, (await readSettings(db)).csvSeparator);
  },
};
