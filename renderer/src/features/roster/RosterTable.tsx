import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group, Participant } from '#shared/model.ts';
import { matchesSearch, nameKey } from '#shared/search.ts';
import { compareNames } from '#shared/names.ts';
import { compareKeys } from '#shared/ordering.ts';
import { removeParticipant } from '../../editor/actions/participants.ts';
import { EditParticipantRow } from './EditParticipantRow.tsx';
import { originText } from './participant-origin.ts';

type SortKey = 'added' | 'name' | 'group' | 'role';

/** The roster: search over name, origin, phone and notes; sort by a column heading; edit or remove a row. */
export function RosterTable({ participants, groups, query }: { participants: Participant[]; groups: Group[]; query: string }) {
  const { t } = useTranslation('roster');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'added', descending: false });
  const [editing, setEditing] = useState<string | null>(null);
  const groupsById = useMemo(() => new Map(groups.map((g) => [g.id, g])), [groups]);
  // "No." is the place in the order added, whatever the sort.
  const numbers = useMemo(() => new Map(participants.map((p, i) => [p.id, i + 1])), [participants]);
  // The same person typed twice is flagged (two people may share a name: the facilitator decides).
  const namesakes = useMemo(() => {
    const count = new Map<string, number>();
    for (const p of participants) count.set(nameKey(p.name), (count.get(nameKey(p.name)) ?? 0) + 1);
    return count;
  }, [participants]);

  const shown = useMemo(() => {
    const matches = (p: Participant) => matchesSearch(query, [p.name, p.village, p.institution, p.regency, p.phone, p.notes]);
    const byKey: Record<SortKey, (a: Participant, b: Participant) => number> = {
      added: (a, b) => a.addedOrder - b.addedOrder,
      name: (a, b) => compareNames(a.name, b.name),
      group: (a, b) => groupOrder(a, b, groupsById) || compareNames(a.name, b.name),
      role: (a, b) => t(`role.${a.role}`).localeCompare(t(`role.${b.role}`), 'id') || compareNames(a.name, b.name),
    };
    const sorted = participants.filter(matches).sort(byKey[sort.key]);
    return sort.descending ? sorted.reverse() : sorted;
  }, [participants, query, sort, groupsById, t]);

  const heading = (key: SortKey, label: string) => (
    <th aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => setSort((s) => ({ key, descending: s.key === key && !s.descending }))}>
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );

  if (participants.length === 0) return <p className="empty">{t('empty')}</p>;
  return (
    <table className="roster-table">
      <caption className="visually-hidden">{t('tableCaption')}</caption>
      <thead>
        <tr>
          {heading('added', t('export.number'))}
          {heading('name', t('fields.name'))}
          <th>{t('genderColumn')}</th>
          {heading('role', t('fields.role'))}
          {heading('group', t('fields.group'))}
          <th>{t('fields.origin')}</th>
          <th>{t('fields.phone')}</th>
          <th>
            <span className="visually-hidden">{t('tools')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {shown.map((p) =>
          editing === p.id ? (
            <EditParticipantRow key={p.id} participant={p} groups={groups} onDone={() => setEditing(null)} />
          ) : (
            <tr key={p.id} data-testid="participant-row">
              <td className="number">{numbers.get(p.id)}</td>
              <td>
                <strong>{p.name}</strong>
                {(namesakes.get(nameKey(p.name)) ?? 0) > 1 && <span className="duplicate-flag"> {t('sameName', { count: namesakes.get(nameKey(p.name)) })}</span>}
                {p.notes && <div className="muted small">{p.notes}</div>}
              </td>
              <td>{p.gender ? t(`genderShort.${p.gender}`) : '–'}</td>
              <td>{t(`role.${p.role}`)}</td>
              <td>{p.groupId ? (groupsById.get(p.groupId)?.name ?? '') : <span className="muted">{t('noGroup')}</span>}</td>
              <td>{originText(p, p.groupId ? groupsById.get(p.groupId)?.name : '')}</td>
              <td>{p.phone}</td>
              <td className="row-tools">
                <button type="button" onClick={() => setEditing(p.id)} aria-label={t('editNamed', { name: p.name })}>
                  {t('edit')}
                </button>
                <button type="button" onClick={() => void removeParticipant(p.id)} aria-label={t('removeNamed', { name: p.name })}>
                  {t('remove')}
                </button>
              </td>
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}

/** Board order of the groups; people without a group last. */
function groupOrder(a: Participant, b: Participant, groups: Map<string, Group>): number {
  const ga = a.groupId ? groups.get(a.groupId) : undefined;
  const gb = b.groupId ? groups.get(b.groupId) : undefined;
  if (!ga || !gb) return ga ? -1 : gb ? 1 : 0;
  return compareKeys(ga, gb);
}
