import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Gender, ParticipantRole } from '#shared/model.ts';
import { addParticipant } from '../../editor/actions/participants.ts';
import { getState, useWorkshopGroups, useWorkshopParticipants } from '../../editor/store.ts';
import { sameName } from '#shared/search.ts';
import { GenderSelect, GroupSelect, RoleSelect } from './field-selects.tsx';
import { originFields } from './participant-origin.ts';
import { useSubmitOnce } from '../shell/useSubmitOnce.ts';

/**
 * Fast entry from a paper sign-in sheet: type, Enter, next. Role and group stay as they were (the
 * sheet lists a kabupaten's people together); the name field takes the focus again.
 */
export function NewParticipantForm({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation('roster');
  const groups = useWorkshopGroups(workshopId);
  const roster = useWorkshopParticipants(workshopId);
  const nameRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [gender, setGender] = useState<Gender | null>(null);
  const [role, setRole] = useState<ParticipantRole>('village_librarian');
  const [groupId, setGroupId] = useState<string | null>(null);
  const [origin, setOrigin] = useState('');
  const [phone, setPhone] = useState('');
  const twin = name.trim() ? roster.find((p) => sameName(p.name, name)) : undefined;
  const twinGroup = twin?.groupId ? groups.find((g) => g.id === twin.groupId)?.name : undefined;

  const { busy, run } = useSubmitOnce(async () => {
    const group = groups.find((g) => g.id === groupId);
    const saved = await addParticipant({ workshopId, name, gender, role, groupId, phone, ...originFields(origin, group, getState().regions) });
    if (!saved) return;
    // The save answers a moment after Enter: if the hand has already gone on (typing the next name, or into
    // the search box), keep what it typed and where it is.
    if (nameRef.current && nameRef.current.value !== name) return;
    setName('');
    setGender(null);
    setOrigin('');
    setPhone('');
    const focused = document.activeElement;
    if (!focused || focused === document.body || formRef.current?.contains(focused)) nameRef.current?.focus();
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    // An empty name after a save is the second click of a double click: nothing to add.
    if (name.trim()) void run();
    else nameRef.current?.focus();
  }

  // Enter on a select submits too, so the whole row is keyboard-only.
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Enter' && event.target instanceof HTMLSelectElement) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  }

  return (
    <form ref={formRef} className="new-participant" onSubmit={onSubmit} onKeyDown={onKeyDown} aria-label={t('new.label')}>
      <label className="wide">
        {t('fields.name')}
        <input
          ref={nameRef}
          value={name}
          maxLength={120}
          placeholder={t('new.namePlaceholder')}
          aria-describedby={twin ? 'new-participant-twin' : undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <GenderSelect value={gender} onChange={setGender} />
      <RoleSelect value={role} onChange={setRole} />
      <GroupSelect groups={groups} value={groupId} onChange={setGroupId} />
      <label className="wide">
        {t('fields.origin')}
        <input value={origin} maxLength={200} placeholder={t('new.originPlaceholder')} onChange={(e) => setOrigin(e.target.value)} />
      </label>
      <label>
        {t('fields.phone')}
        <input value={phone} maxLength={40} inputMode="tel" onChange={(e) => setPhone(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={busy}>
        {t('new.add')}
      </button>
      {twin && (
        <p className="duplicate-flag wide" id="new-participant-twin" role="status">
          {t('new.twin', { name: twin.name, where: twinGroup ? ` (${twinGroup})` : '' })}
        </p>
      )}
    </form>
  );
}
