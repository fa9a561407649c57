import type { BoardLayout, Card, CardKind, Cluster, CustomKind, Group, Session } from '#shared/model.ts';
import { compareKeys } from '#shared/ordering.ts';
import type { BoardFilters } from '../ui-state.ts';
import { boardKinds, kindOfCard, type KindEntry } from './kinds.ts';

/** The inbox column ("Belum dikelompokkan"): cards of no group yet. */
export const INBOX = 'inbox';
const CLUSTER_PREFIX = 'cluster:';

/** What dropping a card into a cell changes, as `cards.move` takes it. */
export interface CellDimensions {
  groupId?: string | null;
  kind?: CardKind;
  customKindId?: string | null;
}

/** One drop target of the board: a column, or a group × kind cell of the grid. */
export interface Cell {
  key: string;
  dims: CellDimensions;
  /** Card ids and `cluster:<id>` items, in board order. */
  items: string[];
  /** The cards of each cluster shown here, in order (filters applied). */
  members: Record<string, string[]>;
  /** Cards of this cell the filters hide. */
  hidden: number;
}

export interface BoardColumn {
  key: string;
  /** The group it stands for (columns per group), or null for the inbox and kind columns. */
  groupId: string | null;
  /** The kind it stands for (columns per kind). */
  kind: KindEntry | null;
  /** Where a card typed into this column goes. */
  capture: { groupId: string | null; kind: CardKind | null; customKindId: string | null };
}

export interface BoardView {
  layout: BoardLayout;
  columns: BoardColumn[];
  /** The kinds of the board; in the grid, one lane per kind. */
  kinds: KindEntry[];
  cells: Record<string, Cell>;
}

export function clusterItem(clusterId: string): string {
  return `${CLUSTER_PREFIX}${clusterId}`;
}

export function clusterOfItem(itemId: string): string | null {
  return itemId.startsWith(CLUSTER_PREFIX) ? itemId.slice(CLUSTER_PREFIX.length) : null;
}

export function cellKey(columnKey: string, laneKey: string | null): string {
  return laneKey === null ? columnKey : `${columnKey}|${laneKey}`;
}

export interface BoardSource {
  session: Session;
  groups: readonly Group[];
  cards: Record<string, Card>;
  customKinds: Record<string, CustomKind>;
  clusters: Record<string, Cluster>;
  filters: BoardFilters;
  /** The projector shows no phone card the facilitator has not revealed yet. */
  projector?: boolean;
}

/** Lays one board out: columns, cells, and the cards and clusters in each, filters applied. */
export function buildBoardView({ session, groups, cards, customKinds, clusters, filters, projector = false }: BoardSource): BoardView {
  const boardCards = Object.values(cards)
    .filter((c) => c.sessionId === session.id && c.deletedAt === null && !(projector && c.hidden))
    .sort(compareKeys);
  const ownKinds = Object.values(customKinds)
    .filter((k) => k.sessionId === session.id)
    .sort(compareKeys);
  const kinds = boardKinds(session.template, ownKinds, boardCards);
  const columns = layoutColumns(session.layout, groups, kinds, filters);
  const cells: Record<string, Cell> = {};
  const cellOf = (card: Card): string => {
    const group = card.groupId ?? INBOX;
    const kind = kindOfCard(card, customKinds).key;
    if (session.layout === 'kinds') return kind;
    return session.layout === 'grid' ? cellKey(group, kind) : group;
  };
  for (const column of columns) {
    const lanes = session.layout === 'grid' ? kinds : [null];
    for (const lane of lanes) {
      const key = cellKey(column.key, lane?.key ?? null);
      const dims: CellDimensions = {};
      if (session.layout !== 'kinds') dims.groupId = column.groupId;
      const kind = lane ?? column.kind;
      if (kind) Object.assign(dims, { kind: kind.kind, customKindId: kind.customKindId });
      cells[key] = { key, dims, items: [], members: {}, hidden: 0 };
    }
  }
  const matches = cardFilter(filters, clusters, customKinds);
  for (const card of boardCards) {
    const cell = cells[cellOf(card)];
    if (!cell) continue;
    if (!matches(card)) {
      cell.hidden++;
      continue;
    }
    const cluster = card.clusterId ? clusters[card.clusterId] : undefined;
    if (!cluster || cluster.deletedAt !== null) {
      cell.items.push(card.id);
      continue;
    }
    if (!cell.members[cluster.id]) {
      cell.members[cluster.id] = [];
      cell.items.push(clusterItem(cluster.id));
    }
    cell.members[cluster.id]!.push(card.id);
  }
  return { layout: session.layout, columns, kinds, cells };
}

function layoutColumns(layout: BoardLayout, groups: readonly Group[], kinds: readonly KindEntry[], filters: BoardFilters): BoardColumn[] {
  if (layout === 'kinds') {
    return kinds.map((kind) => ({ key: kind.key, groupId: null, kind, capture: { groupId: null, kind: kind.kind, customKindId: kind.customKindId } }));
  }
  const all: BoardColumn[] = [
    { key: INBOX, groupId: null, kind: null, capture: { groupId: null, kind: null, customKindId: null } },
    ...groups.map((g) => ({ key: g.id, groupId: g.id, kind: null, capture: { groupId: g.id, kind: null, customKindId: null } })),
  ];
  return filters.group === null ? all : all.filter((c) => c.key === filters.group);
}

/** Does a card pass the filters: words in any of its fields, its kind, its strategy tag, its group. */
export function cardFilter(filters: BoardFilters, clusters: Record<string, Cluster>, customKinds: Record<string, CustomKind>) {
  const words = normalise(filters.text).split(/\s+/).filter(Boolean);
  return (card: Card): boolean => {
    if (filters.kinds.length && !filters.kinds.includes(kindOfCard(card, customKinds).key)) return false;
    if (filters.tags.length && (card.tag === null || !filters.tags.includes(card.tag))) return false;
    if (filters.group !== null && (card.groupId ?? INBOX) !== filters.group) return false;
    if (words.length === 0) return true;
    const cluster = card.clusterId ? clusters[card.clusterId]?.title : '';
    const haystack = normalise([card.text, card.author, card.who, card.byWhen, card.indicator, cluster].filter(Boolean).join(' '));
    return words.every((w) => haystack.includes(w));
  };
}

function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}
