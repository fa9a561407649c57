/**
 * How every search box finds things (roster, check-in, board): case, accents and punctuation do
 * not count, so "maruf" finds "Ma'ruf", "sungai alam" finds "Sungai-Alam" and "jose" finds "José".
 * Pure, so the board, the setup pages and their tests use one rule.
 */

/** Lower case, accents dropped, apostrophes dropped inside words, other punctuation as spaces. */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`´ʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * True when every word of the query is found in the texts: anywhere (`contains`), or at the
 * start of one of their words (`word-start`, for type-a-few-letters lists). A word written
 * together or apart matches either way ("sungaialam", "ma ruf").
 */
export function matchesSearch(query: string, texts: readonly string[], mode: 'contains' | 'word-start' = 'contains'): boolean {
  const words = searchKey(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const key = searchKey(texts.join(' '));
  const compact = key.replaceAll(' ', '');
  if (mode === 'contains') return words.every((w) => key.includes(w) || compact.includes(w)) || compact.includes(words.join(''));
  const starts = key.split(' ');
  return words.every((w) => starts.some((s) => s.startsWith(w))) || compact.startsWith(words.join(''));
}

/** A name as a person reads it: "Siti  Rahayu", "siti rahayu" and "Siti-Rahayu" give one key. */
export function nameKey(name: string): string {
  return searchKey(name).replaceAll(' ', '');
}

/** Two names that a person would read as the same. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) !== '' && nameKey(a) === nameKey(b);
}
