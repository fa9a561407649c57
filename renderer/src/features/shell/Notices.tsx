import { useTranslation } from 'react-i18next';
import { dismiss, useNotices } from '../../editor/notices.ts';

/** Errors and "deleted — Undo" messages; read out by screen readers as they appear. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useNotices((s) => s.notices);
  return (
    <section className="notices" aria-label={t('notifications')} aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          <span>{notice.text}</span>
          {notice.action && (
            <button
              type="button"
              onClick={() => {
                notice.action?.run();
                dismiss(notice.id);
              }}
            >
              {notice.action.label}
            </button>
          )}
          <button type="button" className="notice-close" aria-label={t('dismiss')} onClick={() => dismiss(notice.id)}>
            ×
          </button>
        </div>
      ))}
    </section>
  );
}
