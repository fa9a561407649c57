import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TEAM_ROLES, type Participant } from '#shared/model.ts';
import { addParticipant, removeParticipant, updateParticipant } from '../../editor/actions/participants.ts';
import { useWorkshopParticipants } from '../../editor/store.ts';
import { useSubmitOnce } from '../shell/useSubmitOnce.ts';

type TeamRole = (typeof TEAM_ROLES)[number];
const isTeam = (p: Participant) => (TEAM_ROLES as readonly string[]).includes(p.role);

/**
 * Facilitators, master trainers and speakers: roster entries with those roles, so they count in
 * the summary and come along when the next meeting starts from this one.
 */
export function TeamSection({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation(['details', 'roster']);
  const team = useWorkshopParticipants(workshopId).filter(isTeam);
  const [name, setName] = useState('');
  const [role, setRole] = useState<TeamRole>('facilitator');
  const [phone, setPhone] = useState('');

  const { busy, run } = useSubmitOnce(async () => {
    if (await addParticipant({ workshopId, name, role, phone })) {
      setName('');
      setPhone('');
    }
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (name.trim()) void run();
  }

  return (
    <section className="panel team-section" aria-labelledby="team-title">
      <h2 id="team-title">{t('team.title')}</h2>
      <p className="hint">{t('team.hint')}</p>
      {team.length === 0 ? (
        <p className="empty">{t('team.empty')}</p>
      ) : (
        <ul className="team-list">
          {team.map((person) => (
            <TeamMember key={person.id} person={person} />
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={onSubmit}>
        <label>
          {t('team.name')}
          <input value={name} maxLength={120} onChange={(e) => setName(e.target.value)} placeholder={t('team.namePlaceholder')} />
        </label>
        <label>
          {t('roster:fields.role')}
          <select value={role} onChange={(e) => setRole(e.target.value as TeamRole)}>
            {TEAM_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roster:role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('roster:fields.phone')}
          <input value={phone} maxLength={40} onChange={(e) => setPhone(e.target.value)} inputMode="tel" />
        </label>
        <button type="submit" disabled={busy}>
          {t('team.add')}
        </button>
      </form>
    </section>
  );
}

function TeamMember({ person }: { person: Participant }) {
  const { t } = useTranslation(['details', 'roster', 'common']);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState({ name: person.name, role: person.role as TeamRole, phone: person.phone });

  if (editing) {
    return (
      <li className="team-member editing">
        <form
          className="inline-form"
          onSubmit={async (e) => {
            e.preventDefault();
            if ((await updateParticipant({ id: person.id, ...draft })) !== undefined) setEditing(false);
          }}
        >
          <input aria-label={t('team.name')} value={draft.name} maxLength={120} onChange={(e) => setDraft({ ...draft, name: e.target.value })} autoFocus />
          <select aria-label={t('roster:fields.role')} value={draft.role} onChange={(e) => setDraft({ ...draft, role: e.target.value as TeamRole })}>
            {TEAM_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roster:role.${r}`)}
              </option>
            ))}
          </select>
          <input aria-label={t('roster:fields.phone')} value={draft.phone} maxLength={40} onChange={(e) => setDraft({ ...draft, phone: e.target.value })} />
          <button type="submit" className="primary">
            {t('common:save')}
          </button>
          <button type="button" onClick={() => setEditing(false)}>
            {t('common:cancel')}
          </button>
        </form>
      </li>
    );
  }
  return (
    <li className="team-member">
      <strong>{person.name}</strong>
      <span>{t(`roster:role.${person.role}`)}</span>
      {person.phone && <span className="muted">{person.phone}</span>}
      <span className="row-tools">
        <button type="button" onClick={() => setEditing(true)} aria-label={t('team.edit', { name: person.name })}>
          {t('roster:edit')}
        </button>
        <button type="button" onClick={() => void removeParticipant(person.id)} aria-label={t('team.remove', { name: person.name })}>
          {t('roster:remove')}
        </button>
      </span>
    </li>
  );
}
