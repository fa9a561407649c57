import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useStore } from '../../editor/store.ts';
import { copyWorkshop, createWorkshop } from '../../editor/actions/workshops.ts';

export function CreateWorkshopForm() {
  const { t } = useTranslation('workshops');
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const earlier = useStore((s) => s.workshopList) ?? [];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const field = (name: string) => String(data.get(name) ?? '');
    setBusy(true);
    const input = { title: field('title'), startDate: field('startDate'), endDate: field('endDate') || field('startDate'), venue: field('venue') };
    const sourceId = field('copyFrom');
    const id = sourceId ? await copyWorkshop({ sourceId, ...input }) : await createWorkshop(input);
    setBusy(false);
    if (id) navigate(`/workshops/${id}`);
  }

  return (
    <section aria-labelledby="new-workshop-title" className="panel">
      <h2 id="new-workshop-title">{t('newTitle')}</h2>
      <form onSubmit={onSubmit} className="form-grid" noValidate>
        <label>
          {t('fields.title')}
          <input name="title" required maxLength={200} placeholder={t('fields.titlePlaceholder')} />
        </label>
        <label>
          {t('fields.startDate')}
          <input name="startDate" type="date" required />
        </label>
        <label>
          {t('fields.endDate')}
          <input name="endDate" type="date" />
        </label>
        <label>
          {t('fields.venue')}
          <input name="venue" maxLength={200} placeholder={t('fields.venuePlaceholder')} />
        </label>
        {earlier.length > 0 && (
          <div className="copy-choice">
            <label>
              {t('fields.copyFrom')}
              <select name="copyFrom" defaultValue="" aria-describedby="copy-hint">
                <option value="">{t('fields.copyNone')}</option>
                {earlier.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.title}
                  </option>
                ))}
              </select>
            </label>
            <p id="copy-hint" className="hint">
              {t('fields.copyHint')}
            </p>
          </div>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('creating') : t('create')}
        </button>
      </form>
    </section>
  );
}
