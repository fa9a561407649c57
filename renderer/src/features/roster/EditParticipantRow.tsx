import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group, Participant } from '#shared/model.ts';
import { updateParticipant } from '../../editor/actions/participants.ts';
import { GenderSelect, GroupSelect, RoleSelect } from './field-selects.tsx';

/** Every field of one participant, edited in place: Enter saves, Escape leaves it as it was. */
export function EditParticipantRow({ participant, groups, onDone }: { participant: Participant; groups: Group[]; onDone(): void }) {
  const { t } = useTranslation(['roster', 'common']);
  const [draft, setDraft] = useState(() => {
    const { name, gender, role, groupId, regency, village, institution, phone, notes } = participant;
    return { name, gender, role, groupId, regency, village, institution, phone, notes };
  });
  const text = (key: 'name' | 'regency' | 'village' | 'institution' | 'phone' | 'notes', max: number) => (
    <label>
      {t(`fields.${key}`)}
      <input value={draft[key]} maxLength={max} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} autoFocus={key === 'name'} />
    </label>
  );

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if ((await updateParticipant({ id: participant.id, ...draft })) !== undefined) onDone();
  }

  return (
    <tr className="editing">
      <td colSpan={8}>
        <form
          className="edit-participant"
          onSubmit={onSubmit}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onDone();
          }}
          aria-label={t('editNamed', { name: participant.name })}
        >
          {text('name', 120)}
          <GenderSelect value={draft.gender} onChange={(gender) => setDraft({ ...draft, gender })} />
          <RoleSelect value={draft.role} onChange={(role) => setDraft({ ...draft, role })} />
          <GroupSelect groups={groups} value={draft.groupId} onChange={(groupId) => setDraft({ ...draft, groupId })} />
          {text('regency', 120)}
          {text('village', 120)}
          {text('institution', 200)}
          {text('phone', 40)}
          {text('notes', 500)}
          <div className="form-actions">
            <button type="submit" className="primary">
              {t('common:save')}
            </button>
            <button type="button" onClick={onDone}>
              {t('common:cancel')}
            </button>
          </div>
        </form>
      </td>
    </tr>
  );
}
