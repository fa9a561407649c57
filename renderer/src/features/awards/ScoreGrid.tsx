import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SCORE_MAX, type AwardCategory, type AwardScore, type Entrant } from '#shared/awards.ts';
import { setScore } from './award-actions.ts';

/**
 * One juror's scores for one category: a row per entrant, a column per criterion. Typed fast
 * from the juror's paper: Enter or ↓ goes down the column, ↑ up, Tab across; a score is saved
 * when the box is left, and an emptied box clears it.
 */
export function ScoreGrid({ workshopId, category, jurorId, entrants, scores }: { workshopId: string; category: AwardCategory; jurorId: string; entrants: Entrant[]; scores: AwardScore[] }) {
  const { t } = useTranslation('awards');
  const grid = useRef<HTMLTableElement>(null);
  // What this grid last sent per cell, so Enter and then leaving the box save once.
  const sent = useRef(new Map<string, number | null>());
  const value = new Map(scores.filter((s) => s.jurorId === jurorId).map((s) => [`${s.criterionId}|${s.entrantId}`, s.score]));
  const focusCell = (row: number, column: number) => grid.current?.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-column="${column}"]`)?.select();
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, row: number, column: number, criterionId: string, entrantId: string) => {
    if (e.key === 'Enter' || e.key === 'ArrowDown') {
      e.preventDefault();
      // Saved now: on the last row there is no next box to move to.
      save(e.currentTarget, criterionId, entrantId);
      focusCell(row + 1, column);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      focusCell(row - 1, column);
    }
  };
  const save = (input: HTMLInputElement, criterionId: string, entrantId: string) => {
    const text = input.value.trim().replace(',', '.');
    const key = `${jurorId}|${criterionId}|${entrantId}`;
    const before = sent.current.has(key) ? sent.current.get(key) : (value.get(`${criterionId}|${entrantId}`) ?? null);
    if (text === '') {
      if (before !== null && before !== undefined) {
        sent.current.set(key, null);
        void setScore(workshopId, { criterionId, jurorId, entrantId }, null);
      }
      return;
    }
    const score = Math.round(Number(text));
    if (!Number.isFinite(score) || score < 0 || score > SCORE_MAX) {
      input.setCustomValidity(t('scoresHint'));
      input.reportValidity();
      return;
    }
    input.setCustomValidity('');
    if (score === before) return;
    sent.current.set(key, score);
    void setScore(workshopId, { criterionId, jurorId, entrantId }, score);
  };
  if (entrants.length === 0) return <p className="hint">{t('noEntrants')}</p>;
  return (
    <table className="score-grid" ref={grid}>
      <thead>
        <tr>
          <th scope="col">{t('entrant')}</th>
          {category.criteria.map((c) => (
            <th scope="col" key={c.id}>
              {c.name} <span className="muted">({c.weight})</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {entrants.map((entrant, row) => (
          <tr key={entrant.id}>
            <th scope="row">{entrant.name}</th>
            {category.criteria.map((criterion, column) => (
              <td key={criterion.id}>
                <input
                  // A new juror or category shows its own saved values.
                  key={`${jurorId}:${value.get(`${criterion.id}|${entrant.id}`) ?? ''}`}
                  inputMode="numeric"
                  className="score-input"
                  data-row={row}
                  data-column={column}
                  aria-label={t('scoreLabel', { criterion: criterion.name, entrant: entrant.name })}
                  defaultValue={value.get(`${criterion.id}|${entrant.id}`) ?? ''}
                  onKeyDown={(e) => onKeyDown(e, row, column, criterion.id, entrant.id)}
                  onBlur={(e) => save(e.currentTarget, criterion.id, entrant.id)}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
