import { useTranslation } from 'react-i18next';
import { PARTICIPANT_ROLES, type ParticipantSummary } from '#shared/model.ts';

/**
 * The same numbers as sentences, the way the opening speech and the report say them: "Way Kanan:
 * 16 orang — 3 staf perpustakaan kabupaten/kota, 6 pengelola perpustakaan desa, …".
 */
export function ReadAloud({ summary }: { summary: ParticipantSummary }) {
  const { t } = useTranslation(['summary', 'roster']);
  const groups = summary.groups.filter((g) => g.total > 0);
  return (
    <section className="panel read-aloud" aria-labelledby="read-aloud-title">
      <h2 id="read-aloud-title">{t('readAloud')}</h2>
      <p>{t('intro', { count: summary.total.total, groups: summary.groups.filter((g) => g.groupId !== null && g.total > 0).length })}</p>
      <ul>
        {groups.map((g) => (
          <li key={g.groupId ?? 'none'}>
            <strong>{g.groupName ?? t('noGroup')}</strong>: {t('people', { count: g.total })} —{' '}
            {PARTICIPANT_ROLES.filter((r) => g.byRole[r] > 0)
              .map((r) => t('roleCount', { count: g.byRole[r], role: t(`roster:role.${r}`).toLowerCase() }))
              .join(', ')}
          </li>
        ))}
      </ul>
    </section>
  );
}
