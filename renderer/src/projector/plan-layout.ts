/**
 * How the projector shows a board: how many groups per screen, in how many columns and rows,
 * and how large the card text can be. The largest text that fits wins, never below the floor
 * (a cap height read from the back of a ballroom); when every group at once would need smaller
 * text, the groups are split into pages the facilitator steps through. Words are never broken:
 * a word wider than its card is drawn smaller, on its own. Pure: the page measures text with
 * the real font (canvas), the tests with a simple rule. The page draws with the sizes in `BOX`,
 * so what is planned is what is drawn.
 */

/** Width in CSS pixels of `text` set in the board's font at `fontPx`. */
export type MeasureText = (text: string, fontPx: number) => number;

/** One card (or a cluster's title) as the projector draws it. */
export interface PlannedCard {
  text: string;
  /** Room taken at the start of the first line (the kind's icon, a group's badge), in em. */
  leadEm?: number;
}

export interface ProjectorInput {
  width: number;
  height: number;
  /** Per group, its cards in board order. */
  groups: ReadonlyArray<{ cards: ReadonlyArray<PlannedCard | string> }>;
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

/**
 * The boxes the page draws, in pixels or in em of the card text: the planner counts with these
 * and the projector's stylesheet is given them as custom properties.
 */
export const BOX = {
  /** Between groups, and around the page. */
  gapPx: 8,
  /** A group's frame: border, its coloured top, padding inside. */
  panelBorderPx: 2,
  panelTopPx: 8,
  panelPadPx: 4,
  /** The group's number and name above its cards, and the space under them. */
  headerEm: 1.45,
  /** Between columns of cards inside a wide group. */
  cardColumnGapPx: 8,
  cardBorderPx: 3,
  cardPadXEm: 0.25,
  cardPadYEm: 0.12,
  cardGapEm: 0.2,
  lineHeight: 1.2,
  /** The kind's icon at the start of a card's first line, with its space. */
  iconEm: 1.15,
} as const;

/** A wide group (a page of one or two groups, the spotlight) lays its cards out in up to this many columns. */
const MAX_CARD_COLUMNS = 4;
/** The most a word may shrink to fit a card when the group could instead use wider cards. */
const MIN_WORD_SCALE = 0.85;
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

/** A group's place on its page: its size, and how its cards are laid out there. */
export interface GroupGeometry {
  cellWidth: number;
  cellHeight: number;
  /** Height left for the cards under the group's name. */
  cardsHeight: number;
  cardColumns: number;
  /** Width of a card's text (inside its padding and border). */
  textWidth: number;
}

/** The size of each cell of a plan's grid. */
export function cellSize(input: Pick<ProjectorInput, 'width' | 'height'>, columns: number, rows: number): { cellWidth: number; cellHeight: number } {
  return { cellWidth: (input.width - BOX.gapPx * (columns + 1)) / columns, cellHeight: (input.height - BOX.gapPx * (rows + 1)) / rows };
}

/**
 * How one group's cards sit in its cell at this size: the fewest columns of cards that hold them
 * all (column after column, in board order), or null when none does.
 */
export function groupGeometry(measure: MeasureText, cards: ReadonlyArray<PlannedCard | string>, cellWidth: number, cellHeight: number, fontPx: number): GroupGeometry | null {
  const inner = cellWidth - 2 * (BOX.panelBorderPx + BOX.panelPadPx);
  const cardsHeight = cellHeight - BOX.panelTopPx - BOX.panelBorderPx - 2 * BOX.panelPadPx - BOX.headerEm * fontPx;
  if (cardsHeight <= 0) return null;
  const widest = Math.max(0, ...cards.flatMap((card) => (typeof card === 'string' ? card : card.text).split(/\s+/).map((word) => measure(word, fontPx))));
  for (let cardColumns = 1; cardColumns <= MAX_CARD_COLUMNS; cardColumns++) {
    const columnWidth = (inner - BOX.cardColumnGapPx * (cardColumns - 1)) / cardColumns;
    const textWidth = columnWidth - 2 * BOX.cardBorderPx - 2 * BOX.cardPadXEm * fontPx;
    if (textWidth < fontPx * 3) break;
    // Narrower columns of cards only while words keep (nearly) their size: "perpustakaan"
    // drawn at half size to fit a narrow card is no longer read from the back row.
    if (cardColumns > 1 && textWidth < widest * MIN_WORD_SCALE) break;
    if (fillsColumns(measure, cards, textWidth, cardsHeight, fontPx, cardColumns)) return { cellWidth, cellHeight, cardsHeight, cardColumns, textWidth };
  }
  return null;
}

/** Height of one card at this size, with the space under it. */
export function cardHeight(lines: number, fontPx: number): number {
  return lines * BOX.lineHeight * fontPx + 2 * BOX.cardPadYEm * fontPx + 2 * BOX.cardBorderPx + BOX.cardGapEm * fontPx;
}

function fillsColumns(measure: MeasureText, cards: ReadonlyArray<PlannedCard | string>, textWidth: number, room: number, fontPx: number, cardColumns: number): boolean {
  let column = 1;
  let used = 0;
  for (const card of cards) {
    const { text, leadEm = 0 } = typeof card === 'string' ? { text: card } : card;
    const height = cardHeight(cardLines(measure, text, textWidth, fontPx, leadEm * fontPx), fontPx);
    if (height > room) return false;
    if (used + height > room) {
      column += 1;
      used = 0;
    }
    if (column > cardColumns) return false;
    used += height;
  }
  return true;
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
  const { cellWidth, cellHeight } = cellSize(input, columns, rows);
  const fits = (fontPx: number) => pages.every((page) => page.every((g) => groupGeometry(input.measure, input.groups[g]!.cards, cellWidth, cellHeight, fontPx) !== null));
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
 * Lines a card's text takes when broken only between words, after `leadPx` on the first line. A
 * word wider than the line is drawn smaller to fit it (it takes a line of its own), never split.
 */
export function cardLines(measure: MeasureText, text: string, lineWidth: number, fontPx: number, leadPx = 0): number {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0) return 1;
  const space = measure(' ', fontPx);
  let lines = 1;
  // The lead (an icon) carries its own space; a line's first word needs none.
  let used = leadPx;
  let lineStart = true;
  for (const word of words) {
    const width = Math.min(measure(word, fontPx), lineWidth);
    const needed = lineStart ? width : space + width;
    lineStart = false;
    if (used + needed <= lineWidth || used === 0) used += needed;
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
