import { TEMPLATE_KINDS, type Card, type CustomKind, type Session } from '#shared/model.ts';
import type { PhoneCard, PhoneKind, PhoneSession } from '#shared/phone.ts';

/** The kinds a phone can write on a board: the template's, or a blank board's own kinds (plain notes when it has none). */
export function phoneKinds(session: Pick<Session, 'template'>, customKinds: readonly CustomKind[]): PhoneKind[] {
  const own = customKinds.filter((k) => k.deletedAt === null);
  if (session.template === 'blank' && own.length > 0) {
    return own.map((k) => ({ kind: 'note', customKindId: k.id, label: k.label, color: k.color, icon: k.icon }));
  }
  return TEMPLATE_KINDS[session.template].map((kind) => ({ kind, customKindId: null, label: null, color: null, icon: null }));
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
