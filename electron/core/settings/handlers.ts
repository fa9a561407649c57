import type { settingsMethods } from '#shared/methods/settings.ts';
import type { CsvSeparator, Language, Settings } from '#shared/model.ts';
import { CSV_SEPARATORS, LANGUAGES } from '#shared/model.ts';
import { write, type Db } from '../context.ts';
import type { HandlerMap } from '../handler-types.ts';

const DEFAULTS: Settings = { language: 'id', csvSeparator: ',' };
/** Each setting's key in the settings table. */
const KEYS = { language: 'language', csvSeparator: 'csv_separator' } as const satisfies Record<keyof Settings, string>;

export const settingsHandlers: HandlerMap<keyof typeof settingsMethods> = {
  async 'settings.get'(_input, { db }) {
    return readSettings(db);
  },

  async 'settings.update'(input, ctx) {
    return write(ctx, async (trx) => {
      for (const name of Object.keys(KEYS) as Array<keyof Settings>) {
        const value = input[name];
        if (value === undefined) continue;
        await trx
          .insertInto('settings')
          .values({ key: KEYS[name], value })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
          .execute();
      }
      const settings = await readSettings(trx);
      return { value: settings, events: [{ type: 'settings.saved', settings }] };
    });
  },
};

export async function readSettings(db: Db): Promise<Settings> {
  const rows = await db.selectFrom('settings').selectAll().execute();
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  const language = (LANGUAGES as readonly string[]).includes(stored[KEYS.language] ?? '') ? (stored[KEYS.language] as Language) : DEFAULTS.language;
  const separator = stored[KEYS.csvSeparator] ?? '';
  const csvSeparator = (CSV_SEPARATORS as readonly string[]).includes(separator) ? (separator as CsvSeparator) : DEFAULTS.csvSeparator;
  return { language, csvSeparator };
}
