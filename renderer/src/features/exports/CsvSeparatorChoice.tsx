import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CSV_SEPARATORS, type CsvSeparator } from '#shared/model.ts';
import { useStore } from '../../editor/store.ts';
import { chooseCsvSeparator } from './csv-separator.ts';

/**
 * Which separator every CSV export uses: a comma, or the semicolon Excel in Indonesian expects.
 * The choice is saved in the core's settings, so it is remembered (and the roster export uses it too).
 */
export function CsvSeparatorChoice() {
  const { t } = useTranslation('exports');
  const separator = useStore((s) => s.settings?.csvSeparator ?? ',');
  const hintId = useId();
  return (
    <div className="csv-separator">
      <label>
        {t('separator.label')}
        <select value={separator} aria-describedby={hintId} onChange={(e) => void chooseCsvSeparator(e.target.value as CsvSeparator)}>
          {CSV_SEPARATORS.map((value) => (
            <option key={value} value={value}>
              {t(value === ',' ? 'separator.comma' : 'separator.semicolon')}
            </option>
          ))}
        </select>
      </label>
      <p id={hintId} className="hint">
        {t('separator.hint')}
      </p>
    </div>
  );
}
