import { useTranslation } from 'react-i18next';
import type { AwardJuror } from '#shared/awards.ts';
import { addJuror, deleteJuror } from '../../editor/actions/awards.ts';
import { useNameEntry } from '../shell/useNameEntry.ts';
import { neighbourAfterRemoval, type useFocusRequests } from '../paperwork/use-focus-requests.ts';

/** The jurors who score: added by name (the field keeps the focus for the next), removed with "Urungkan" to bring them back. */
export function JurorList({ workshopId, jurors, focus }: { workshopId: string; jurors: AwardJuror[]; focus: ReturnType<typeof useFocusRequests> }) {
  const { t } = useTranslation('awards');
  const entry = useNameEntry((name) => addJuror(workshopId, name));
  return (
    <section className="panel" aria-labelledby="jurors-title">
      <h3 id="jurors-title">{t('jurors')}</h3>
      {jurors.length === 0 ? (
        <p className="hint">{t('noJurors')}</p>
      ) : (
        <ul className="juror-list">
          {jurors.map((juror, i) => (
            <li key={juror.id}>
              {juror.name}
              <button
                type="button"
                className="link-button"
                ref={focus.ref(`juror:${juror.id}`)}
                aria-label={t('removeJuror', { name: juror.name })}
                onClick={() => {
                  focus.move(neighbourAfterRemoval(jurors, i, (j) => `juror:${j.id}`, 'jurorName'));
                  void deleteJuror(workshopId, juror.id);
                }}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={entry.submit}>
        <input ref={focus.ref('jurorName')} aria-label={t('jurorName')} placeholder={t('jurorName')} required maxLength={120} value={entry.text} onChange={(e) => entry.setText(e.target.value)} />
        <button type="submit">{t('addJuror')}</button>
      </form>
    </section>
  );
}
