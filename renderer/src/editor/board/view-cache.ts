import { boardKinds } from '#shared/board/kinds.ts';
import type { Card } from '#shared/model.ts';
import { indexInOrder } from '#shared/ordering.ts';
import { changedKeys } from '../entities.ts';
import { cardFilter, cellOfCard, fillCell, kindKeyOfCard, layOut, type BoardColumn, type BoardSource, type BoardView, type CellDimensions, type LaidOut } from './view.ts';
import type { KindEntry } from '#shared/board/kinds.ts';

/**
 * Remembers the last view, so each new one keeps the arrays and cells that did not change: a
 * column (and its cards) re-renders only when its own contents change, so a drop re-renders the
 * two columns it touches, not twenty. When only some cards changed (a drop, a typed card, an
 * event), only their cells are laid out again; anything else lays the board out afresh.
 */
export class ViewCache {
  #last: { source: BoardSource; laidOut: LaidOut } | null = null;

  view(source: BoardSource): BoardView {
    const last = this.#last;
    const laidOut = (last && onlyCardsChanged(last.source, source) && updated(last.laidOut, last.source.cards, source)) || layOut(source);
    const view = keepIdentity(last?.laidOut.view ?? null, laidOut.view);
    this.#last = { source, laidOut: { view, cellCards: laidOut.cellCards } };
    return view;
  }
}

/** Beyond this many changed cards, laying the whole board out is as quick. */
const FEW_CHANGES = 100;

function onlyCardsChanged(a: BoardSource, b: BoardSource): boolean {
  return (
    a.session === b.session &&
    a.customKinds === b.customKinds &&
    a.clusters === b.clusters &&
    a.filters === b.filters &&
    a.projector === b.projector &&
    a.groups.length === b.groups.length &&
    a.groups.every((g, i) => g === b.groups[i])
  );
}

/** The last layout with the changed cards' cells laid out again; null when the board must be laid out afresh. */
function updated(last: LaidOut, before: BoardSource['cards'], source: BoardSource): LaidOut | null {
  const { session, cards: after, customKinds, clusters, filters, projector = false } = source;
  const changed = changedKeys(before, after);
  if (!changed || changed.length > FEW_CHANGES) return null;
  // The kinds every board of this template offers; a card of another kind adds a column or lane.
  const offered = new Set(boardKinds(session.template, Object.values(customKinds).filter((k) => k.sessionId === session.id), []).map((k) => k.key));
  const cellCards = new Map(last.cellCards);
  const dirty = new Set<string>();
  const shown = (card: Card | undefined): card is Card => card !== undefined && card.sessionId === session.id && card.deletedAt === null && !(projector && card.hidden);
  for (const id of changed) {
    for (const [card, adding] of [[before[id], false], [after[id], true]] as const) {
      if (!shown(card)) continue;
      if (!offered.has(kindKeyOfCard(card, customKinds))) return null;
      const key = cellOfCard(session.layout, card, customKinds);
      const list = cellCards.get(key);
      if (!list) continue;
      const own = dirty.has(key) ? list : [...list];
      cellCards.set(key, own);
      dirty.add(key);
      if (adding) own.splice(indexInOrder(own, card), 0, card);
      else own.splice(own.findIndex((c) => c.id === card.id), 1);
    }
  }
  const matches = cardFilter(filters, clusters, customKinds);
  const cells = { ...last.view.cells };
  for (const key of dirty) cells[key] = fillCell(last.view.cells[key]!, cellCards.get(key)!, matches, clusters);
  return { view: { ...last.view, cells }, cellCards };
}

/**
 * `after` with every part that shows the same as in `before` replaced by `before`'s; `before`
 * itself when nothing differs (a card's text or revision changed), so the board does not render
 * again for it.
 */
export function keepIdentity(before: BoardView | null, after: BoardView): BoardView {
  if (!before) return after;
  let cellsKept = Object.keys(before.cells).length === Object.keys(after.cells).length;
  for (const [key, cell] of Object.entries(after.cells)) {
    const old = before.cells[key];
    if (!old) {
      cellsKept = false;
      continue;
    }
    if (sameList(old.items, cell.items)) cell.items = old.items;
    const unchanged = cell.items === old.items && old.hidden === cell.hidden && sameDims(old.dims, cell.dims) && sameMembers(old.members, cell.members);
    if (unchanged) after.cells[key] = old;
    else cellsKept = false;
  }
  if (before.columns.length === after.columns.length && before.columns.every((c, i) => sameColumn(c, after.columns[i]!))) after.columns = before.columns;
  if (before.kinds.length === after.kinds.length && before.kinds.every((k, i) => sameKind(k, after.kinds[i]!))) after.kinds = before.kinds;
  const same = cellsKept && before.layout === after.layout && after.columns === before.columns && after.kinds === before.kinds;
  return same ? before : after;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameDims(a: CellDimensions, b: CellDimensions): boolean {
  return a.groupId === b.groupId && a.kind === b.kind && a.customKindId === b.customKindId;
}

function sameMembers(a: Record<string, string[]>, b: Record<string, string[]>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => b[k] !== undefined && sameList(a[k]!, b[k]!));
}

function sameKind(a: KindEntry, b: KindEntry): boolean {
  return a.key === b.key && a.label === b.label && a.icon === b.icon && a.color === b.color;
}

function sameColumn(a: BoardColumn, b: BoardColumn): boolean {
  return a.key === b.key && a.groupId === b.groupId && (a.kind === b.kind || (a.kind !== null && b.kind !== null && sameKind(a.kind, b.kind)));
}
