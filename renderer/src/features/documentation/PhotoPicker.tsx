import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addPhotos } from './documentation-actions.ts';

/** "Tambah foto": JPEG or PNG files from the laptop, several at once, with progress. */
export function PhotoPicker({ workshopId, sessionId, label, withOriginalOption = true }: { workshopId: string; sessionId: string | null; label: string; withOriginalOption?: boolean }) {
  const { t } = useTranslation('documentation');
  const id = useId();
  const [keepOriginal, setKeepOriginal] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  return (
    <div className="photo-picker">
      <label className="button-like" htmlFor={id}>
        {t('addPhotos')}
      </label>
      <input
        id={id}
        type="file"
        accept="image/jpeg,image/png"
        multiple
        className="visually-hidden"
        aria-label={label}
        disabled={progress !== null}
        onChange={async (e) => {
          const input = e.currentTarget;
          const files = [...(input.files ?? [])];
          if (files.length === 0) return;
          setProgress({ done: 0, total: files.length });
          await addPhotos({ workshopId, sessionId }, files, { keepOriginal, onProgress: (done) => setProgress({ done, total: files.length }) });
          setProgress(null);
          input.value = '';
        }}
      />
      {withOriginalOption && (
        <label className="checkbox">
          <input type="checkbox" checked={keepOriginal} onChange={(e) => setKeepOriginal(e.target.checked)} />
          {t('keepOriginal')}
        </label>
      )}
      {progress && (
        <span role="status" className="muted">
          {t('adding', { done: Math.min(progress.done + 1, progress.total), total: progress.total })}
        </span>
      )}
    </div>
  );
}
