import { useTranslation } from 'react-i18next';
import type { ImportMapping } from '#shared/roster-import/interpret.ts';
import type { PlaceContext } from '#shared/roster-import/match-group.ts';
import type { GroupOption } from './new-groups.ts';

const NO_GROUP = 'none';
const NEW_GROUP = 'new';

interface GroupChoiceProps {
  /** The mapping key of the text (see `groupValueKey`). */
  valueKey: string;
  mapping: ImportMapping;
  groups: readonly GroupOption[];
  onChange(mapping: ImportMapping): void;
  /** The facilitator asks for a new group for this text (made with the import); omitted: not offered. */
  onNewGroup?(valueKey: string): void;
  label?: string;
}

/** Which group one text of the group column means; choosing confirms a near match too. */
export function GroupChoice({ valueKey, mapping, groups, onChange, onNewGroup, label }: GroupChoiceProps) {
  const { t } = useTranslation('roster');
  const chosen = mapping.groups[valueKey];
  return (
    <select
      value={chosen === undefined ? '' : chosen === null ? NO_GROUP : chosen}
      className={chosen === undefined ? 'unmatched' : undefined}
      aria-label={label}
      onChange={(e) => {
        if (e.target.value === NEW_GROUP) return onNewGroup?.(valueKey);
        const groupsMap = { ...mapping.groups };
        if (e.target.value === '') delete groupsMap[valueKey];
        else groupsMap[valueKey] = e.target.value === NO_GROUP ? null : e.target.value;
        onChange({ ...mapping, groups: groupsMap, guessed: withoutKey(mapping.guessed, valueKey) });
      }}
    >
      <option value="">{t('import.unknownGroup')}</option>
      <option value={NO_GROUP}>{t('noGroup')}</option>
      {groups.map((g) => (
        <option key={g.id} value={g.id}>
          {g.isNew ? t('import.newGroupName', { name: g.name }) : g.name}
        </option>
      ))}
      {onNewGroup && <option value={NEW_GROUP}>{t('import.newGroupOption')}</option>}
    </select>
  );
}

export function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}

/** "Desa Wonosari (Kec. Bengkalis, Kab. Bengkalis)": a text with the row's other place cells. */
export function textWithPlace(text: string, context: PlaceContext): string {
  const places = [context.district, context.regency].filter(Boolean);
  return places.length > 0 ? `${text} (${places.join(', ')})` : text;
}
