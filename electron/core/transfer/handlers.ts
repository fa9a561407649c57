import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '#shared/errors.ts';
import type { transferMethods } from '#shared/methods/transfer.ts';
import { TRANSFER_EXTENSION } from '#shared/transfer.ts';
import type { HandlerMap } from '../handler-types.ts';
import { exportWorkshop } from './export.ts';
import { receiveFile } from './incoming.ts';
import { mergeIntoLive } from './merge.ts';

const MIME_TYPE = 'application/vnd.rembuk+sqlite';

/**
 * A workshop carried between laptops (`.rembuk`). The core runs export and import alone (no other
 * call in between), so they read and change exactly the state they see.
 */
export const transferHandlers: HandlerMap<keyof typeof transferMethods> = {
  async 'transfer.export'({ id }, ctx) {
    const workshop = await ctx.db.selectFrom('workshops').select(['id', 'title']).where('id', '=', id).executeTakeFirst();
    if (!workshop) throw new AppError('not_found', `Workshop ${id} not found`, { entity: 'workshop' });
    const target = join(ctx.safety.dataDir, `.export-${randomUUID()}${TRANSFER_EXTENSION}`);
    try {
      const bytes = await ctx.safety.live.alone((writer) => exportWorkshop(writer, workshop, target, ctx.now()));
      return { fileName: `${safeFileName(workshop.title)}${TRANSFER_EXTENSION}`, mimeType: MIME_TYPE, data: Buffer.from(bytes).toString('base64') };
    } finally {
      rmSync(target, { force: true });
    }
  },

  async 'transfer.inspect'({ data }, ctx) {
    const incoming = await receiveFile(Buffer.from(data, 'base64'), ctx.safety.dataDir);
    try {
      const { manifest } = incoming;
      const here = await ctx.db.selectFrom('workshops').select('id').where('id', '=', manifest.workshopId).executeTakeFirst();
      const count = (table: string) => manifest.rowCounts[table] ?? 0;
      return {
        workshopId: manifest.workshopId,
        title: manifest.workshopTitle,
        exportedAt: manifest.exportedAt,
        appVersion: manifest.appVersion,
        counts: { groups: count('groups'), sessions: count('sessions'), cards: count('cards'), participants: count('participants') },
        merges: here !== undefined,
      };
    } finally {
      incoming.discard();
    }
  },

  async 'transfer.import'({ data }, ctx) {
    const incoming = await receiveFile(Buffer.from(data, 'base64'), ctx.safety.dataDir);
    try {
      const { workshopId, workshopTitle } = incoming.manifest;
      await ctx.safety.backups.create('before-import');
      // Between two transactions of the group commit: the rows it reads are the rows it changes.
      const { merged, counts } = await ctx.safety.live.alone((writer) => ({
        merged: writer.prepare('select 1 from workshops where id = ?').get(workshopId) !== undefined,
        counts: mergeIntoLive(writer, incoming.file, workshopId, ctx.safety.dataDir),
      }));
      ctx.events.emit({ type: 'workshop.imported', workshopId });
      return { workshopId, title: workshopTitle, mode: merged ? 'merge' : 'new', ...counts };
    } finally {
      incoming.discard();
    }
  },
};

/** The workshop's title as a file name on every system (no path or reserved characters). */
function safeFileName(title: string): string {
  const printable = [...title].filter((c) => c >= ' ').join('');
  return printable.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'pertemuan';
}
