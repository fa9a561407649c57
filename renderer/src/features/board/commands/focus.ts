/**
 * Keyboard focus on the board, read from and written to the DOM: a card's body carries
 * `data-card-id`, a column `data-column`, a capture field `data-capture`.
 */
export function focusedCardId(): string | null {
  const el = document.activeElement;
  return el instanceof HTMLElement ? (el.closest<HTMLElement>('[data-card-id]')?.dataset.cardId ?? null) : null;
}

export function focusedColumnKey(): string | null {
  const el = document.activeElement;
  return el instanceof HTMLElement ? (el.closest<HTMLElement>('[data-column]')?.dataset.column ?? null) : null;
}

export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function columns(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('[data-column]')];
}

export function focusCard(id: string): boolean {
  const el = document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(id)}"]`);
  el?.focus();
  el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  return el !== null;
}

/** Focuses a column's capture field (or its first card when it has none). */
export function focusColumn(key: string): boolean {
  const parts = columns().filter((c) => c.dataset.column === key);
  const find = (selector: string) => parts.map((p) => p.querySelector<HTMLElement>(selector)).find((el) => el !== null) ?? null;
  const target = find('[data-capture]') ?? find('[data-card-id]');
  target?.focus();
  target?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  return target != null;
}

/** The column `step` places to the right (or left) of the given one, wrapping around. */
export function neighbourColumn(key: string | null, step: 1 | -1): string | null {
  const keys = [...new Set(columns().map((c) => c.dataset.column!))];
  if (keys.length === 0) return null;
  const index = key === null ? -1 : keys.indexOf(key);
  return keys[(index + step + keys.length) % keys.length] ?? null;
}

/** The card above or below the focused one, in the same column. */
export function neighbourCard(cardId: string, step: 1 | -1): string | null {
  const card = document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(cardId)}"]`);
  const column = card?.closest<HTMLElement>('[data-column]');
  if (!card || !column) return null;
  const cards = [...column.querySelectorAll<HTMLElement>('[data-card-id]')];
  return cards[cards.indexOf(card) + step]?.dataset.cardId ?? null;
}
