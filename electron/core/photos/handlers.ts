import type { documentationMethods } from '#shared/methods/documentation.ts';
import { AppError } from '#shared/errors.ts';
import { isOrderKey, keyBetween } from '#shared/ordering.ts';
import { PHOTO_MAX_SIDE, THUMBNAIL_SIDE } from '#shared/photos.ts';
import { write, type CoreContext, type Trx } from '../context.ts';
import type { HandlerMap } from '../handler-types.ts';
import { processImage } from '../images/process.ts';
import { requireWorkshop, requireSessionOf } from '../paperwork/scope.ts';
import { loadPhotoInfos, photoWorkshop } from './rows.ts';
import { minutesHandlers } from './minutes.ts';

type PhotoMethod = Exclude<keyof typeof documentationMethods, `minutes.${string}`>;

/**
 * Documentation photos: downscaled in the image worker before the transaction opens, so a big
 * photo never holds the database; stored with a thumbnail, and the original only when asked.
 */
const photoHandlers: HandlerMap<PhotoMethod> = {
  async 'photos.list'({ workshopId }, { db }) {
    await requireWorkshop(db, workshopId);
    return loadPhotoInfos(db, workshopId);
  },

  async 'photos.add'(input, ctx) {
    const bytes = Buffer.from(input.data, 'base64');
    const { type, images } = await processImage(bytes, [
      { maxSide: PHOTO_MAX_SIDE, type: 'image/jpeg', quality: 85 },
      { maxSide: THUMBNAIL_SIDE, type: 'image/jpeg', quality: 75 },
    ]);
    const [image, thumbnail] = images as [(typeof images)[0], (typeof images)[0]];
    const id = input.id ?? ctx.newId();
    return write(ctx, async (trx) => {
      await requireWorkshop(trx, input.workshopId);
      if (input.sessionId) await requireSessionOf(trx, input.sessionId, input.workshopId);
      if (await trx.selectFrom('photos').select('id').where('id', '=', id).executeTakeFirst()) {
        throw new AppError('conflict', `Photo ${id} already exists`, { entity: 'photo' });
      }
      const now = ctx.now();
      await trx
        .insertInto('photos')
        .values({
          id,
          workshop_id: input.workshopId,
          session_id: input.sessionId,
          caption: input.caption,
          file_name: input.fileName,
          width: image.width,
          height: image.height,
          image: image.bytes,
          thumbnail: thumbnail.bytes,
          original: input.keepOriginal ? bytes : null,
          original_type: input.keepOriginal ? type : null,
          position: await lastPosition(trx, input.workshopId),
          created_at: now,
          updated_at: now,
        })
        .execute();
      const [photo] = await loadPhotoInfos(trx, input.workshopId, { ids: [id] });
      return { value: photo!, events: [{ type: 'photos.saved', workshopId: input.workshopId, photos: [photo!] }] };
    });
  },

  async 'photos.update'(input, ctx) {
    return write(ctx, async (trx) => {
      const workshopId = await photoWorkshop(trx, input.id);
      if (input.position !== undefined && !isOrderKey(input.position)) {
        throw new AppError('invalid_input', 'Not an order key', { fields: [{ path: 'position', problem: 'invalid' }] });
      }
      if (input.sessionId) await requireSessionOf(trx, input.sessionId, workshopId);
      await trx
        .updateTable('photos')
        .set({
          ...(input.caption !== undefined ? { caption: input.caption } : {}),
          ...(input.sessionId !== undefined ? { session_id: input.sessionId } : {}),
          ...(input.position !== undefined ? { position: input.position } : {}),
          updated_at: ctx.now(),
        })
        .where('id', '=', input.id)
        .execute();
      const [photo] = await loadPhotoInfos(trx, workshopId, { ids: [input.id] });
      return { value: photo!, events: [{ type: 'photos.saved', workshopId, photos: [photo!] }] };
    });
  },

  // Deleted softly: an undo brings a photo back with its image and original, nothing made again.
  async 'photos.delete'({ ids }, ctx) {
    return setDeleted(ctx, ids, ctx.now());
  },

  async 'photos.restore'({ ids }, ctx) {
    return setDeleted(ctx, ids, null);
  },

  async 'photos.image'({ id, original }, { db }) {
    const row = await db.selectFrom('photos').select(['image', 'original', 'original_type', 'file_name']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
    if (!row) throw new AppError('not_found', `Photo ${id} not found`, { entity: 'photo' });
    if (original && !row.original) throw new AppError('not_found', `Photo ${id} has no original`, { entity: 'photo' });
    const bytes = original ? row.original! : row.image;
    const mimeType = original ? (row.original_type ?? 'image/jpeg') : 'image/jpeg';
    const stem = row.file_name.replace(/\.[^.]*$/, '') || 'foto';
    return { fileName: `${stem}.${mimeType === 'image/png' ? 'png' : 'jpg'}`, mimeType, data: Buffer.from(bytes).toString('base64') };
  },
};

/** Deletes (`deletedAt` a time) or brings back (`null`) photos of one workshop, in one transaction. */
function setDeleted(ctx: CoreContext, ids: readonly string[], deletedAt: string | null) {
  return write(ctx, async (trx) => {
    const rows = await trx.selectFrom('photos').select(['id', 'workshop_id']).where('id', 'in', [...ids]).execute();
    const workshopId = rows[0]?.workshop_id;
    if (!workshopId || rows.length !== new Set(ids).size) throw new AppError('not_found', 'A photo was not found', { entity: 'photo' });
    if (rows.some((r) => r.workshop_id !== workshopId)) throw new AppError('cross_workshop', 'The photos are of different workshops', { entity: 'photo' });
    await trx.updateTable('photos').set({ deleted_at: deletedAt, updated_at: ctx.now() }).where('id', 'in', [...ids]).execute();
    const photos = await loadPhotoInfos(trx, workshopId, { ids, withDeleted: true });
    return { value: photos, events: [{ type: 'photos.saved', workshopId, photos }] };
  });
}

/** New photos go last in the workshop's order. */
async function lastPosition(trx: Trx, workshopId: string): Promise<string> {
  const last = await trx.selectFrom('photos').select('position').where('workshop_id', '=', workshopId).orderBy('position', 'desc').executeTakeFirst();
  return keyBetween(last?.position ?? null, null);
}

export const documentationHandlers = { ...photoHandlers, ...minutesHandlers };
