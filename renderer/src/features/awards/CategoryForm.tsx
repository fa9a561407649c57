import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WINNERS_MAX, type AwardCategory, type AwardEntrants } from '#shared/awards.ts';
import { saveCategory } from './award-actions.ts';

interface CriterionDraft {
  id?: string;
  name: string;
  weight: number;
}

/** A category's name, who is scored, how many win, and its criteria with their weights. */
export function CategoryForm({ workshopId, category, onDone }: { workshopId: string; category?: AwardCategory; onDone: (id: string | null) => void }) {
  const { t } = useTranslation('awards');
  const [criteria, setCriteria] = useState<CriterionDraft[]>(category?.criteria.map(({ id, name, weight }) => ({ id, name, weight })) ?? [{ name: '', weight: 50 }]);
  const change = (i: number, patch: Partial<CriterionDraft>) => setCriteria((list) => list.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <form
      className="panel award-form"
      aria-label={category ? t('form.editTitle') : t('form.newTitle')}
      onSubmit={async (e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const book = await saveCategory({
          workshopId,
          ...(category ? { id: category.id } : {}),
          name: String(form.get('name') ?? ''),
          description: String(form.get('description') ?? ''),
          entrants: String(form.get('entrants')) as AwardEntrants,
          winners: Number(form.get('winners')),
          criteria: criteria.map(({ id, name, weight }) => ({ ...(id ? { id } : {}), name, weight })),
        });
        if (book) onDone(category?.id ?? book.categories.at(-1)?.id ?? null);
      }}
    >
      <h3>{category ? t('form.editTitle') : t('form.newTitle')}</h3>
      <label>
        {t('form.name')}
        <input name="name" required maxLength={200} defaultValue={category?.name ?? ''} autoFocus />
      </label>
      <label>
        {t('form.description')}
        <input name="description" maxLength={500} defaultValue={category?.description ?? ''} />
      </label>
      <div className="award-form-row">
        <label>
          {t('form.entrants')}
          <select name="entrants" defaultValue={category?.entrants ?? 'groups'}>
            <option value="groups">{t('form.entrantsGroups')}</option>
            <option value="participants">{t('form.entrantsParticipants')}</option>
          </select>
        </label>
        <label>
          {t('form.winners')}
          <input name="winners" type="number" min={1} max={WINNERS_MAX} defaultValue={category?.winners ?? 3} required />
        </label>
      </div>
      <fieldset>
        <legend>{t('form.criteria')}</legend>
        {criteria.map((criterion, i) => (
          <div className="criterion-row" key={criterion.id ?? `new-${i}`}>
            <input aria-label={t('form.criterionName', { n: i + 1 })} value={criterion.name} required maxLength={120} onChange={(e) => change(i, { name: e.target.value })} />
            <input
              aria-label={t('form.criterionWeight', { n: i + 1 })}
              type="number"
              min={1}
              max={100}
              value={criterion.weight}
              required
              onChange={(e) => change(i, { weight: Number(e.target.value) })}
            />
            {criteria.length > 1 && (
              <button type="button" className="link-button" aria-label={t('form.removeCriterion', { n: i + 1 })} onClick={() => setCriteria((list) => list.filter((_, j) => j !== i))}>
                ✕
              </button>
            )}
          </div>
        ))}
        <button type="button" onClick={() => setCriteria((list) => [...list, { name: '', weight: 25 }])}>
          {t('form.addCriterion')}
        </button>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('form.save')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
