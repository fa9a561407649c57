/** Documentation of the meeting: photos (of plano sheets, of the room) and minutes per session. */

/** Photos are kept at most this many pixels on their longer side. */
export const PHOTO_MAX_SIDE = 1600;
/** The strip and the documentation page show thumbnails this size. */
export const THUMBNAIL_SIDE = 320;
/** A photo brought in may be at most this large (the browser host accepts 12 MB requests). */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
export const CAPTION_MAX = 300;
/** At most this many photos are added (or deleted, or brought back) in one go. */
export const PHOTOS_AT_ONCE = 200;
export const MINUTES_MAX = 20_000;

/** A stored photo without its full image (which `photos.image` returns). */
export interface PhotoInfo {
  id: string;
  workshopId: string;
  /** `null`: a photo of the whole meeting. */
  sessionId: string | null;
  caption: string;
  fileName: string;
  width: number;
  height: number;
  /** Bytes of the stored (downscaled) image. */
  size: number;
  hasOriginal: boolean;
  position: string;
  createdAt: string;
  /** A small JPEG as a `data:` URL, for strips and lists. */
  thumbnail: string;
  /** Set when deleted (kept so an undo brings it back); lists leave deleted photos out. */
  deletedAt: string | null;
  revision: number;
}

/** A session's minutes (notulen): plain text with light formatting (see `shared/minutes-format.ts`). */
export interface SessionMinutes {
  sessionId: string;
  workshopId: string;
  /** Empty: the session has no minutes (an emptied text stays, so its revision goes on). */
  text: string;
  updatedAt: string;
  revision: number;
}
