import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group, Participant } from '#shared/model.ts';
import { setAttendance } from '../../editor/actions/participants.ts';
import { compareNames } from '#shared/names.ts';
import { matchesSearch } from '#shared/search.ts';
import { LateArrivalForm } from './LateArrivalForm.tsx';

interface CheckInListProps {
  workshopId: string;
  day: number;
  participants: Participant[];
  groups: Group[];
}

/**
 * Tick a name, or type a few letters and press Enter: the highlighted person is checked in and the
 * field is ready for the next. Nobody matches? Enter offers to add the late arrival on the spot.
 */
export function CheckInList({ workshopId, day, participants, groups }: CheckInListProps) {
  const { t } = useTranslation('attendance');
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [lastCheckIn, setLastCheckIn] = useState('');
  const [lateName, setLateName] = useState<string | null>(null);
  const groupName = useMemo(() => new Map(groups.map((g) => [g.id, g.name])), [groups]);

  const matches = useMemo(() => {
    return participants
      .filter((p) => matchesSearch(query, [p.name], 'word-start'))
      .sort((a, b) => compareNames(a.name, b.name));
  }, [participants, query]);
  const highlighted = query.trim() ? matches[Math.min(active, matches.length - 1)] : undefined;
  // Names repeat across kabupaten (two Sri Rahayu): the group tells who is meant.
  const groupOf = (p: Participant) => (p.groupId ? (groupName.get(p.groupId) ?? '') : t('noGroup'));

  async function checkIn(person: Participant) {
    const who = { name: person.name, group: groupOf(person), day };
    if (person.daysPresent.includes(day)) return setLastCheckIn(t('alreadyIn', who));
    if (await setAttendance(person.id, day, true)) setLastCheckIn(t('checkedIn', who));
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, Math.min(matches.length - 1, i + (event.key === 'ArrowDown' ? 1 : -1))));
    } else if (event.key === 'Enter' && query.trim()) {
      event.preventDefault();
      if (highlighted) {
        void checkIn(highlighted);
        setQuery('');
        setActive(0);
      } else {
        setLateName(query.trim());
      }
    }
  }

  return (
    <div className="check-in">
      <label className="check-in-field">
        {t('typeToCheckIn')}
        <input
          ref={inputRef}
          value={query}
          placeholder={t('typePlaceholder')}
          aria-describedby="check-in-hint"
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setLateName(null);
          }}
          onKeyDown={onKeyDown}
        />
      </label>
      <p id="check-in-hint" className="hint">
        {highlighted ? t('enterWillCheckIn', { name: highlighted.name, group: groupOf(highlighted) }) : query.trim() ? t('noMatch', { name: query.trim() }) : t('hint')}
      </p>
      <p role="status" className="check-in-status">
        {lastCheckIn}
      </p>
      {lateName !== null && (
        <LateArrivalForm
          workshopId={workshopId}
          day={day}
          name={lateName}
          groups={groups}
          onDone={(added) => {
            setLateName(null);
            setQuery('');
            if (added) setLastCheckIn(t('lateAdded', { name: added, day }));
            inputRef.current?.focus();
          }}
        />
      )}
      <ul className="check-in-list">
        {(query.trim() ? matches : participants.toSorted((a, b) => compareNames(a.name, b.name))).map((p) => {
          const present = p.daysPresent.includes(day);
          return (
            <li key={p.id} className={`${present ? 'present' : ''}${p === highlighted ? ' highlighted' : ''}`}>
              <label>
                <input type="checkbox" checked={present} onChange={() => void setAttendance(p.id, day, !present)} />
                <span className="person-name">{p.name}</span>
                <span className="muted">{groupOf(p)}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
