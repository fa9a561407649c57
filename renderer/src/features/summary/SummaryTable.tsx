import { useTranslation } from 'react-i18next';
import { PARTICIPANT_ROLES, type ParticipantCounts, type ParticipantSummary } from '#shared/model.ts';
import { hexForColor } from '#shared/palette.ts';
import { formatShortDay } from '../../format.ts';
import { useLanguage } from '../../i18n/use-language.ts';

/** Groups down, roles, genders and days across; only the roles that occur get a column. */
export function SummaryTable({ summary }: { summary: ParticipantSummary }) {
  const { t } = useTranslation(['summary', 'roster']);
  const language = useLanguage();
  const roles = PARTICIPANT_ROLES.filter((r) => summary.total.byRole[r] > 0);
  const unknownGender = summary.total.byGender.unknown > 0;

  const cells = (counts: ParticipantCounts) => (
    <>
      {roles.map((r) => (
        <td key={r}>{counts.byRole[r]}</td>
      ))}
      <td className="split">{counts.byGender.female}</td>
      <td>{counts.byGender.male}</td>
      {unknownGender && <td>{counts.byGender.unknown}</td>}
      <td className="split total">{counts.total}</td>
      {counts.presentByDay.map((n, i) => (
        <td key={i} className={i === 0 ? 'split' : undefined}>
          {n}
        </td>
      ))}
    </>
  );

  return (
    <div className="table-scroll">
      <table className="summary-table">
        <thead>
          <tr>
            <th scope="col">{t('group')}</th>
            {roles.map((r) => (
              <th key={r} scope="col">
                {t(`roster:roleShort.${r}`)}
              </th>
            ))}
            <th scope="col" className="split" title={t('roster:gender.female')}>
              {t('roster:genderShort.female')}
            </th>
            <th scope="col" title={t('roster:gender.male')}>
              {t('roster:genderShort.male')}
            </th>
            {unknownGender && <th scope="col">{t('genderUnknown')}</th>}
            <th scope="col" className="split">
              {t('total')}
            </th>
            {summary.days.map((date, i) => (
              <th key={date} scope="col" className={i === 0 ? 'split' : undefined}>
                {t('presentOn', { day: i + 1 })}
                <span className="muted small"> {formatShortDay(date, language)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summary.groups.map((row) => (
            <tr key={row.groupId ?? 'none'} data-testid="summary-row">
              <th scope="row" style={{ '--group-color': row.color ? hexForColor(row.color) : 'transparent' } as React.CSSProperties}>
                <span className="column-swatch" aria-hidden="true" />
                {row.groupName ?? t('noGroup')}
              </th>
              {cells(row)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('total')}</th>
            {cells(summary.total)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
