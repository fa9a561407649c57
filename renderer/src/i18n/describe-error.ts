import type { AppErrorData } from '#shared/errors.ts';
import i18next from 'i18next';
import idErrors from './id/errors.json';

type FieldName = keyof typeof idErrors.fieldName;
type Entity = keyof typeof idErrors.entity;

/** A field or entity has words when the Indonesian file (which the English mirrors) names it. */
const isFieldName = (path: string): path is FieldName => Object.hasOwn(idErrors.fieldName, path);
const isEntity = (name: string): name is Entity => Object.hasOwn(idErrors.entity, name);

/** The user's-language sentence for an error the core returned. */
export function describeError(error: AppErrorData): string {
  const t = i18next.getFixedT(null, 'errors');
  const entity = error.details?.entity ?? '';
  const headline = t(error.code, { entity: t(`entity.${isEntity(entity) ? entity : 'thing'}`), limit: error.details?.limit });
  const fields = error.details?.fields ?? [];
  if (fields.length === 0) return headline;
  const lines = fields.map((f) => t(`field.${f.problem}`, { field: t(`fieldName.${fieldName(f.path)}`), limit: f.limit }));
  return [...new Set(lines)].join(' ');
}

/** A field inside a list (`cards.3.text`, one line of a paste) has the words of its own name (`text`). */
function fieldName(path: string): FieldName | 'other' {
  if (isFieldName(path)) return path;
  const own = path.split('.').at(-1) ?? '';
  return isFieldName(own) ? own : 'other';
}
