import { useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwardCategory, AwardScore, Entrant } from '#shared/awards.ts';
import { setScores } from '../../editor/actions/awards.ts';
import { notify } from '../../editor/notices.ts';
import { useDraft } from '../paperwork/use-draft.ts';
import { isBlock, parseScoreBlock, readScore } from './score-paste.ts';

interface ScoreGridProps {
  workshopId: string;
  category: AwardCategory;
  jurorId: string;
  entrants: Entrant[];
  scores: AwardScore[];
  /** The hint under the heading that says how the grid is typed and pasted into. */
  hintId: string;
}

/**
 * One juror's scores for one category: a row per entrant, a column per criterion. Typed fast
 * from the juror's paper (Enter or ↓ down the column, ↑ up, Tab across; a score is saved when the
 * box is left, an emptied box clears it), or pasted as a block from the juror's spreadsheet from
 * the box the focus is in: one call, one undo step.
 */
export function ScoreGrid({ workshopId, category, jurorId, entrants, scores, hintId }: ScoreGridProps) {
  const { t } = useTranslation('awards');
  const boxes = useRef(new Map<string, HTMLInputElement>());
  const saved = new Map(scores.filter((s) => s.jurorId === jurorId).map((s) => [`${s.criterionId}|${s.entrantId}`, s.score]));
  const cellAt = (row: number, column: number) => ({ criterionId: category.criteria[column]!.id, jurorId, entrantId: entrants[row]!.id });

  const focusBox = (row: number, column: number) => boxes.current.get(`${row}:${column}`)?.select();

  /** A block from a spreadsheet: resolves with what the box pasted into now holds, or undefined when refused. */
  async function pasteBlock(text: string, row: number, column: number): Promise<number | null | undefined> {
    const outcome = parseScoreBlock(text, { row, column }, { rows: entrants.length, columns: category.criteria.length });
    if (!outcome.ok) {
      notify('error', outcome.reason === 'tooLarge' ? t('paste.tooLarge', { rows: outcome.rows, columns: outcome.columns, freeRows: entrants.length - row, freeColumns: category.criteria.length - column }) : t('paste.notAScore', outcome));
      return undefined;
    }
    const result = await setScores(workshopId, outcome.cells.map((c) => ({ ...cellAt(c.row, c.column), score: c.score })), 'pasteScores');
    if (result === undefined) return undefined;
    notify('info', t('paste.done', { count: outcome.cells.length }));
    return outcome.cells[0]!.score;
  }

  if (entrants.length === 0) return <p className="hint">{t('noEntrants')}</p>;
  return (
    <table className="score-grid" aria-describedby={hintId}>
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
                <ScoreBox
                  // A juror or category of its own starts from its own saved scores.
                  key={`${jurorId}|${criterion.id}`}
                  saved={saved.get(`${criterion.id}|${entrant.id}`) ?? null}
                  label={t('scoreLabel', { criterion: criterion.name, entrant: entrant.name })}
                  boxRef={(element) => (element ? boxes.current.set(`${row}:${column}`, element) : boxes.current.delete(`${row}:${column}`))}
                  onSave={(score) => void setScores(workshopId, [{ ...cellAt(row, column), score }])}
                  onMove={(step) => focusBox(row + step, column)}
                  onPasteBlock={(text) => pasteBlock(text, row, column)}
                />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface ScoreBoxProps {
  saved: number | null;
  label: string;
  boxRef(element: HTMLInputElement | null): void;
  onSave(score: number | null): void;
  onMove(step: 1 | -1): void;
  onPasteBlock(text: string): Promise<number | null | undefined>;
}

/** One score box; it shows what is saved (an undo, another window) unless something is being typed in it. */
function ScoreBox({ saved, label, boxRef, onSave, onMove, onPasteBlock }: ScoreBoxProps) {
  const { t } = useTranslation('awards');
  const [text, setText] = useDraft(saved === null ? '' : String(saved));

  const commit = (input: HTMLInputElement) => {
    const score = readScore(text);
    if (score === undefined) {
      input.setCustomValidity(t('scoreInvalid'));
      input.reportValidity();
      return;
    }
    input.setCustomValidity('');
    if (score !== saved) onSave(score);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === 'ArrowDown') {
      e.preventDefault();
      // Saved now: on the last row there is no next box to move to.
      commit(e.currentTarget);
      onMove(1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      onMove(-1);
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLInputElement>) => {
    const pasted = e.clipboardData.getData('text/plain');
    if (!isBlock(pasted)) return;
    e.preventDefault();
    const input = e.currentTarget;
    input.setCustomValidity('');
    void onPasteBlock(pasted).then((score) => score !== undefined && setText(score === null ? '' : String(score)));
  };

  return (
    <input
      ref={boxRef}
      inputMode="numeric"
      className="score-input"
      aria-label={label}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={onKeyDown}
      onBlur={(e) => commit(e.currentTarget)}
      onPaste={onPaste}
    />
  );
}
