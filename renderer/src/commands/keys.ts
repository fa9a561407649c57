/** Does a key press match a shortcut like `Ctrl+Shift+Z`? Symbols (`?`, `+`) ignore Shift. */
export function matchesKey(shortcut: string, event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): boolean {
  const parts = shortcut.split('+').filter(Boolean);
  const key = shortcut.endsWith('++') || shortcut === '+' ? '+' : (parts.pop() ?? '');
  const mods = new Set(parts);
  const letter = /^[a-z0-9]$/i.test(key);
  if (mods.has('Ctrl') !== (event.ctrlKey || event.metaKey)) return false;
  if (mods.has('Alt') !== event.altKey) return false;
  if ((letter || key.length > 1) && mods.has('Shift') !== event.shiftKey) return false;
  return letter ? event.key.toLowerCase() === key.toLowerCase() : event.key === key;
}

/** A key pressed in a text field belongs to the field, unless the command says otherwise. */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** A text field with nothing in it: nothing of its own to undo, so Ctrl+Z undoes the last step. */
export function isEmptyField(target: EventTarget | null): boolean {
  return (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.value === '';
}
