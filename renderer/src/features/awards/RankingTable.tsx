import { useTranslation } from 'react-i18next';
import type { RankedEntrant } from '#shared/awards.ts';
import { formatNumber } from '../../format.ts';

/** The category's ranking by the stated rule; the winners' rows stand out. */
export function RankingTable({ ranking, winners }: { ranking: RankedEntrant[]; winners: number }) {
  const { t, i18n } = useTranslation('awards');
  const language = i18n.language === 'en' ? 'en' : 'id';
  return (
    <table className="ranking-table">
      <thead>
        <tr>
          <th scope="col">{t('rankingColumns.place')}</th>
          <th scope="col">{t('rankingColumns.entrant')}</th>
          <th scope="col">{t('rankingColumns.score')}</th>
          <th scope="col">{t('rankingColumns.missing')}</th>
        </tr>
      </thead>
      <tbody>
        {ranking.map((row) => (
          <tr key={row.entrant.id} className={row.place !== null && row.place <= winners ? 'winner' : undefined}>
            <td>{row.place === null ? '–' : `${row.place}${row.tied ? ` (${t('shared')})` : ''}`}</td>
            <td>
              {row.entrant.name}
              {row.decidedBy && <span className="muted"> · {t('decidedBy', { criterion: row.decidedBy })}</span>}
            </td>
            <td>{row.place === null ? t('notScored') : formatNumber(row.total, language)}</td>
            <td>{row.missing || ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
