import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rankCategory, winnersOf, type AwardCategory } from '#shared/awards.ts';
import { loadRoster } from '../../editor/actions/participants.ts';
import { ConfirmDialog } from '../shell/ConfirmDialog.tsx';
import { deleteCategory, exportPiagam, useAwardsBook } from './award-actions.ts';
import { CategoryForm } from './CategoryForm.tsx';
import { useEntrants } from './entrants.ts';
import { JurorList } from './JurorList.tsx';
import { RankingTable } from './RankingTable.tsx';
import { RevealScreen } from './RevealScreen.tsx';
import { ScoreGrid } from './ScoreGrid.tsx';
import './awards.css';

/** The workshop's "Penghargaan" tab: categories and criteria, jurors, the score grid, the ranking, the reveal and the piagam. */
export function AwardsPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation('awards');
  const book = useAwardsBook(workshopId);
  const [editing, setEditing] = useState<AwardCategory | 'new' | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [jurorId, setJurorId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<AwardCategory | null>(null);
  const [revealing, setRevealing] = useState(false);
  useEffect(() => void loadRoster(workshopId), [workshopId]);

  const category = book?.categories.find((c) => c.id === selectedId) ?? book?.categories[0];
  const juror = book?.jurors.find((j) => j.id === jurorId) ?? book?.jurors[0];
  const entrants = useEntrants(workshopId, category);
  if (!book) return null;
  const ranking = category ? rankCategory(category, book.scores, entrants) : [];
  const winners = category ? winnersOf(category, ranking) : [];

  return (
    <div className="awards-page">
      <h2>{t('title')}</h2>
      <p className="hint">{t('intro')}</p>
      <div className="awards-grid">
        <section className="panel" aria-labelledby="categories-title">
          <h3 id="categories-title">{t('categories')}</h3>
          {book.categories.length === 0 ? (
            <p className="hint">{t('noCategories')}</p>
          ) : (
            <ul className="category-list">
              {book.categories.map((c) => (
                <li key={c.id} className={c.id === category?.id ? 'selected' : undefined}>
                  <button type="button" className="link-button category-name" aria-pressed={c.id === category?.id} onClick={() => setSelectedId(c.id)}>
                    {c.name}
                  </button>
                  <span className="muted">{c.criteria.map((k) => `${k.name} (${k.weight})`).join(', ')}</span>
                  <button type="button" aria-label={t('editCategoryLabel', { name: c.name })} onClick={() => setEditing(c)}>
                    {t('editCategory')}
                  </button>
                  <button type="button" className="danger" aria-label={t('deleteCategoryLabel', { name: c.name })} onClick={() => setDeleting(c)}>
                    {t('deleteCategory')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {editing === null && (
            <button type="button" className="primary" onClick={() => setEditing('new')}>
              {t('addCategory')}
            </button>
          )}
        </section>
        <JurorList workshopId={workshopId} jurors={book.jurors} />
      </div>
      {editing !== null && (
        <CategoryForm
          key={editing === 'new' ? 'new' : editing.id}
          workshopId={workshopId}
          {...(editing === 'new' ? {} : { category: editing })}
          onDone={(id) => {
            setEditing(null);
            if (id) setSelectedId(id);
          }}
        />
      )}
      {category && (
        <section className="panel" aria-labelledby="scores-title">
          <h3 id="scores-title">
            {t('scores')}: {category.name}
          </h3>
          {juror ? (
            <>
              <label className="inline-label">
                {t('chooseJuror')}
                <select value={juror.id} onChange={(e) => setJurorId(e.target.value)}>
                  {book.jurors.map((j) => (
                    <option key={j.id} value={j.id}>
                      {j.name}
                    </option>
                  ))}
                </select>
              </label>
              <p className="hint">{t('scoresHint')}</p>
              <ScoreGrid workshopId={workshopId} category={category} jurorId={juror.id} entrants={entrants} scores={book.scores} />
            </>
          ) : (
            <p className="hint">{t('needJuror')}</p>
          )}
        </section>
      )}
      {category && (
        <section className="panel" aria-labelledby="ranking-title">
          <h3 id="ranking-title">
            {t('ranking')}: {category.name}
          </h3>
          <p className="hint">{t('tieRule')}</p>
          <RankingTable ranking={ranking} winners={category.winners} />
          {winners.length === 0 ? (
            <p className="hint">{t('noWinners')}</p>
          ) : (
            <div className="form-actions">
              <button type="button" className="primary" aria-label={t('revealLabel', { name: category.name })} onClick={() => setRevealing(true)}>
                {t('reveal')}
              </button>
              <button type="button" aria-label={t('piagamLabel', { name: category.name })} onClick={() => void exportPiagam(workshopId, category.id)}>
                {t('piagam')}
              </button>
            </div>
          )}
        </section>
      )}
      {revealing && category && <RevealScreen category={category} winners={winners} onClose={() => setRevealing(false)} />}
      {deleting && (
        <ConfirmDialog
          title={t('deleteCategoryLabel', { name: deleting.name })}
          confirmLabel={t('deleteCategory')}
          cancelLabel={t('form.cancel')}
          onConfirm={() => {
            void deleteCategory(deleting.id);
            setDeleting(null);
          }}
          onCancel={() => setDeleting(null)}
        >
          <p>{t('confirmDelete', { name: deleting.name })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
