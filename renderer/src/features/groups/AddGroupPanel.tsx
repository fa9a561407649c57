import { useTranslation } from 'react-i18next';
import type { Group, Workshop } from '#shared/model.ts';
import { addGroup, addGroupFromRegion } from '../../editor/actions/groups.ts';
import { sameName } from '#shared/search.ts';
import { RegionPicker } from '../regions/RegionPicker.tsx';
import { useNameEntry } from '../shell/useNameEntry.ts';
import { regionChoice } from './region-choice.ts';

export function AddGroupPanel({ workshop, groups }: { workshop: Workshop; groups: Group[] }) {
  const { t } = useTranslation('groups');
  const entry = useNameEntry((typed) => addGroup(workshop.id, typed));
  const choice = regionChoice(workshop);
  const taken = new Set(groups.flatMap((g) => (g.regionCode ? [g.regionCode] : [])));
  const twin = groups.find((g) => sameName(g.name, entry.text));

  return (
    <section className="panel add-groups" aria-labelledby="add-groups-title">
      <h2 id="add-groups-title">{t('add.title')}</h2>
      <RegionPicker
        label={t(`add.fromRegion.${workshop.level}`)}
        placeholder={t(`add.placeholder.${workshop.level}`)}
        levels={choice.levels}
        within={choice.within}
        taken={taken}
        onPick={(region) => void addGroupFromRegion(workshop.id, region)}
      />
      {!choice.scoped && <p className="hint">{t(`add.unscoped.${workshop.level === 'regency' ? 'regency' : 'province'}`)}</p>}
      <form className="inline-form" onSubmit={entry.submit}>
        <label>
          {t('add.custom')}
          <input
            value={entry.text}
            maxLength={120}
            placeholder={t('add.customPlaceholder')}
            aria-describedby={twin ? 'custom-group-twin' : undefined}
            onChange={(e) => entry.setText(e.target.value)}
          />
        </label>
        <button type="submit">
          {t('add.customButton')}
        </button>
        {twin && (
          <p className="duplicate-flag" id="custom-group-twin" role="status">
            {t('add.twin', { name: twin.name })}
          </p>
        )}
      </form>
    </section>
  );
}
