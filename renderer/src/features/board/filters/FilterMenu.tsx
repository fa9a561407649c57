import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { STRATEGY_TAGS, type Session, type StrategyTag } from '#shared/model.ts';
import { boardKinds } from '#shared/board/kinds.ts';
import { hasFilters, NO_FILTERS, type BoardFilters } from '../../../editor/board/board-state.ts';
import { useBoard, useBoardUi, useEditor } from '../../../editor/board/context.tsx';
import { INBOX } from '../../../editor/board/view.ts';
import { useWorkshopGroups } from '../../../editor/store.ts';
import { Icon } from '../Icon.tsx';
import { useKindLabel } from '../model/useKindLabel.ts';
import { GroupOptions } from '../../groups/GroupOptions.tsx';
import { usePopover } from '../../shell/usePopover.ts';

/** Filter the board by kind, TPBIS strategy and group (the search box filters by words). */
export function FilterMenu({ session }: { session: Session }) {
  const { t } = useTranslation('board');
  const kindLabel = useKindLabel();
  // Esc and a click outside close it; Esc and "Selesai" give the focus back to the button.
  const { open, setOpen, close, triggerRef, panelRef } = usePopover();
  const editor = useEditor();
  const filters = useBoardUi((s) => s.filters);
  const groups = useWorkshopGroups(session.workshopId);
  const ownKinds = useBoard(useShallow((s) => Object.values(s.customKinds)));
  const kinds = boardKinds(session.template, ownKinds, []);
  const set = (patch: Partial<BoardFilters>) => editor.setUi((ui) => ({ filters: { ...ui.filters, ...patch } }));
  const toggle = <T,>(list: T[], value: T) => (list.includes(value) ? list.filter((x) => x !== value) : [...list, value]);
  const active = hasFilters({ ...filters, text: '' });

  return (
    <div className="filter-menu">
      <button type="button" ref={triggerRef} aria-expanded={open} onClick={() => setOpen(!open)} className={active ? 'filter-active' : undefined}>
        {active ? t('filters.active') : t('filters.open')}
      </button>
      {open && (
        <div className="popover filter-panel" ref={panelRef} role="group" aria-label={t('filters.open')}>
          <fieldset>
            <legend>{t('filters.kind')}</legend>
            {kinds.map((kind) => (
              <label key={kind.key} className="chip-check">
                <input type="checkbox" checked={filters.kinds.includes(kind.key)} onChange={() => set({ kinds: toggle(filters.kinds, kind.key) })} />
                <Icon name={kind.icon} />
                {kindLabel(kind)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('filters.tag')}</legend>
            {STRATEGY_TAGS.map((tag: StrategyTag) => (
              <label key={tag} className="chip-check">
                <input type="checkbox" checked={filters.tags.includes(tag)} onChange={() => set({ tags: toggle(filters.tags, tag) })} />
                {t(`tag.${tag}`)}
              </label>
            ))}
          </fieldset>
          <label className="filter-group">
            {t('filters.group')}
            <select value={filters.group ?? ''} onChange={(e) => set({ group: e.target.value || null })}>
              <option value="">{t('filters.allGroups')}</option>
              <option value={INBOX}>{t('dnd.inbox')}</option>
              <GroupOptions groups={groups} />
            </select>
          </label>
          <div className="popover-actions">
            <button type="button" onClick={() => editor.setUi({ filters: { ...NO_FILTERS, text: filters.text } })} disabled={!active}>
              {t('filters.clear')}
            </button>
            <button type="button" className="primary" onClick={close}>
              {t('filters.done')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
