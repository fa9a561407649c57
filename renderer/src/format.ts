import type { Language } from '#shared/model.ts';

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

/** "15–17 Oktober 2019" / "15–17 October 2019": the way the meeting's dates are written. */
export function formatDateRange(start: string, end: string, language: Language): string {
  const format = new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`));
}

/** "Selasa, 15 Oktober 2019" / "Tuesday, 15 October 2019": one day of the meeting. */
export function formatDay(date: string, language: Language): string {
  const format = new Intl.DateTimeFormat(LOCALES[language], { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** "15 Okt" / "15 Oct": a day in a narrow column. */
export function formatShortDay(date: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** "87,5" / "87.5". */
export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 2 }).format(value);
}

/** "30 Nov 2026, 17.37.05" / "30 Nov 2026, 17:37:05": a moment on this laptop's clock (a backup, an export). */
export function formatMoment(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
}

/** "1,2 MB" / "1.2 MB": a file's size. */
export function formatBytes(bytes: number, language: Language): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}
