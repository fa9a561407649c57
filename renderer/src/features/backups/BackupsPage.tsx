import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupCopy, BackupOverview } from '#shared/backups.ts';
import { formatBytes, formatMoment } from '../../format.ts';
import { ConfirmDialog } from '../shell/ConfirmDialog.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { createBackup, loadBackups, restoreBackup } from './backup-actions.ts';
import { TransferPanel } from './TransferPanel.tsx';
import './backups.css';

/**
 * "Cadangan": the verified copies the core keeps (time, reason, size, workshops, cards), a copy on
 * request, and a restore that first copies the current state. Also where a workshop is carried
 * to another laptop (TransferPanel). Workshop-independent: reached from the header.
 */
export function BackupsPage() {
  const { t } = useTranslation(['backups', 'common']);
  const language = useLanguage();
  const [overview, setOverview] = useState<BackupOverview | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [restoring, setRestoring] = useState<BackupCopy | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const refresh = () => loadBackups().then((o) => setOverview(o ?? null));
  useEffect(() => {
    void loadBackups().then((o) => setOverview(o ?? null));
    heading.current?.focus();
  }, []);

  async function backupNow() {
    setBusy(true);
    const copy = await createBackup();
    setBusy(false);
    if (!copy) return;
    setStatus(t('created', { time: formatMoment(copy.createdAt, language) }));
    await refresh();
  }

  async function confirmRestore(copy: BackupCopy) {
    setRestoring(null);
    setBusy(true);
    // On success the core tells every window to reload (data-replaced.ts).
    if (!(await restoreBackup(copy.id))) setBusy(false);
  }

  const count = (value: number | null) => (value === null ? t('unknown') : String(value));

  return (
    <div className="backups-page">
      <h1 ref={heading} tabIndex={-1}>
        {t('title')}
      </h1>
      <section className="panel" aria-labelledby="backup-list-title">
        <p>{t('intro')}</p>
        {overview && (
          <p>
            {t('folder')} <code className="backup-folder">{overview.folder}</code>
          </p>
        )}
        {overview?.lowSpace && overview.freeBytes !== null && (
          <p className="warning" role="alert">
            {t('lowSpace', { free: formatBytes(overview.freeBytes, language) })}
          </p>
        )}
        <button type="button" className="primary" onClick={() => void backupNow()} disabled={busy}>
          {busy ? t('creating') : t('createNow')}
        </button>
        <p role="status" className="hint">
          {status}
        </p>
        <h2 id="backup-list-title">{t('listTitle')}</h2>
        {overview === null ? (
          <p>{t('loading')}</p>
        ) : overview.copies.length === 0 ? (
          <p className="empty">{t('empty')}</p>
        ) : (
          <table className="backup-table">
            <thead>
              <tr>
                <th scope="col">{t('column.time')}</th>
                <th scope="col">{t('column.reason')}</th>
                <th scope="col">{t('column.size')}</th>
                <th scope="col">{t('column.workshops')}</th>
                <th scope="col">{t('column.cards')}</th>
                <th scope="col">{t('column.action')}</th>
              </tr>
            </thead>
            <tbody>
              {overview.copies.map((copy) => {
                const time = formatMoment(copy.createdAt, language);
                return (
                  <tr key={copy.id}>
                    <th scope="row">{time}</th>
                    <td>{t(`reason.${copy.reason}`)}</td>
                    <td>{formatBytes(copy.bytes, language)}</td>
                    <td>{count(copy.workshops)}</td>
                    <td>{count(copy.cards)}</td>
                    <td>
                      <button type="button" onClick={() => setRestoring(copy)} disabled={busy} aria-label={t('restoreLabel', { time })}>
                        {t('restore')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      <TransferPanel />
      {restoring && (
        <ConfirmDialog
          title={t('confirmTitle')}
          confirmLabel={t('confirm')}
          cancelLabel={t('common:cancel')}
          onConfirm={() => void confirmRestore(restoring)}
          onCancel={() => setRestoring(null)}
        >
          <p>{t('confirmBody', { time: formatMoment(restoring.createdAt, language), workshops: count(restoring.workshops), cards: count(restoring.cards) })}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
