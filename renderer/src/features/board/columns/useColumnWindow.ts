import { defaultRangeExtractor, useWindowVirtualizer, type Range, type VirtualItem } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useBoardUi } from '../../../editor/board/context.tsx';
import { draggedItem } from '../../../editor/board/drag-state.ts';
import { ListPlaces } from './list-places.ts';

/** What a long column draws, top to bottom: its items near the screen, and blank room for the rest. */
export type WindowRow = { item: string; index: number } | { gap: number; key: string };

/** Columns with more items than this are drawn in windows (the items near the screen). */
export const WINDOW_FROM = 40;

/** A card's height before it has been drawn (a two-line card at 1024 px); measured ones replace it. */
const FIRST_GUESS = 76;
/** Items drawn beyond the screen's edge, above and below: a scroll of a few cards shows no blank. */
const OVERSCAN = 6;

/**
 * The window of a long column: only the items near the screen are in the page, with blank room of
 * their measured (or guessed) height for the others (TanStack Virtual, against the page's scroll).
 * A board of 2,000 cards had every one of them in the page: each drop then painted and laid out the
 * whole board and React walked all of them, ~90 ms on the bench laptop; drawn in windows, ~43.
 * The focused card, the one being edited, the one with its menu open (or the cluster holding
 * each) and the dragged item are always drawn, wherever they are: focus must land on an element
 * and stay on it while the page scrolls, unsaved words must not vanish, and dnd-kit holds on to
 * the element it drags.
 * A column that is not `long` draws everything (`rows` is every item).
 */
export function useColumnWindow(items: string[], long: boolean, itemHolding: (cardId: string) => string | undefined) {
  const list = useRef<HTMLOListElement | null>(null);
  const [top, setTop] = useState(0);
  const [gap, setGap] = useState(0);
  // The cards a person is at: focused, being edited (its words not saved yet), or with its menu open.
  const heldCards = useBoardUi(useShallow((s) => [s.focus.target?.kind === 'card' ? s.focus.target.id : null, s.editing, s.menu?.cardId ?? null]));
  // Their places in the column, as text: the extractor below changes only when they do. Only a
  // long column needs them; the others would scan their items at every render for nothing.
  const held = long ? heldCards.map((id) => (id ? items.indexOf(itemHolding(id) ?? '') : -1)).join(' ') : '';

  const rangeExtractor = useCallback(
    (range: Range) => {
      const drawn = defaultRangeExtractor(range);
      const dragged = draggedItem();
      const always = [...held.split(' ').filter(Boolean).map(Number), dragged ? items.indexOf(dragged) : -1];
      for (const index of always) {
        if (index >= 0 && !drawn.includes(index)) drawn.push(index);
      }
      return drawn.sort((a, b) => a - b);
    },
    [held, items],
  );

  const [measurer] = useState(() => new ItemMeasurer());
  // Made again only with the items: a new one makes the library lay out the whole column again,
  // and a long column renders at each scroll step.
  const getItemKey = useCallback((index: number) => items[index] ?? index, [items]);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    enabled: long,
    // An undrawn card is guessed as tall as this column's drawn ones: a guess that is off moves
    // the cards below it once it is drawn.
    estimateSize: () => measurer.typicalHeight(),
    getItemKey,
    overscan: OVERSCAN,
    gap,
    scrollMargin: top,
    rangeExtractor,
    // React 19 warns about flushSync inside its own work; a frame late is fine for a scroll.
    useFlushSync: false,
  });
  useLayoutEffect(() => keepPageStill(virtualizer), [virtualizer]);

  // Where the list starts on the page, and the gap between its cards (CSS decides both): read when
  // the column becomes long, then whenever the page's layout has changed (a ResizeObserver on the
  // page and the column reports after the browser's own layout). Read at each change of the items,
  // in the commit, it made every drop into a long column lay the whole board out once more.
  useLayoutEffect(() => {
    const element = list.current;
    if (!long || !element) return;
    const measure = () => {
      setTop(Math.round(element.getBoundingClientRect().top + window.scrollY));
      setGap(Number.parseFloat(getComputedStyle(element).rowGap) || 0);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    if (element.parentElement) observer.observe(element.parentElement);
    return () => observer.disconnect();
  }, [long]);

  useLayoutEffect(() => measurer.follow(items, virtualizer.resizeItem), [measurer, items, virtualizer.resizeItem]);
  useEffect(() => () => measurer.stop(), [measurer]);

  const [places] = useState(() => new ListPlaces());
  useLayoutEffect(() => places.follow(items, long), [places, items, long]);
  const [itemRef] = useState(() => perItem((id) => [measurer.refFor(id), (node) => places.note(id, node)]));

  return { rows: long ? windowRows(items, virtualizer.getVirtualItems(), top, gap, virtualizer.getTotalSize()) : items.map((item, index) => ({ item, index })), listRef: list, itemRef: long ? itemRef : undefined };
}

