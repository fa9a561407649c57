import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addPhotos } from '../../editor/actions/photos.ts';
import { FileButton } from '../shell/FileButton.tsx';

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
      <FileButton
        accept="image/jpeg,image/png"
        multiple
        ariaLabel={label}
        inputRef={inputRef}
        disabled={progress !== null}
        onFiles={async (files) => {
          setProgress({ done: 0, total: files.length });
          await addPhotos({ workshopId, sessionId }, files, { keepOriginal, onProgress: (done) => setProgress({ done, total: files.length }) });
          setProgress(null);
        }}
      >
        {t('addPhotos')}
      </FileButton>
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
