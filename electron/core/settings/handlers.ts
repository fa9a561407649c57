import type { settingsMethods } from '#shared/methods/settings.ts';
import type { Language, Settings } from '#shared/model.ts';
import { LANGUAGES } from '#shared/model.ts';
import { write, type Db } from '../context.ts';
import type { HandlerMap } from '../handler-types.ts';

const DEFAULTS: Settings = { language: 'id' };

export const settingsHandlers: HandlerMap<keyof typeof settingsMethods> = {
  async 'settings.get'(_input, { db }) {
    return readSettings(db);
  },

  async 'settings.update'(input, ctx) {
    return write(ctx, async (trx) => {
      await trx
        .insertInto('settings')
        .values({ key: 'language', value: input.language })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: input.language }))
        .execute();
      const settings = await readSettings(trx);
      return { value: settings, events: [{ type: 'settings.saved', settings }] };
    });
  },
};

export async function readSettings(db: Db): Promise<Settings> {
  const rows = await db.selectFrom('settings').selectAll().execute();
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  const language = (LANGUAGES as readonly string[]).includes(stored.language ?? '') ? (stored.language as Language) : DEFAULTS.language;
  return { language };
}
