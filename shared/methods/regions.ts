import { z } from 'zod';
import type { Region } from '../model.ts';
import { regionCode, regionLevel } from '../schemas.ts';
import { method } from './method.ts';

const REGION_SEARCH_LIMIT = 50;

export const regionMethods = {
  /**
   * Type-ahead over the official regions: case-insensitive, "Kabupaten"/"Kab."/"Kota" prefixes
   * ignored, every word of the query matching the start of a word of the name. Best matches first.
   */
  'regions.search': method<Region[]>()(
    z.strictObject({
      query: z.string().trim().min(1).max(100),
      /** Omitted: every level. */
      levels: z.array(regionLevel).min(1).max(4).optional(),
      /** Only regions inside this one (a province for a provincial PLM, a kabupaten/kota for a kabupaten PLM). */
      within: regionCode.optional(),
      limit: z.number().int().min(1).max(REGION_SEARCH_LIMIT).default(20),
    }),
  ),
  /** The regions with these codes (unknown codes are left out). */
  'regions.lookup': method<Region[]>()(z.strictObject({ codes: z.array(regionCode).max(500) })),
};
