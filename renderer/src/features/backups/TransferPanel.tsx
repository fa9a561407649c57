import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { TransferReport } from '#shared/transfer.ts';
import { MAX_TRANSFER_BYTES, TRANSFER_EXTENSION } from '#shared/transfer.ts';
import { ApiError } from '../../api/client.ts';
import { formatMoment } from '../../format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { notifyError } from '../../editor/notices.ts';
import { useStore } from '../../editor/store.ts';
import { loadWorkshopList } from '../../editor/actions/workshops.ts';
import { ConfirmDialog } from '../shell/ConfirmDialog.tsx';
import { exportWorkshopFile, importTransfer, inspectTransfer, type ChosenTransfer } from './backup-actions.ts';
import { FileButton } from '../shell/FileButton.tsx';

/** One workshop out as a `.rembuk` file, or one in: added as new, or merged into the same workshop here. */
export function TransferPanel() {
  const { t } = useTranslation(['backups', 'common']);
  const language = useLanguage();
  const workshops = useStore((s) => s.workshopList);
  const [chosenId, setChosenId] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [incoming, setIncoming] = useState<ChosenTransfer | null>(null);
  const [report, setReport] = useState<TransferReport | null>(null);
  const reportRef = useRef<HTMLDivElement>(null);
  const selectId = useId();

  // The list may be stale (a workshop made since the start page was shown): ask again.
  useEffect(() => {
    void loadWorkshopList();
  }, []);
  const selected = workshops?.find((w) => w.id === chosenId) ?? workshops?.[0];

  async function exportSelected() {
    if (!selected) return;
    setBusy(true);
    const fileName = await exportWorkshopFile(selected.id);
    setBusy(false);
    if (fileName) setStatus(t('transfer.exported', { fileName }));
  }

  async function choose(file: File) {
    if (file.size > MAX_TRANSFER_BYTES) return notifyError(new ApiError({ code: 'file_too_large', message: `${file.size} bytes` }));
    setReport(null);
    setBusy(true);
    setStatus(t('transfer.reading'));
    const checked = await inspectTransfer(file);
    setBusy(false);
    setStatus('');
    setIncoming(checked ?? null);
  }

  async function runImport(chosen: ChosenTransfer) {
    setIncoming(null);
    setBusy(true);
    const done = await importTransfer(chosen);
    setBusy(false);
    if (!done) return;
    setReport(done);
    void loadWorkshopList();
    requestAnimationFrame(() => reportRef.current?.focus());
  }

  const preview = incoming?.preview;
  return (
    <section className="panel" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('transfer.title')}</h2>
      <p>{t('transfer.intro')}</p>
      {workshops && workshops.length === 0 ? (
        <p className="empty">{t('transfer.noWorkshops')}</p>
      ) : (
        <div className="transfer-export">
          <label htmlFor={selectId}>{t('transfer.workshop')}</label>
          <select id={selectId} value={selected?.id ?? ''} onChange={(e) => setChosenId(e.target.value)} disabled={!workshops}>
            {workshops?.map((w) => (
              <option key={w.id} value={w.id}>
                {w.title}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void exportSelected()} disabled={busy || !selected} aria-label={selected ? t('transfer.exportLabel', { title: selected.title }) : t('transfer.export')}>
            {t('transfer.export')}
          </button>
        </div>
      )}
      <FileButton accept={TRANSFER_EXTENSION} disabled={busy} onFiles={([file]) => void choose(file!)}>
        {t('transfer.importFile')}
      </FileButton>
      <p role="status" className="hint">
        {status}
      </p>
      {report && (
        <div className="transfer-report" ref={reportRef} tabIndex={-1} role="status">
          <p>{t('transfer.report', { title: report.title, added: report.added, updated: report.updated, conflicts: report.conflicts })}</p>
          {report.skipped > 0 && <p>{t('transfer.reportSkipped', { count: report.skipped })}</p>}
          <Link href={`/workshops/${report.workshopId}`}>{t('transfer.open')}</Link>
        </div>
      )}
      {incoming && preview && (
        <ConfirmDialog
          title={preview.merges ? t('transfer.confirmMerge') : t('transfer.confirmNew')}
          confirmLabel={preview.merges ? t('transfer.doMerge') : t('transfer.doImport')}
          cancelLabel={t('common:cancel')}
          onConfirm={() => void runImport(incoming)}
          onCancel={() => setIncoming(null)}
        >
          <p>
            {t('transfer.preview', {
              title: preview.title,
              ...preview.counts,
              time: formatMoment(preview.exportedAt, language),
              version: preview.appVersion,
            })}
          </p>
          <p>{preview.merges ? t('transfer.mergeNote') : t('transfer.newNote')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
