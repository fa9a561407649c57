import { useTranslation } from 'react-i18next';
import type { AwardJuror } from '#shared/awards.ts';
import { deleteJuror, saveJuror } from './award-actions.ts';

/** The jurors who score: added by name, removed with their scores. */
export function JurorList({ workshopId, jurors }: { workshopId: string; jurors: AwardJuror[] }) {
  const { t } = useTranslation('awards');
  return (
    <section className="panel" aria-labelledby="jurors-title">
      <h3 id="jurors-title">{t('jurors')}</h3>
      {jurors.length === 0 ? (
        <p className="hint">{t('noJurors')}</p>
      ) : (
        <ul className="juror-list">
          {jurors.map((juror) => (
            <li key={juror.id}>
              {juror.name}
              <button type="button" className="link-button" aria-label={t('removeJuror', { name: juror.name })} onClick={() => void deleteJuror(juror.id)}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const name = String(new FormData(form).get('juror') ?? '');
          if (await saveJuror({ workshopId, name })) form.reset();
        }}
      >
        <input name="juror" aria-label={t('jurorName')} placeholder={t('jurorName')} required maxLength={120} />
        <button type="submit">{t('addJuror')}</button>
      </form>
    </section>
  );
}
