import { useState } from 'react';

/**
 * A form's value that follows what is saved (an undo, another window) for as long as the person
 * has not changed it here; once they have, their text stays until they save or put it back.
 */
export function useDraft<T>(saved: T): [T, (next: T) => void] {
  const [base, setBase] = useState(saved);
  const [draft, setDraft] = useState(saved);
  if (!same(base, saved)) {
    setBase(saved);
    if (same(draft, base)) setDraft(saved);
  }
  return [draft, setDraft];
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
