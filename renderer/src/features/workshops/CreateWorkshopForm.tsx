import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useStore } from '../../editor/store.ts';
import { copyWorkshop, createWorkshop } from '../../editor/actions/workshops.ts';
import { DateField } from '../shell/DateField.tsx';
import { useSubmitOnce } from '../shell/useSubmitOnce.ts';

export function CreateWorkshopForm() {
  const { t } = useTranslation('workshops');
  const [, navigate] = useLocation();
  const earlier = useStore((s) => s.workshopList) ?? [];
  const [startDate, setStartDate] = useState('');
  const [endDate, setEndDate] = useState('');

  const { busy, run } = useSubmitOnce(async (data: FormData) => {
    const field = (name: string) => String(data.get(name) ?? '');
    const input = { title: field('title'), startDate: field('startDate'), endDate: field('endDate') || field('startDate'), venue: field('venue') };
    const sourceId = field('copyFrom');
    const id = sourceId ? await copyWorkshop({ sourceId, ...input }) : await createWorkshop(input);
    if (id) navigate(`/workshops/${id}`);
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void run(new FormData(event.currentTarget));
  }

  return (
    <section aria-labelledby="new-workshop-title" className="panel">
      <h2 id="new-workshop-title">{t('newTitle')}</h2>
      <form onSubmit={onSubmit} className="form-grid" noValidate>
        <label>
          {t('fields.title')}
          <input name="title" required maxLength={200} placeholder={t('fields.titlePlaceholder')} />
        </label>
        <DateField label={t('fields.startDate')} name="startDate" value={startDate} onChange={setStartDate} required />
        <DateField label={t('fields.endDate')} name="endDate" value={endDate} onChange={setEndDate} openOn={startDate} />
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
