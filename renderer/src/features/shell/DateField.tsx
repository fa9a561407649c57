import { useId, useState } from 'react';
import { DayPicker } from 'react-day-picker';
import { enGB } from 'react-day-picker/locale/en-GB';
import { id as indonesian } from 'react-day-picker/locale/id';
import 'react-day-picker/style.css';
import { useTranslation } from 'react-i18next';
import { formatDateField, parseDateField } from '../../format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePopover } from './usePopover.ts';

interface DateFieldProps {
  label: string;
  /** `YYYY-MM-DD`, or what was typed when it is not a day (the core then says what is wrong). */
  value: string;
  onChange(value: string): void;
  /** For a plain form: the value travels in a hidden field of this name. */
  name?: string;
  required?: boolean;
  /** A day (`YYYY-MM-DD`) whose month the calendar opens on while this field holds none: the last day opens on the first day's month. */
  openOn?: string;
}

/**
 * A day, shown and typed as dd/mm/yyyy whatever the browser's own locale, with a calendar that
 * speaks the interface language (day and month names, its buttons). The browser's date input
 * follows the computer's settings instead, so an Indonesian facilitator on an English Windows
 * saw mm/dd/yyyy.
 */
export function DateField({ label, value, onChange, name, required, openOn }: DateFieldProps) {
  const { t } = useTranslation('common');
  const language = useLanguage();
  const hintId = useId();
  const { open, setOpen, close, triggerRef, panelRef } = usePopover<HTMLButtonElement, HTMLDivElement>();
  const [text, setText] = useState(formatDateField(value));
  const [shown, setShown] = useState(value);
  // A value set from outside (a reload, the calendar) replaces the text unless it is what was typed.
  if (shown !== value) {
    setShown(value);
    if (parseDateField(text) !== value && text !== value) setText(formatDateField(value));
  }
  const selected = parseDateField(text);
  const opening = selected ?? (openOn ? parseDateField(openOn) : null);
  const type = (typed: string) => {
    setText(typed);
    const day = parseDateField(typed) ?? typed.trim();
    setShown(day);
    onChange(day);
  };

  return (
    <div className="date-field">
      {/* The calendar button stays outside the label: inside, its words became part of the field's name. */}
      <label className="date-label">
        {label}
        <input
          value={text}
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('datePlaceholder')}
          required={required}
          aria-describedby={hintId}
          onChange={(e) => type(e.target.value)}
          onBlur={() => selected && setText(formatDateField(selected))}
        />
      </label>
      <button
        ref={triggerRef}
        type="button"
        className="date-button"
        aria-label={t('pickDate', { field: label })}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M3 3h10v10H3z M3 6h10 M6 1.5v3 M10 1.5v3" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </button>
      <span id={hintId} className="visually-hidden">
        {t('dateHint')}
      </span>
      {name && <input type="hidden" name={name} value={selected ?? text.trim()} />}
      {open && (
        <div ref={panelRef} className="date-popover" role="dialog" aria-label={t('pickDate', { field: label })}>
          <DayPicker
            mode="single"
            locale={language === 'id' ? indonesian : enGB}
            selected={selected ? new Date(`${selected}T00:00:00`) : undefined}
            defaultMonth={opening ? new Date(`${opening}T00:00:00`) : undefined}
            autoFocus
            onSelect={(date) => {
              if (!date) return;
              const pad = (n: number) => String(n).padStart(2, '0');
              type(formatDateField(`${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`));
              close();
            }}
          />
        </div>
      )}
    </div>
  );
}
