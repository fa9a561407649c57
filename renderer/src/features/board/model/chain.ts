import type { Link } from '#shared/model.ts';

/** Every card joined to `cardId` through links, in either direction (challenge ← solution ← plan). */
export function chainOf(cardId: string, links: Record<string, Link>): Set<string> {
  const neighbours = new Map<string, string[]>();
  for (const link of Object.values(links)) {
    if (link.deletedAt !== null) continue;
    neighbours.set(link.fromCardId, [...(neighbours.get(link.fromCardId) ?? []), link.toCardId]);
    neighbours.set(link.toCardId, [...(neighbours.get(link.toCardId) ?? []), link.fromCardId]);
  }
  const seen = new Set([cardId]);
  const queue = [cardId];
  while (queue.length) {
    for (const next of neighbours.get(queue.shift()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}
