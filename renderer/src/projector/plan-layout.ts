/**
 * How the projector shows a board: how many groups per screen, in how many columns and rows,
 * and how large the card text can be. The largest text that fits wins, never below the floor
 * (a cap height read from the back of a ballroom); when every group at once would need smaller
 * text, the groups are split into pages the facilitator steps through. Words are never broken:
 * a word wider than its card is drawn smaller, on its own. Pure: the page measures text with
 * the real font (canvas), the tests with a simple rule.
 */

/** Width in CSS pixels of `text` set in the board's font at `fontPx`. */
export type MeasureText = (text: string, fontPx: number) => number;

export interface ProjectorInput {
  width: number;
  height: number;
  /** Per group, the texts of its cards in board order. */
  groups: ReadonlyArray<{ cards: readonly string[] }>;
  measure: MeasureText;
  /** Smallest cap height allowed, in pixels (24 px on a 1024×768 projector). */
  minCapHeight: number;
  /** Cap height of the font as a share of its size (Noto Sans: 0.714). */
  capRatio: number;
}

export interface ProjectorPlan {
  /** Groups per page, in board order; one page when all fit. */
  pages: number[][];
  columns: number;
  rows: number;
  /** Card text size on every page, in pixels; its cap height is `fontPx × capRatio`. */
  fontPx: number;
}

/** Room a card needs besides its lines (padding, border; the kind is an icon on the first line) and between cards, in em. */
const CARD_EXTRA_EM = 0.7;
const CARD_GAP_EM = 0.3;
/** The group's name and badge above its cards, in em of the card text. */
const GROUP_HEADER_EM = 1.5;
/** A wide group (a page of one or two groups, the spotlight) lays its cards out in up to this many columns. */
const MAX_CARD_COLUMNS = 4;
const LINE_HEIGHT = 1.25;
/** Inner width of a card left for text, as a share of the group's column. */
const TEXT_WIDTH_SHARE = 0.86;
const CELL_GAP_PX = 8;
const MAX_FONT_PX = 120;

export function planProjector(input: ProjectorInput): ProjectorPlan {
  const floorPx = input.minCapHeight / input.capRatio;
  const n = input.groups.length;
  if (n === 0) return { pages: [], columns: 1, rows: 1, fontPx: floorPx };
  // Most groups per page first: everyone at once when the text can stay at or above the floor.
  for (let perPage = n; perPage >= 1; perPage--) {
    const pages = splitIntoPages(n, perPage);
    let best: ProjectorPlan | null = null;
    for (const [columns, rows] of grids(perPage)) {
      const fontPx = largestFittingFont(input, pages, columns, rows, floorPx);
      if (fontPx !== null && (best === null || fontPx > best.fontPx)) best = { pages, columns, rows, fontPx };
    }
    if (best) return best;
  }
  // Not even one group fits at the floor (a very long column): one group per page at the floor.
  return { pages: splitIntoPages(n, 1), columns: 1, rows: 1, fontPx: floorPx };
}

/** Pages of equal size as far as possible (17 groups, 6 a page: 6, 6, 5), in board order. */
export function splitIntoPages(count: number, perPage: number): number[][] {
  const pageCount = Math.ceil(count / perPage);
  const base = Math.floor(count / pageCount);
  const larger = count % pageCount;
  const pages: number[][] = [];
  let next = 0;
  for (let p = 0; p < pageCount; p++) {
    const size = base + (p < larger ? 1 : 0);
    pages.push(Array.from({ length: size }, (_, i) => next + i));
    next += size;
  }
  return pages;
}

/** Every way to lay `count` groups out in columns × rows with no empty row. */
function grids(count: number): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    if ((rows - 1) * columns < count) found.push([columns, rows]);
  }
  return found;
}

/** The largest font (to half a pixel) at which every page fits its grid, or null below the floor. */
function largestFittingFont(input: ProjectorInput, pages: number[][], columns: number, rows: number, floorPx: number): number | null {
  const cellWidth = (input.width - CELL_GAP_PX * (columns + 1)) / columns;
  const cellHeight = (input.height - CELL_GAP_PX * (rows + 1)) / rows;
  const fits = (fontPx: number) => pages.every((page) => page.every((g) => groupFits(input, input.groups[g]!.cards, cellWidth, cellHeight, fontPx)));
  if (cellWidth <= 0 || cellHeight <= 0 || !fits(floorPx)) return null;
  let low = floorPx;
  let high = MAX_FONT_PX;
  while (high - low > 0.5) {
    const mid = (low + high) / 2;
    if (fits(mid)) low = mid;
    else high = mid;
  }
  return Math.floor(low * 2) / 2;
}

/**
 * Whether a group's cards fit its cell at this size: under the group's name, in board order,
 * filling one column of cards before the next (a wide cell holds several columns of cards).
 */
function groupFits(input: ProjectorInput, cards: readonly string[], cellWidth: number, cellHeight: number, fontPx: number): boolean {
  const room = cellHeight - GROUP_HEADER_EM * fontPx;
  for (let cardColumns = 1; cardColumns <= MAX_CARD_COLUMNS; cardColumns++) {
    const columnWidth = (cellWidth - CELL_GAP_PX * (cardColumns - 1)) / cardColumns;
    const textWidth = columnWidth * TEXT_WIDTH_SHARE - fontPx * 0.6;
    if (textWidth < fontPx * 3) break;
    let column = 1;
    let used = 0;
    let placed = true;
    for (const text of cards) {
      const height = (cardLines(input.measure, text, textWidth, fontPx) * LINE_HEIGHT + CARD_EXTRA_EM + CARD_GAP_EM) * fontPx;
      if (used + height > room && used > 0) {
        column += 1;
        used = 0;
      }
      if (height > room || column > cardColumns) {
        placed = false;
        break;
      }
      used += height;
    }
    if (placed) return true;
  }
  return false;
}

/**
 * Lines a card's text takes when broken only between words. A word wider than the line is drawn
 * smaller to fit it (it takes a line of its own), never split.
 */
export function cardLines(measure: MeasureText, text: string, lineWidth: number, fontPx: number): number {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return 1;
  const space = measure(' ', fontPx);
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const width = Math.min(measure(word, fontPx), lineWidth);
    if (used === 0) used = width;
    else if (used + space + width <= lineWidth) used += space + width;
    else {
      lines += 1;
      used = width;
    }
  }
  return lines;
}

/** The size a word must be drawn at so it fits its line whole (its own size when it fits). */
export function wordFontPx(measure: MeasureText, word: string, lineWidth: number, fontPx: number): number {
  const width = measure(word, fontPx);
  return width <= lineWidth ? fontPx : Math.floor(((fontPx * lineWidth) / width) * 2) / 2;
}
