import { z } from 'zod';
import type { PhotoInfo, SessionMinutes } from '../photos.ts';
import { CAPTION_MAX, MINUTES_MAX, PHOTOS_AT_ONCE } from '../photos.ts';
import type { ExportedFile } from '../model.ts';
import { id, optionalText, orderKey } from '../schemas.ts';
import { method } from './method.ts';

const caption = optionalText(CAPTION_MAX);
/** Base64; the decoded size (at most MAX_PHOTO_BYTES) is checked in the core with its own message. */
const imageData = z.base64().max(16 * 1024 * 1024);
/** The photos one gesture touches: one, or all those added from one pick of files. */
const photoIds = z.strictObject({ ids: z.array(id).min(1).max(PHOTOS_AT_ONCE) });

/** Documentation photos of a session or of the whole meeting, and each session's minutes (notulen). */
export const documentationMethods = {
  /** The workshop's photos in order (without their full images), meeting photos first. */
  'photos.list': method<PhotoInfo[]>()(z.strictObject({ workshopId: id })),
  /** A JPEG or PNG from the laptop, downscaled to at most 1600 px a side and kept in the database. */
  'photos.add': method<PhotoInfo>()(
    z.strictObject({
      id: id.optional(),
      workshopId: id,
      sessionId: id.nullable().default(null),
      fileName: z.string().trim().max(255).default(''),
      data: imageData,
      caption: caption.default(''),
      /** Also keep the file as it came (makes the database bigger). */
      keepOriginal: z.boolean().default(false),
    }),
  ),
  'photos.update': method<PhotoInfo>()(
    z.strictObject({ id, caption: caption.optional(), sessionId: id.nullable().optional(), position: orderKey.optional() }),
  ),
  /** Deletes photos (kept aside, so `photos.restore` brings them back as they were); answers with them, deleted. */
  'photos.delete': method<PhotoInfo[]>()(photoIds),
  /** Brings deleted photos back (an undo). */
  'photos.restore': method<PhotoInfo[]>()(photoIds),
  /** The stored image (or the original, when one was kept) as base64, to show large or save. */
  'photos.image': method<ExportedFile>()(z.strictObject({ id, original: z.boolean().default(false) })),
  'minutes.list': method<SessionMinutes[]>()(z.strictObject({ workshopId: id })),
  /** Saves a session's minutes; empty text means none. */
  'minutes.save': method<SessionMinutes>()(z.strictObject({ sessionId: id, text: z.string().max(MINUTES_MAX) })),
};
