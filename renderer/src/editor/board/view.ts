import type { BoardLayout, Card, CardKind, Cluster, CustomKind, Group, Session } from '#shared/model.ts';
import { compareKeys } from '#shared/ordering.ts';
import { boardKinds, kindOfCard, type KindEntry } from '#shared/board/kinds.ts';
import type { BoardFilters } from './board-state.ts';

/** The inbox column ("Belum dikelompokkan"): cards of no group yet. */
export const INBOX = 'inbox';
const CLUSTER_PREFIX = 'cluster:';
// Ids are UUIDs, so the first '@' ends the cluster's id.
const CELL_MARK = '@';

/** What dropping a card into a cell changes, as `cards.move` takes it. */
export interface CellDimensions {
  groupId?: string | null;
  kind?: CardKind;
  customKindId?: string | null;
}

/** One drop target of the board: a column, or a group × kind cell of the grid. */
export interface Cell {
  key: string;
  /** The column it belongs to. */
  column: string;
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
}

export interface BoardView {
  layout: BoardLayout;
  columns: BoardColumn[];
  /** The kinds of the board; in the grid, one lane per kind. */
  kinds: KindEntry[];
  cells: Record<string, Cell>;
}

/**
 * A cluster's item in one cell. A cluster shared by groups shows in each group's cell, so its item
 * names the cell too: with one id for both, dnd-kit knew one of them, the drop line showed in
 * both places, and a drop landed in whichever group came first.
 */
export function clusterItem(clusterId: string, cellKey: string): string {
  return `${CLUSTER_PREFIX}${clusterId}${CELL_MARK}${cellKey}`;
}

export function clusterOfItem(itemId: string): string | null {
  if (!itemId.startsWith(CLUSTER_PREFIX)) return null;
  const end = itemId.indexOf(CELL_MARK);
  return itemId.slice(CLUSTER_PREFIX.length, end < 0 ? undefined : end);
}

/** The cell a cluster's item was made for (null for a card). */
export function cellOfClusterItem(itemId: string): string | null {
  const end = itemId.indexOf(CELL_MARK);
  return itemId.startsWith(CLUSTER_PREFIX) && end >= 0 ? itemId.slice(end + CELL_MARK.length) : null;
}

export function cellKey(columnKey: string, laneKey: string | null): string {
  return laneKey === null ? columnKey : `${columnKey}|${laneKey}`;
}

export interface BoardSource {
  session: Session;
  groups: readonly Group[];
  /** This board's cards (others are left out). */
  cards: Readonly<Record<string, Card>>;
  customKinds: Readonly<Record<string, CustomKind>>;
  clusters: Readonly<Record<string, Cluster>>;
  filters: BoardFilters;
  /** The projector shows no phone card the facilitator has not revealed yet. */
  projector?: boolean;
}

/** Lays one board out: columns, cells, and the cards and clusters in each, filters applied. */
export function buildBoardView(source: BoardSource): BoardView {
  return layOut(source).view;
}

/** A laid-out board with each cell's shown cards in board order, filtered ones too (what `ViewCache` updates). */
export interface LaidOut {
  view: BoardView;
  cellCards: Map<string, Card[]>;
}

export function layOut({ session, groups, cards, customKinds, clusters, filters, projector = false }: BoardSource): LaidOut {
  const boardCards = Object.values(cards)
    .filter((c) => c.sessionId === session.id && c.deletedAt === null && !(projector && c.hidden))
    .sort(compareKeys);
  const ownKinds = Object.values(customKinds)
    .filter((k) => k.sessionId === session.id)
    .sort(compareKeys);
  const kinds = boardKinds(session.template, ownKinds, boardCards);
  const columns = layoutColumns(session.layout, groups, kinds, filters);
  const cellCards = new Map<string, Card[]>();
  const skeletons: Cell[] = [];
  for (const column of columns) {
    const lanes = session.layout === 'grid' ? kinds : [null];
    for (const lane of lanes) {
      const key = cellKey(column.key, lane?.key ?? null);
      const dims: CellDimensions = {};
      if (session.layout !== 'kinds') dims.groupId = column.groupId;
      const kind = lane ?? column.kind;
      if (kind) Object.assign(dims, { kind: kind.kind, customKindId: kind.customKindId });
      skeletons.push({ key, column: column.key, dims, items: [], members: {}, hidden: 0 });
      cellCards.set(key, []);
    }
  }
  for (const card of boardCards) cellCards.get(cellOfCard(session.layout, card, customKinds))?.push(card);
  const matches = cardFilter(filters, clusters, customKinds);
  const cells = Object.fromEntries(skeletons.map((cell) => [cell.key, fillCell(cell, cellCards.get(cell.key)!, matches, clusters)]));
  return { view: { layout: session.layout, columns, kinds, cells }, cellCards };
}

/** The cell a card is shown in, in a layout. */
export function cellOfCard(layout: BoardLayout, card: Card, customKinds: Readonly<Record<string, CustomKind>>): string {
  const kind = kindKeyOfCard(card, customKinds);
  if (layout === 'kinds') return kind;
  const group = card.groupId ?? INBOX;
  return layout === 'grid' ? cellKey(group, kind) : group;
}

/** `kindOfCard(…).key` without making the entry: the view asks it for every card. */
export function kindKeyOfCard(card: Card, customKinds: Readonly<Record<string, CustomKind>>): string {
  const custom = card.customKindId ? customKinds[card.customKindId] : undefined;
  return custom && custom.deletedAt === null ? `custom:${custom.id}` : card.kind;
}

/** A cell's items from its cards (in board order): each cluster one item where its first card stands. */
export function fillCell(skeleton: Cell, cards: readonly Card[], matches: (card: Card) => boolean, clusters: Readonly<Record<string, Cluster>>): Cell {
  const cell: Cell = { ...skeleton, items: [], members: {}, hidden: 0 };
  for (const card of cards) {
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
      cell.items.push(clusterItem(cluster.id, cell.key));
    }
    cell.members[cluster.id]!.push(card.id);
  }
  return cell;
}

function layoutColumns(layout: BoardLayout, groups: readonly Group[], kinds: readonly KindEntry[], filters: BoardFilters): BoardColumn[] {
  if (layout === 'kinds') return kinds.map((kind) => ({ key: kind.key, groupId: null, kind }));
  const all: BoardColumn[] = [{ key: INBOX, groupId: null, kind: null }, ...groups.map((g) => ({ key: g.id, groupId: g.id, kind: null }))];
  return filters.group === null ? all : all.filter((c) => c.key === filters.group);
}

/** Does a card pass the filters: words in any of its fields, its kind, its strategy tag, its group. */
export function cardFilter(filters: BoardFilters, clusters: Readonly<Record<string, Cluster>>, customKinds: Readonly<Record<string, CustomKind>>) {
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

/** The cards of a cell in the order a person reads them: each cluster's cards where the cluster stands. */
export function cardsOfCell(cell: Cell): string[] {
  return cell.items.flatMap((item) => {
    const clusterId = clusterOfItem(item);
    return clusterId ? (cell.members[clusterId] ?? []) : [item];
  });
}
