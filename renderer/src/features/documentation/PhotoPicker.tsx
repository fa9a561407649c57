import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addPhotos } from '../../editor/actions/photos.ts';

interface PhotoPickerProps {
  workshopId: string;
  sessionId: string | null;
  /** What a screen reader hears for the button: "Tambah foto untuk …". */
  label: string;
  withOriginalOption?: boolean;
  inputRef?: (element: HTMLElement | null) => void;
}

/** "Tambah foto": JPEG or PNG files from the laptop, several at once, with progress; one undo step takes them away. */
export function PhotoPicker({ workshopId, sessionId, label, withOriginalOption = true, inputRef }: PhotoPickerProps) {
  const { t } = useTranslation('documentation');
  const [keepOriginal, setKeepOriginal] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  return (
    <div className="photo-picker">
      <label className="button-like">
        {t('addPhotos')}
        <input
          ref={inputRef}
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
      </label>
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
