/** Excel's built-in number formats that show a date (ECMA-376, 18.8.30), East Asian ones included. */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A custom format shows a date when, outside quoted text, colours and escapes, it has d, m, y, h or s. */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (DATE_FORMAT_IDS.has(id)) return true;
  if (!code) return false;
  const bare = code.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /[dmyhs]/i.test(bare);
}

const DAY_MS = 86_400_000;
/** Day 0 of Excel's two date systems (the 1900 one counts its phantom 29 February 1900). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** One cell's value as text: shared and inline strings, numbers, dates (YYYY-MM-DD), booleans. */
export function cellText(cell: { type: string; style: number; value: string }, context: { strings: string[]; dateStyles: Set<number>; date1904: boolean }): string {
  const { type, value } = cell;
  if (type === 's') return context.strings[Number(value)] ?? '';
  if (type === 'inlineStr' || type === 'str' || type === 'e') return value;
  if (type === 'b') return value === '1' ? 'TRUE' : 'FALSE';
  if (value === '') return '';
  const number = Number(value);
  if (!Number.isFinite(number)) return value;
  if (context.dateStyles.has(cell.style)) {
    const date = new Date((context.date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(number * DAY_MS));
    if (!Number.isNaN(date.getTime())) return date.toISOString().slice(0, 10);
  }
  return String(number);
}
