import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rankCategory, winnersOf, type AwardCategory } from '#shared/awards.ts';
import { deleteCategory, loadAwards } from '../../editor/actions/awards.ts';
import { loadRoster } from '../../editor/actions/participants.ts';
import { startExport } from '../../editor/actions/reports.ts';
import { useAwardsBook } from '../../editor/paperwork.ts';
import { neighbourAfterRemoval, useFocusRequests } from '../paperwork/use-focus-requests.ts';
import { CategoryForm } from './CategoryForm.tsx';
import { useEntrants } from './entrants.ts';
import { JurorList } from './JurorList.tsx';
import { RankingTable } from './RankingTable.tsx';
import { RevealScreen } from './RevealScreen.tsx';
import { ScoreGrid } from './ScoreGrid.tsx';
import './awards.css';

/**
 * The workshop's "Penghargaan" tab: categories and criteria, jurors, the score grid, the ranking,
 * the reveal and the piagam. The focus always lands somewhere sensible: on the next category or
 * juror after a deletion, on the category after its form closes, on "Umumkan" after the reveal.
 */
export function AwardsPage({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation('awards');
  const book = useAwardsBook(workshopId);
  const focus = useFocusRequests();
  const [editing, setEditing] = useState<AwardCategory | 'new' | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [jurorId, setJurorId] = useState<string | null>(null);
  const [revealing, setRevealing] = useState(false);
  useEffect(() => {
    void loadRoster(workshopId);
    void loadAwards(workshopId);
  }, [workshopId]);

  const category = book?.categories.find((c) => c.id === selectedId) ?? book?.categories[0];
  const juror = book?.jurors.find((j) => j.id === jurorId) ?? book?.jurors[0];
  const entrants = useEntrants(workshopId, category);
  if (!book) return null;
  const ranking = category ? rankCategory(category, book.scores, entrants) : [];
  const winners = category ? winnersOf(category, ranking) : [];

  function remove(index: number) {
    focus.move(neighbourAfterRemoval(book!.categories, index, (c) => `delete:${c.id}`, 'addCategory'));
    void deleteCategory(workshopId, book!.categories[index]!.id);
  }

  function closeForm(savedId: string | null) {
    const was = editing;
    setEditing(null);
    if (savedId) {
      setSelectedId(savedId);
      focus.move(`category:${savedId}`);
    } else focus.move(was !== null && was !== 'new' ? `edit:${was.id}` : 'addCategory');
  }

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
              {book.categories.map((c, i) => (
                <li key={c.id} className={c.id === category?.id ? 'selected' : undefined}>
                  <button type="button" className="link-button category-name" ref={focus.ref(`category:${c.id}`)} aria-pressed={c.id === category?.id} onClick={() => setSelectedId(c.id)}>
                    {c.name}
                  </button>
                  <span className="muted">{c.criteria.map((k) => `${k.name} (${k.weight})`).join(', ')}</span>
                  <button type="button" ref={focus.ref(`edit:${c.id}`)} aria-label={t('editCategoryLabel', { name: c.name })} onClick={() => setEditing(c)}>
                    {t('editCategory')}
                  </button>
                  <button type="button" className="danger" ref={focus.ref(`delete:${c.id}`)} aria-label={t('deleteCategoryLabel', { name: c.name })} onClick={() => remove(i)}>
                    {t('deleteCategory')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {editing === null && (
            <button type="button" className="primary" ref={focus.ref('addCategory')} onClick={() => setEditing('new')}>
              {t('addCategory')}
            </button>
          )}
        </section>
        <JurorList workshopId={workshopId} jurors={book.jurors} focus={focus} />
      </div>
      {editing !== null && (
        <CategoryForm key={editing === 'new' ? 'new' : editing.id} workshopId={workshopId} {...(editing === 'new' ? {} : { category: editing })} onDone={closeForm} />
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
              <p className="hint" id="scores-hint">
                {t('scoresHint')}
              </p>
              <ScoreGrid workshopId={workshopId} category={category} jurorId={juror.id} entrants={entrants} scores={book.scores} hintId="scores-hint" />
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
              <button type="button" className="primary" ref={focus.ref('reveal')} aria-label={t('revealLabel', { name: category.name })} onClick={() => setRevealing(true)}>
                {t('reveal')}
              </button>
              <button
                type="button"
                aria-label={t('piagamLabel', { name: category.name })}
                onClick={() => void startExport({ workshopId, content: 'award_certificates', format: 'pdf', categoryId: category.id })}
              >
                {t('piagam')}
              </button>
            </div>
          )}
        </section>
      )}
      {revealing && category && (
        <RevealScreen
          category={category}
          winners={winners}
          onClose={() => {
            setRevealing(false);
            focus.move('reveal');
          }}
        />
      )}
    </div>
  );
}
