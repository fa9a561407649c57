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

/** "15/10/2019": how a date field shows a day (day first, as Indonesians and the British write it). */
export function formatDateField(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/**
 * A typed day as `YYYY-MM-DD`, or null when it is none: "15/10/2019", "15-10-2019",
 * "15.10.2019", "5/9/2022" (day first), and "2019-10-15" as stored.
 */
export function parseDateField(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** "09.00" in Indonesian (as Indonesians write it), "09:00" in English; stored as `HH:MM`. */
export function formatTime(hhmm: string, language: Language): string {
  return language === 'id' ? hhmm.replace(':', '.') : hhmm;
}

/** A typed time as `HH:MM`, or null: "9", "9.00", "09:00", "0900", "14.30". */
export function parseTime(text: string): string | null {
  const value = text.trim();
  const match = /^(\d{1,2})(?:[.:]?(\d{2}))?$/.exec(value);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
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
