import { AppError } from '#shared/errors.ts';
import type { PhotoInfo } from '#shared/photos.ts';
import type { Db, Trx } from '../context.ts';
import type { PhotoRow } from '../db/schema.ts';
import { dataUrl } from '../images/image-type.ts';

/** Everything of a photo row but its large images. */
export type PhotoInfoRow = Omit<PhotoRow, 'image' | 'original'> & { size: number; has_original: number };

const INFO_COLUMNS = ['id', 'workshop_id', 'session_id', 'caption', 'file_name', 'width', 'height', 'thumbnail', 'original_type', 'position', 'created_at', 'updated_at', 'deleted_at', 'revision'] as const;

export function toPhotoInfo(row: PhotoInfoRow): PhotoInfo {
  return {
    id: row.id,
    workshopId: row.workshop_id,
    sessionId: row.session_id,
    caption: row.caption,
    fileName: row.file_name,
    width: row.width,
    height: row.height,
    size: Number(row.size),
    hasOriginal: Boolean(row.has_original),
    position: row.position,
    createdAt: row.created_at,
    thumbnail: dataUrl('image/jpeg', row.thumbnail),
    deletedAt: row.deleted_at,
    revision: row.revision,
  };
}

/** A workshop's photos (or some of them) without their images, in order; deleted ones only when asked. */
export async function loadPhotoInfos(db: Db | Trx, workshopId: string, { ids, withDeleted = false }: { ids?: readonly string[]; withDeleted?: boolean } = {}): Promise<PhotoInfo[]> {
  let query = db
    .selectFrom('photos')
    .select(INFO_COLUMNS)
    .select((eb) => [eb.fn<number>('length', ['image']).as('size'), eb('original', 'is not', null).as('has_original')])
    .where('workshop_id', '=', workshopId);
  if (ids) query = query.where('id', 'in', ids.length ? [...ids] : ['']);
  if (!withDeleted) query = query.where('deleted_at', 'is', null);
  const rows = await query.orderBy('position').orderBy('id').execute();
  return rows.map((row) => toPhotoInfo(row as PhotoInfoRow));
}

/** The workshop of a photo that is not deleted. */
export async function photoWorkshop(db: Db | Trx, id: string): Promise<string> {
  const row = await db.selectFrom('photos').select('workshop_id').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw new AppError('not_found', `Photo ${id} not found`, { entity: 'photo' });
  return row.workshop_id;
}
