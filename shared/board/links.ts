import { LINK_RULES, type CardKind } from '../model.ts';

/** Links between cards: a solution answers a challenge, a plan carries out a solution. */

export function canLink(from: CardKind, to: CardKind): boolean {
  return LINK_RULES.some((r) => r.from === from && r.to === to);
}

/**
 * The two cards in the order a link takes (the answering card first), or null when their kinds
 * do not answer each other: the facilitator may start from either end.
 */
export function linkDirection(a: { id: string; kind: CardKind }, b: { id: string; kind: CardKind }): { fromCardId: string; toCardId: string } | null {
  if (canLink(a.kind, b.kind)) return { fromCardId: a.id, toCardId: b.id };
  if (canLink(b.kind, a.kind)) return { fromCardId: b.id, toCardId: a.id };
  return null;
}

/** The kinds a card of this kind can be linked with, either way. */
export function linkPartners(kind: CardKind): CardKind[] {
  return [...new Set(LINK_RULES.flatMap((r) => (r.from === kind ? [r.to] : r.to === kind ? [r.from] : [])))];
}
