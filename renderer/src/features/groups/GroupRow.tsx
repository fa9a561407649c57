import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '#shared/model.ts';
import { GROUP_PALETTE, hexForColor, type GroupColor } from '#shared/palette.ts';
import { updateGroup } from '../../editor/actions/groups.ts';
import { useStore } from '../../editor/store.ts';
import { regionContext } from '../regions/RegionPicker.tsx';

/** One group: drag handle, colour (swatch and name, never colour alone), name, region, head count, delete. */
export function GroupRow({ group, number, sameNameAs, onDelete }: { group: Group; number: number; sameNameAs: number | null; onDelete(): void }) {
  const { t } = useTranslation(['groups', 'regions']);
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: group.id, attributes: { roleDescription: t('handleRole') } });
  const region = useStore((s) => (group.regionCode ? s.regions[group.regionCode] : undefined));
  const members = useStore((s) => Object.values(s.participants).filter((p) => p.groupId === group.id && p.deletedAt === null).length);
  const style = { transform: CSS.Translate.toString(transform), transition, '--group-color': hexForColor(group.color) } as React.CSSProperties;

  return (
    <li ref={setNodeRef} style={style} className={`group-row${isDragging ? ' dragging' : ''}`} data-testid="group-row">
      <button type="button" className="drag-handle" {...attributes} {...listeners} aria-label={t('moveGroup', { name: group.name, number })}>
        ⠿
      </button>
      <span className="group-number">{number}.</span>
      <span className="column-swatch" aria-hidden="true" />
      <div className="group-main">
        <GroupName group={group} describedBy={sameNameAs ? `same-name-${group.id}` : undefined} />
        {sameNameAs !== null && (
          <span className="duplicate-flag" id={`same-name-${group.id}`}>
            {t('sameName', { number: sameNameAs })}
          </span>
        )}
        <span className="group-region">
          {group.regionCode ? (region ? [region.name, regionContext(region, t('regions:districtPrefix'))].filter(Boolean).join(', ') : group.regionCode) : t('custom')}
        </span>
      </div>
      <label className="color-choice">
        <span className="visually-hidden">{t('colorOf', { name: group.name })}</span>
        <select value={group.color} onChange={(e) => void updateGroup(group.id, { color: e.target.value as GroupColor })}>
          {GROUP_PALETTE.map((c) => (
            <option key={c.key} value={c.key}>
              {t(`color.${c.key}`)}
            </option>
          ))}
        </select>
      </label>
      <span className="group-members">{t('members', { count: members })}</span>
      <button type="button" className="danger-quiet" onClick={onDelete} aria-label={t('delete.button', { name: group.name })}>
        {t('delete.short')}
      </button>
    </li>
  );
}

/** Rename in place: Enter or leaving the field saves, Escape gives the old name back. */
function GroupName({ group, describedBy }: { group: Group; describedBy: string | undefined }) {
  const { t } = useTranslation('groups');
  const [name, setName] = useState(group.name);
  const [shown, setShown] = useState(group.name);
  // A rename from elsewhere (another window) replaces the text unless it is being edited.
  if (shown !== group.name) {
    setShown(group.name);
    setName(group.name);
  }
  const save = () => {
    if (name.trim() && name.trim() !== group.name) void updateGroup(group.id, { name }).then((ok) => ok || setName(group.name));
    else setName(group.name);
  };
  return (
    <input
      className="group-name"
      value={name}
      maxLength={120}
      aria-label={t('nameOf', { name: group.name })}
      aria-describedby={describedBy}
      onChange={(e) => setName(e.target.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') setName(group.name);
      }}
    />
  );
}
