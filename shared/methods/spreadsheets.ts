import { z } from 'zod';
import type { ExportedFile, SpreadsheetGrid } from '../model.ts';
import { method } from './method.ts';
import { MAX_IMPORT_ROWS } from './participants.ts';

/** A spreadsheet brought for import may be at most this large (the browser host accepts 12 MB bodies). */
export const MAX_SPREADSHEET_BYTES = 5 * 1024 * 1024;
const SPREADSHEET_FORMATS = ['xlsx', 'csv'] as const;
export type SpreadsheetFormat = (typeof SPREADSHEET_FORMATS)[number];

const fileName = z.string().trim().min(1).max(255);

/**
 * Spreadsheet files in and out. The core does the file formats (off the main thread when reading);
 * the renderer decides what the cells mean and says them in the user's language.
 */
export const spreadsheetMethods = {
  /** The cells of an .xlsx or .csv file, as text; nothing is saved. */
  'spreadsheets.read': method<SpreadsheetGrid>()(
    z.strictObject({
      fileName,
      /** The file's bytes, base64. The size is checked after decoding, with its own message. */
      data: z.base64().max(16 * 1024 * 1024),
    }),
  ),
  /** A file of one sheet made from rows of text: .xlsx, or .csv in UTF-8 with a BOM (so Excel reads Indonesian text right). */
  'spreadsheets.write': method<ExportedFile>()(
    z.strictObject({
      /** Without extension; the format's is added. */
      fileName,
      format: z.enum(SPREADSHEET_FORMATS),
      sheetName: z.string().trim().min(1).max(31),
      rows: z.array(z.array(z.string().max(2000)).max(60)).min(1).max(MAX_IMPORT_ROWS + 1),
    }),
  ),
};
