import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group, Workshop } from '#shared/model.ts';
import { addGroup, addGroupFromRegion } from '../../editor/actions/groups.ts';
import { sameName } from '#shared/search.ts';
import { RegionPicker } from '../regions/RegionPicker.tsx';
import { useSubmitOnce } from '../shell/useSubmitOnce.ts';
import { regionChoice } from './region-choice.ts';

export function AddGroupPanel({ workshop, groups }: { workshop: Workshop; groups: Group[] }) {
  const { t } = useTranslation('groups');
  const [name, setName] = useState('');
  const choice = regionChoice(workshop);
  const taken = new Set(groups.flatMap((g) => (g.regionCode ? [g.regionCode] : [])));
  const twin = groups.find((g) => sameName(g.name, name));

  const { busy, run } = useSubmitOnce(async (typed: string) => {
    if (await addGroup(workshop.id, typed)) setName('');
  });

  function addCustom(event: FormEvent) {
    event.preventDefault();
    // The second click of a double click finds the field already emptied: nothing to add.
    if (name.trim()) void run(name);
  }

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
      <form className="inline-form" onSubmit={addCustom}>
        <label>
          {t('add.custom')}
          <input
            value={name}
            maxLength={120}
            placeholder={t('add.customPlaceholder')}
            aria-describedby={twin ? 'custom-group-twin' : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button type="submit" disabled={busy}>
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