/** One ref per item, made once, that hands the element to each of `refsOf(id)`. */
function perItem(refsOf: (id: string) => Array<(node: HTMLElement | null) => void>) {
  const made = new Map<string, (node: HTMLElement | null) => void>();
  return (id: string) => {
    let ref = made.get(id);
    if (!ref) {
      const refs = refsOf(id);
      ref = (node) => {
        for (const each of refs) each(node);
      };
      made.set(id, ref);
    }
    return ref;
  };
}

/**
 * The columns stand side by side under one page scroll: a card measured taller in one column must
 * not scroll the page for all of them (the library's default, made for a single list).
 */
function keepPageStill(virtualizer: { shouldAdjustScrollPositionOnItemSizeChange: unknown }) {
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = () => false;
}

/** The drawn items in order, with blank room (less the list's gaps around it) where undrawn ones stand. */
export function windowRows(items: string[], drawn: VirtualItem[], top: number, gap: number, totalSize: number): WindowRow[] {
  const rows: WindowRow[] = [];
  // Where the next element of the list starts on the page.
  let next = top;
  for (const row of drawn) {
    const item = items[row.index];
    if (item === undefined) continue;
    if (row.start - gap > next) rows.push({ gap: row.start - gap - next, key: `gap-${row.index}` });
    rows.push({ item, index: row.index });
    next = row.end + gap;
  }
  if (top + totalSize > next) rows.push({ gap: top + totalSize - next, key: 'gap-end' });
  return rows;
}

/**
 * The height of each drawn item, as the page lays it out, told to the virtualizer (one
 * ResizeObserver per long column). It gets each item's element through the item's ref, made
 * once per item (`perItem`): a card that moves within the column keeps its ref and does not draw again.
 */
class ItemMeasurer {
  private items: string[] = [];
  private resizeItem: (index: number, size: number) => void = () => undefined;
  private readonly ids = new WeakMap<Element, string>();
  private readonly heights = new Map<string, number>();
  private totalHeight = 0;
  private readonly observer =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver((entries) => {
          for (const entry of entries) {
            const id = this.ids.get(entry.target);
            const index = id === undefined ? -1 : this.items.indexOf(id);
            const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
            if (id === undefined || index < 0 || height <= 0) continue;
            this.totalHeight += height - (this.heights.get(id) ?? 0);
            this.heights.set(id, height);
            this.resizeItem(index, height);
          }
        });

  follow(items: string[], resizeItem: (index: number, size: number) => void) {
    this.items = items;
    this.resizeItem = resizeItem;
  }

  typicalHeight(): number {
    return this.heights.size === 0 ? FIRST_GUESS : this.totalHeight / this.heights.size;
  }

  stop() {
    this.observer?.disconnect();
  }

  /** The measurer's part of one item's ref. */
  readonly refFor = (id: string) => {
    let observed: HTMLElement | null = null;
    return (node: HTMLElement | null) => {
      if (observed) this.observer?.unobserve(observed);
      observed = node;
      if (!node) return;
      this.ids.set(node, id);
      this.observer?.observe(node);
    };
  };
}
