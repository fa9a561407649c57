import type { CardKind } from '#shared/model.ts';
import type { PhoneKind } from '#shared/phone.ts';
import { newId } from './uuid.ts';

/**
 * A card on its way to the laptop. Its id stays while its words and kind do: on hotel Wi-Fi an
 * answer can be lost after the laptop saved the card, and the same card sent again then gets the
 * card already made (the door answers a repeated id with it) instead of a second one.
 */
export interface CardAttempt {
  id: string;
  text: string;
  kind: CardKind;
  customKindId: string | null;
}

/** What the card box holds, kept for this board across a reload of the page. */
export interface CardDraft {
  text: string;
  /** The kind chosen, as `kindKey` writes it. */
  kind: string | null;
  /** The last send that got no answer, if any. */
  pending: CardAttempt | null;
}

export const kindKey = (kind: Pick<PhoneKind, 'kind' | 'customKindId'>) => `${kind.kind}:${kind.customKindId ?? ''}`;

/** The send of `text` as `kind`: the unanswered one again when nothing changed, else a new card. */
export function attemptFor(pending: CardAttempt | null, text: string, kind: PhoneKind): CardAttempt {
  if (pending && pending.text === text && kindKey(pending) === kindKey(kind)) return pending;
  return { id: newId(), text, kind: kind.kind, customKindId: kind.customKindId };
}

/**
 * The box once `sent` is saved. The box stays open while a card is sent, so a hand may have typed
 * on: what it typed after the sent words stays (the start of the next card). Words changed while
 * waiting stay whole: the person decides whether they are another card.
 */
export function draftAfterSending(current: string, sent: string): string {
  if (current === sent) return '';
  return current.startsWith(sent) ? current.slice(sent.length).trimStart() : current;
}

/**
 * The draft of one board, in the tab's own storage: a phone that drops a page in the background
 * (low memory, a switch to another app) opens it again with the words, and with the unanswered
 * send's id. Storage the browser refuses (private mode, full) only loses this convenience.
 */
export function loadDraft(sessionId: string): CardDraft | null {
  try {
    const raw = sessionStorage.getItem(storageKey(sessionId));
    const draft: unknown = raw === null ? null : JSON.parse(raw);
    return isDraft(draft) ? draft : null;
  } catch {
    return null;
  }
}

export function saveDraft(sessionId: string, draft: CardDraft) {
  try {
    if (draft.text === '' && draft.pending === null) sessionStorage.removeItem(storageKey(sessionId));
    else sessionStorage.setItem(storageKey(sessionId), JSON.stringify(draft));
  } catch {
    // See loadDraft: the box still holds the words.
  }
}

const storageKey = (sessionId: string) => `rembuk.phone.draft.${sessionId}`;

function isDraft(value: unknown): value is CardDraft {
  if (typeof value !== 'object' || value === null) return false;
  const { text, kind, pending } = value as Record<string, unknown>;
  return typeof text === 'string' && (kind === null || typeof kind === 'string') && (pending === null || isAttempt(pending));
}

function isAttempt(value: unknown): value is CardAttempt {
  if (typeof value !== 'object' || value === null) return false;
  const { id, text, kind, customKindId } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof text === 'string' && typeof kind === 'string' && (customKindId === null || typeof customKindId === 'string');
}
