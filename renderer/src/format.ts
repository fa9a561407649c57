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
