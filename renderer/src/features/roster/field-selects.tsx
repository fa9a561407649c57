import { useTranslation } from 'react-i18next';
import { GENDERS, PARTICIPANT_ROLES, type Gender, type Group, type ParticipantRole } from '#shared/model.ts';
import { GroupOptions } from '../groups/GroupOptions.tsx';

/** The roster's choice fields, labelled, used by the entry row, the edit row and the late-arrival form. */

export function GenderSelect({ value, onChange }: { value: Gender | null; onChange(value: Gender | null): void }) {
  const { t } = useTranslation('roster');
  return (
    <label>
      {t('fields.gender')}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as Gender))}>
        <option value="">–</option>
        {GENDERS.map((g) => (
          <option key={g} value={g}>
            {t(`genderShort.${g}`)} · {t(`gender.${g}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function RoleSelect({ value, onChange }: { value: ParticipantRole; onChange(value: ParticipantRole): void }) {
  const { t } = useTranslation('roster');
  return (
    <label>
      {t('fields.role')}
      <select value={value} onChange={(e) => onChange(e.target.value as ParticipantRole)}>
        {PARTICIPANT_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`role.${r}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function GroupSelect({ groups, value, onChange }: { groups: Group[]; value: string | null; onChange(value: string | null): void }) {
  const { t } = useTranslation('roster');
  return (
    <label>
      {t('fields.group')}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('noGroup')}</option>
        <GroupOptions groups={groups} />
      </select>
    </label>
  );
}
