import type { Language } from '#shared/model.ts';

/**
 * Dates and numbers the way a *laporan kegiatan* writes them: "Selasa, 15 Oktober 2019",
 * "15–17 Oktober 2019", "1.250". Calendar days are `YYYY-MM-DD` and are never shifted by a
 * time zone.
 */
const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

function utc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** "Selasa, 15 Oktober 2019" / "Tuesday, 15 October 2019". */
export function formatDay(day: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(day));
}

/** "15 Oktober 2019". */
export function formatDate(day: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc(day));
}

/** "15–17 Oktober 2019", or one date when the meeting lasts one day. */
export function formatDateRange(start: string, end: string, language: Language): string {
  if (start === end) return formatDate(start, language);
  const format = new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.formatRange(utc(start), utc(end));
}

/** "1.250" / "1,250". */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}

/** "68%" / "68 %" as the locale writes a share (0 to 1). */
export function formatPercent(share: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** The local calendar day of an instant, for "made on" lines; the facilitator's clock decides. */
export function localDay(instant: string): string {
  const date = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
