import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhoneWelcome } from '#shared/phone.ts';
import { Heading } from './Heading.tsx';
import { rosterLabels } from './roster-labels.ts';

export interface Who {
  participantId: string | null;
  name: string | null;
  groupId: string | null;
}

/** Picks one's name from the roster (the group comes with it) or types one and picks a group. */
export function JoinWho({ welcome, problem, busy, onJoin }: { welcome: PhoneWelcome; problem: string | null; busy: boolean; onJoin: (who: Who) => void }) {
  const { t } = useTranslation('phone');
  const [participantId, setParticipantId] = useState('');
  const [typing, setTyping] = useState(welcome.roster.length === 0);
  const [name, setName] = useState('');
  const [groupId, setGroupId] = useState('');
  const labels = useMemo(() => rosterLabels(welcome, (name, group) => t('join.rosterNamesake', { name, group }), t('join.noGroup')), [welcome, t]);
  const pick = (id: string) => {
    setParticipantId(id);
    setGroupId(welcome.roster.find((p) => p.id === id)?.groupId ?? '');
  };
  const ready = typing ? name.trim().length > 0 : participantId !== '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onJoin({ participantId: typing ? null : participantId, name: typing ? name : null, groupId: groupId || null });
  };
  return (
    <form className="phone-panel" onSubmit={submit} noValidate>
      <Heading>{t('join.whoHeading')}</Heading>
      <p className="phone-meeting">
        {[welcome.workshopTitle, welcome.sessionTitle].filter(Boolean).join(' · ')}
      </p>
      {!typing && (
        <>
          <label htmlFor="join-roster">{t('join.rosterLabel')}</label>
          <select id="join-roster" value={participantId} onChange={(e) => pick(e.target.value)}>
            <option value="">{t('join.rosterPlaceholder')}</option>
            {welcome.roster.map((p) => (
              <option key={p.id} value={p.id}>
                {labels.get(p.id) ?? p.name}
              </option>
            ))}
          </select>
        </>
      )}
      {welcome.roster.length > 0 && (
        <label className="phone-check">
          <input type="checkbox" checked={typing} onChange={(e) => setTyping(e.target.checked)} />
          {t('join.notOnRoster')}
        </label>
      )}
      {typing && (
        <>
          <label htmlFor="join-name">{t('join.nameLabel')}</label>
          <input id="join-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={120} autoComplete="name" />
        </>
      )}
      <label htmlFor="join-group">{t('join.groupLabel')}</label>
      <select id="join-group" value={groupId} onChange={(e) => setGroupId(e.target.value)}>
        <option value="">{t('join.noGroup')}</option>
        {welcome.groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
      {problem && (
        <p className="phone-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="phone-primary" disabled={busy || !ready}>
        {busy ? t('join.working') : t('join.submit')}
      </button>
    </form>
  );
}
