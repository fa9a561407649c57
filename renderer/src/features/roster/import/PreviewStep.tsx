import { useTranslation } from 'react-i18next';
import { distinctValues, type ImportMapping, type ImportPreview, type ImportProblem, type ImportRow } from '#shared/roster-import/interpret.ts';
import idRoster from '../../../i18n/id/roster.json';
import { GroupChoice, textWithPlace, withoutKey } from './GroupChoice.tsx';
import type { GroupOption } from './new-groups.ts';

const SHOWN_ROWS = 200;
/** More problems than this usually mean one mapping is off; the rest fold away. */
const SHOWN_PROBLEMS = 12;

interface PreviewStepProps {
  rows: string[][];
  preview: ImportPreview;
  mapping: ImportMapping;
  groups: readonly GroupOption[];
  busy: boolean;
  onChange(mapping: ImportMapping): void;
  onImport(): void;
}

/**
 * What the import would do: counts, the near spellings to confirm ("did you mean …?"), every
 * problem row with its reason, and the rows themselves.
 */
export function PreviewStep({ rows, preview, mapping, groups, busy, onChange, onImport }: PreviewStepProps) {
  const { t } = useTranslation('roster');
  const count = (status: string) => preview.rows.filter((r) => r.status === status).length;
  const ready = count('ready');
  const problems = preview.rows.filter((r) => r.status === 'problem');
  const groupName = (id: string | null | undefined) => (id ? (groups.find((g) => g.id === id)?.name ?? '') : t('noGroup'));

  return (
    <div className="import-preview">
      <h3>{t('import.preview')}</h3>
      <p className="import-counts" role="status">
        {t('import.counts', { ready, problems: problems.length, present: count('already_present'), ignored: preview.ignoredLines.length })}
      </p>
      <NearMatches rows={rows} mapping={mapping} groups={groups} onChange={onChange} />
      {problems.length > 0 && (
        <div className="import-problems">
          <h4>{t('import.problemsTitle', { count: problems.length })}</h4>
          <ul>
            {problems.slice(0, SHOWN_PROBLEMS).map((row) => (
              <ProblemLine key={row.line} row={row} />
            ))}
          </ul>
          {problems.length > SHOWN_PROBLEMS && (
            <details>
              <summary>{t('import.moreProblems', { count: problems.length - SHOWN_PROBLEMS })}</summary>
              <ul>
                {problems.slice(SHOWN_PROBLEMS).map((row) => (
                  <ProblemLine key={row.line} row={row} />
                ))}
              </ul>
            </details>
          )}
          <p className="hint">{t('import.problemsHint')}</p>
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="primary" disabled={busy || ready === 0} onClick={onImport}>
          {t('import.run', { count: ready })}
        </button>
      </div>
      <div className="table-scroll">
        <table className="import-table">
          <thead>
            <tr>
              <th>{t('import.lineColumn')}</th>
              <th>{t('import.status')}</th>
              <th>{t('fields.name')}</th>
              <th>{t('genderColumn')}</th>
              <th>{t('fields.role')}</th>
              <th>{t('fields.group')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.slice(0, SHOWN_ROWS).map((row) => (
              <tr key={row.line} className={`import-${row.status}`}>
                <td>{row.line}</td>
                <td>{t(`import.statusName.${row.status}`)}</td>
                <td>
                  {row.draft.name}
                  {row.guessedGroup && <span className="near-note"> {t('import.nearRow')}</span>}
                </td>
                <td>{row.draft.gender ? t(`genderShort.${row.draft.gender}`) : '–'}</td>
                <td>{row.draft.role ? t(`role.${row.draft.role}`) : ''}</td>
                <td>{groupName(row.draft.groupId)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.rows.length > SHOWN_ROWS && <p className="hint">{t('import.moreRows', { count: preview.rows.length - SHOWN_ROWS })}</p>}
    </div>
  );
}

/** "Maksud Anda Wonosari?" for each group text matched by a near spelling, until confirmed or changed. */
function NearMatches({ rows, mapping, groups, onChange }: { rows: string[][]; mapping: ImportMapping; groups: readonly GroupOption[]; onChange(mapping: ImportMapping): void }) {
  const { t } = useTranslation('roster');
  const near = distinctValues(rows, mapping, 'group').filter((v) => Object.hasOwn(mapping.guessed, v.key));
  if (near.length === 0) return null;
  const nameOf = (id: string | null | undefined) => groups.find((g) => g.id === id)?.name ?? '';
  return (
    <div className="import-near" role="group" aria-labelledby="import-near-title">
      <h4 id="import-near-title">{t('import.nearTitle', { count: near.length })}</h4>
      <ul>
        {near.map((v) => {
          const text = textWithPlace(v.text, v.context);
          return (
            <li key={v.key}>
              <span>{t('import.didYouMean', { text, group: nameOf(mapping.groups[v.key]), count: v.count })}</span>
              <button type="button" onClick={() => onChange({ ...mapping, guessed: withoutKey(mapping.guessed, v.key) })}>
                {t('import.confirmNear', { group: nameOf(mapping.groups[v.key]) })}
              </button>
              <GroupChoice valueKey={v.key} mapping={mapping} groups={groups} onChange={onChange} label={t('import.otherGroupFor', { text })} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** "Baris 58 (Dewi Lestari): kelompok “Provinsi Lampung” tidak dikenal." */
function ProblemLine({ row }: { row: ImportRow }) {
  const { t } = useTranslation('roster');
  return (
    <li>
      {t('import.line', { line: row.line })}
      {row.draft.name ? ` (${row.draft.name})` : ''}: {row.problems.map((p) => describeProblem(p, t)).join(' ')}
    </li>
  );
}

function describeProblem(problem: ImportProblem, t: ReturnType<typeof useTranslation<'roster'>>['t']): string {
  switch (problem.kind) {
    case 'no_name':
      return t('import.problem.no_name');
    case 'unknown_group':
      return t('import.problem.unknown_group', { value: problem.value });
    case 'bad_gender':
      return t('import.problem.bad_gender', { value: problem.value });
    case 'duplicate_in_file':
      return t('import.problem.duplicate_in_file', { line: problem.line });
    case 'invalid': {
      const field = problem.field;
      return t('import.problem.invalid', { field: Object.hasOwn(idRoster.fields, field) ? t(`fields.${field as keyof typeof idRoster.fields}`) : field });
    }
  }
}
