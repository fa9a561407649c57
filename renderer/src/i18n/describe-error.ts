import type { AppErrorData } from '#shared/errors.ts';
import { i18next } from './index.ts';

const FIELD_NAMES = ['text', 'title', 'name', 'startDate', 'endDate', 'venue'] as const;
const ENTITIES = ['workshop', 'group', 'session', 'card', 'report', 'file'] as const;

/** The user's-language sentence for an error the core returned. */
export function describeError(error: AppErrorData): string {
  const t = i18next.getFixedT(null, 'errors');
  const entityKey = (ENTITIES as readonly string[]).includes(error.details?.entity ?? '') ? error.details?.entity : 'thing';
  const headline = t(error.code, { entity: t(`entity.${entityKey as (typeof ENTITIES)[number]}`) });
  const fields = error.details?.fields ?? [];
  if (fields.length === 0) return headline;
  const lines = fields.map((f) => {
    const name = (FIELD_NAMES as readonly string[]).includes(f.path) ? (f.path as (typeof FIELD_NAMES)[number]) : 'other';
    return t(`field.${f.problem}`, { field: t(`fieldName.${name}`), limit: f.limit });
  });
  return [...new Set(lines)].join(' ');
}
