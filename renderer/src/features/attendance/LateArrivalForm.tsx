import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Gender, Group, ParticipantRole } from '#shared/model.ts';
import { addParticipant } from '../../editor/actions/participants.ts';
import { getState } from '../../editor/store.ts';
import { GenderSelect, GroupSelect, RoleSelect } from '../roster/field-selects.tsx';
import { originFields } from '../roster/participant-origin.ts';
import { useSubmitOnce } from '../shell/useSubmitOnce.ts';

/** Someone not on the roster arrives: added with a few fields and checked in for this day, in one save. */
export function LateArrivalForm({ workshopId, day, name: typed, groups, onDone }: { workshopId: string; day: number; name: string; groups: Group[]; onDone(added: string | null): void }) {
  const { t } = useTranslation(['attendance', 'roster', 'common']);
  const [name, setName] = useState(typed);
  const [gender, setGender] = useState<Gender | null>(null);
  const [role, setRole] = useState<ParticipantRole>('village_librarian');
  const [groupId, setGroupId] = useState<string | null>(null);
  const [origin, setOrigin] = useState('');

  const { busy, run } = useSubmitOnce(async () => {
    const group = groups.find((g) => g.id === groupId);
    const saved = await addParticipant({ workshopId, name, gender, role, groupId, presentOnDay: day, ...originFields(origin, group, getState().regions) });
    if (saved) onDone(saved.name);
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void run();
  }

  return (
    <form className="late-arrival panel" onSubmit={onSubmit} aria-label={t('late.title')}>
      <h3>{t('late.title')}</h3>
      <div className="inline-form">
        <label>
          {t('roster:fields.name')}
          <input value={name} maxLength={120} onChange={(e) => setName(e.target.value)} autoFocus />
        </label>
        <GenderSelect value={gender} onChange={setGender} />
        <RoleSelect value={role} onChange={setRole} />
        <GroupSelect groups={groups} value={groupId} onChange={setGroupId} />
        <label>
          {t('roster:fields.origin')}
          <input value={origin} maxLength={200} onChange={(e) => setOrigin(e.target.value)} />
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('late.add', { day })}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
