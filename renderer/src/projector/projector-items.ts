import type { Card } from '#shared/model.ts';
import { clusterOfItem, type BoardView } from '../editor/board/view.ts';
import { BOX, type PlannedCard } from './plan-layout.ts';

/**
 * What one panel of the projector (a group, or a kind when the board is laid out per kind) shows,
 * in reading order: its cards, and its clusters with their cards. In the group × kind layout a
 * group's lanes follow one another. The planner is given the same words the page draws.
 */
export type ProjectorItem = { type: 'card'; id: string } | { type: 'cluster'; id: string; members: string[] };

export function panelItems(view: BoardView, columnKey: string): ProjectorItem[] {
  const cells = Object.values(view.cells).filter((cell) => cell.column === columnKey);
  return cells.flatMap((cell) =>
    cell.items.map((item): ProjectorItem => {
      const clusterId = clusterOfItem(item);
      return clusterId ? { type: 'cluster', id: clusterId, members: cell.members[clusterId] ?? [] } : { type: 'card', id: item };
    }),
  );
}

/** Everything a projected card says, as one line of words: its text, then a plan's who, when and indicator. */
export function projectedText(card: Card, fieldLabel: (field: 'who' | 'byWhen' | 'indicator') => string): string {
  const fields = card.kind === 'action' ? (['who', 'byWhen', 'indicator'] as const).filter((f) => card[f]).map((f) => `${fieldLabel(f)}: ${card[f]}`) : [];
  return [card.text, ...fields].join(' · ');
}

/** What the page adds to a card's words: its votes after them, marks before them. */
export interface CardMarks {
  /** Dots of the vote shown, drawn after the words ("● 3"). */
  dots: number;
  /** Drawn before the words: from a phone, a group's badge (in a panel of a kind). */
  phone: boolean;
  badge: boolean;
}

/** The words the planner measures for a card, and the room its icons take. */
export function plannedCard(text: string, marks: CardMarks): PlannedCard {
  const lead = BOX.iconEm + (marks.phone ? BOX.iconEm : 0) + (marks.badge ? BADGE_EM : 0);
  return { text: marks.dots > 0 ? `${text} ●${marks.dots}` : text, leadEm: lead };
}

/** A group's number badge inside a card (panels per kind), with its space. */
export const BADGE_EM = 1.6;

/** Numbers of the other groups that have cards in a cluster, in order. */
export function otherGroups(clusterId: string, cards: Readonly<Record<string, Card>>, groupId: string | null, numbers: Map<string, number>): number[] {
  const found = new Set<number>();
  for (const card of Object.values(cards)) {
    if (card.clusterId !== clusterId || card.deletedAt !== null || card.groupId === null || card.groupId === groupId) continue;
    const n = numbers.get(card.groupId);
    if (n !== undefined) found.add(n);
  }
  return [...found].sort((a, b) => a - b);
}
