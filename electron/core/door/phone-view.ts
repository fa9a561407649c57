import { kindChoices } from '#shared/board/kinds.ts';
import type { Card, CustomKind, Session } from '#shared/model.ts';
import type { PhoneCard, PhoneKind, PhoneSession } from '#shared/phone.ts';

/**
 * The kinds a phone can write on a board: the board's kinds (`kindChoices`), where a blank board
 * with kinds of its own offers those and not "no kind". Written from a phone, so no card counts.
 */
export function phoneKinds(session: Pick<Session, 'template'>, customKinds: readonly CustomKind[]): PhoneKind[] {
  const live = new Map(customKinds.filter((k) => k.deletedAt === null).map((k) => [k.id, k]));
  return kindChoices(session.template, [...live.keys()], [], 'leave out').map(({ kind, customKindId }) => {
    const own = customKindId ? live.get(customKindId)! : null;
    return { kind, customKindId, label: own?.label ?? null, color: own?.color ?? null, icon: own?.icon ?? null };
  });
}

export function toPhoneSession(session: Session, customKinds: readonly CustomKind[], now: string): PhoneSession {
  return {
    id: session.id,
    title: session.title,
    question: session.question,
    locked: session.lockedAt !== null,
    timer: session.timer,
    kinds: phoneKinds(session, customKinds),
    sentAt: now,
  };
}

export function toPhoneCard(card: Card): PhoneCard {
  return {
    id: card.id,
    text: card.text,
    kind: card.kind,
    customKindId: card.customKindId,
    createdAt: card.createdAt,
    updatedAt: card.updatedAt,
    deletedAt: card.deletedAt,
  };
}
