import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WINNERS_MAX, type AwardCategory, type AwardEntrants } from '#shared/awards.ts';
import { addCategory, updateCategory } from '../../editor/actions/awards.ts';
import { neighbourAfterRemoval, useFocusRequests } from '../paperwork/use-focus-requests.ts';

interface CriterionDraft {
  /** Made here for a new criterion, so a redo of the save makes the very same one. */
  id: string;
  name: string;
  weight: number;
}

/**
 * A category's name, who is scored, how many win, and its criteria with their weights. `onDone`
 * gets the saved category's id, or null when the form was left without saving.
 */
export function CategoryForm({ workshopId, category, onDone }: { workshopId: string; category?: AwardCategory; onDone: (id: string | null) => void }) {
  const { t } = useTranslation('awards');
  const focus = useFocusRequests();
  const [criteria, setCriteria] = useState<CriterionDraft[]>(category?.criteria.map(({ id, name, weight }) => ({ id, name, weight })) ?? [{ id: crypto.randomUUID(), name: '', weight: 50 }]);
  const change = (i: number, patch: Partial<CriterionDraft>) => setCriteria((list) => list.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const addCriterion = () => {
    const id = crypto.randomUUID();
    setCriteria((list) => [...list, { id, name: '', weight: 25 }]);
    focus.move(`criterion:${id}`);
  };
  const removeCriterion = (i: number) => {
    focus.move(neighbourAfterRemoval(criteria, i, (c) => `criterion:${c.id}`, 'addCriterion'));
    setCriteria((list) => list.filter((_, j) => j !== i));
  };
  return (
    <form
      className="panel award-form"
      aria-label={category ? t('form.editTitle') : t('form.newTitle')}
      onSubmit={async (e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        const fields = {
          workshopId,
          name: String(form.get('name') ?? ''),
          description: String(form.get('description') ?? ''),
          entrants: String(form.get('entrants')) as AwardEntrants,
          winners: Number(form.get('winners')),
          criteria,
        };
        if (!category) {
          const id = await addCategory(fields);
          if (id) onDone(id);
          return;
        }
        // Null: saved as it was, which is done too.
        if ((await updateCategory(category.id, fields)) !== undefined) onDone(category.id);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone(null);
        }
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
          <div className="criterion-row" key={criterion.id}>
            <input
              ref={focus.ref(`criterion:${criterion.id}`)}
              aria-label={t('form.criterionName', { n: i + 1 })}
              value={criterion.name}
              required
              maxLength={120}
              onChange={(e) => change(i, { name: e.target.value })}
            />
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
              <button type="button" className="link-button" aria-label={t('form.removeCriterion', { n: i + 1 })} onClick={() => removeCriterion(i)}>
                ✕
              </button>
            )}
          </div>
        ))}
        <button type="button" ref={focus.ref('addCriterion')} onClick={addCriterion}>
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
