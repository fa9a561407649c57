import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTime, parseTime } from '../../format.ts';
import { useLanguage } from '../../i18n/use-language.ts';

/**
 * A time of day, shown "09.00" in Indonesian ("09:00" in English) and read however it is typed
 * ("9", "9.00", "0900"). Kept as `HH:MM` in a hidden field of the form; what cannot be read is
 * sent as typed, and the core says what is wrong.
 */
export function TimeField({ label, name, defaultValue }: { label: string; name: string; defaultValue: string | null }) {
  const { t } = useTranslation('common');
  const language = useLanguage();
  const [text, setText] = useState(defaultValue ? formatTime(defaultValue, language) : '');
  const time = parseTime(text);
  return (
    <label>
      {label}
      <input
        value={text}
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('timePlaceholder')}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => time && setText(formatTime(time, language))}
      />
      <input type="hidden" name={name} value={text.trim() === '' ? '' : (time ?? text.trim())} />
    </label>
  );
}
