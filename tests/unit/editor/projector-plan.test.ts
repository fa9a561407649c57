import { describe, expect, it } from 'vitest';
import { cardLines, groupGeometry, planProjector, splitIntoPages, wordFontPx, type MeasureText } from '../../../renderer/src/projector/plan-layout.ts';

/** Noto Sans sets Indonesian text at about 0.55 em a letter; close enough to plan with. */
const measure: MeasureText = (text, fontPx) => text.length * 0.55 * fontPx;
const CAP = 0.714;

const card = 'Koleksi buku anak di perpustakaan desa masih sedikit';
const board = (groups: number, cards: number) => ({ groups: Array.from({ length: groups }, () => ({ cards: Array.from({ length: cards }, () => card) })) });

describe('planning the projector view', () => {
  it('keeps a cap height of 24 px at 1024×768 for 8 groups of 6 cards, paging when all at once would be smaller', () => {
    const plan = planProjector({ width: 1024, height: 660, ...board(8, 6), measure, minCapHeight: 24, capRatio: CAP });
    expect(plan.fontPx * CAP).toBeGreaterThanOrEqual(24);
    expect(plan.pages.flat()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(plan.pages.length).toBeGreaterThan(1);
  });

  it('shows every group at once when they fit at the floor, and takes the largest text that fits', () => {
    const few = planProjector({ width: 1024, height: 660, groups: [{ cards: ['Jam buka'] }, { cards: ['Rak penuh'] }], measure, minCapHeight: 24, capRatio: CAP });
    expect(few.pages).toEqual([[0, 1]]);
    expect(few.fontPx * CAP).toBeGreaterThan(40);
    const more = planProjector({ width: 1024, height: 660, ...board(6, 2), measure, minCapHeight: 14, capRatio: CAP });
    expect(more.pages).toEqual([[0, 1, 2, 3, 4, 5]]);
    expect(more.columns * more.rows).toBeGreaterThanOrEqual(6);
  });

  it('puts 20 village groups of two cards on one screen when the floor allows, else pages of equal size', () => {
    const all = planProjector({ width: 1024, height: 660, ...board(20, 2), measure, minCapHeight: 10, capRatio: CAP });
    expect(all.pages).toHaveLength(1);
    expect(all.columns * all.rows).toBeGreaterThanOrEqual(20);
    const paged = planProjector({ width: 1024, height: 660, ...board(17, 2), measure, minCapHeight: 24, capRatio: CAP });
    const sizes = paged.pages.map((p) => p.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(paged.fontPx * CAP).toBeGreaterThanOrEqual(24);
  });

  it('splits groups into pages in board order, as evenly as possible', () => {
    expect(splitIntoPages(17, 6)).toEqual([
      [0, 1, 2, 3, 4, 5],
      [6, 7, 8, 9, 10, 11],
      [12, 13, 14, 15, 16],
    ]);
    expect(splitIntoPages(8, 3).map((p) => p.length)).toEqual([3, 3, 2]);
  });

  it('breaks card text only between words; a word too long for its card is drawn smaller, not split', () => {
    expect(cardLines(measure, 'Pengelola perpustakaan sering berganti', 11 * 0.55 * 20, 20)).toBe(4);
    expect(cardLines(measure, 'dikelompokkan', 5 * 0.55 * 20, 20)).toBe(1);
    expect(wordFontPx(measure, 'dikelompokkan', 10 * 0.55 * 20, 20)).toBeLessThan(20);
    expect(wordFontPx(measure, 'desa', 10 * 0.55 * 20, 20)).toBe(20);
  });
});

describe('a group in its cell', () => {
  it('counts the icon at the start of a card: a line that fits without it wraps with it', () => {
    const width = 22 * 0.55 * 20;
    expect(cardLines(measure, 'Ruang baca sempit dan', width, 20)).toBe(1);
    expect(cardLines(measure, 'Ruang baca sempit dan', width, 20, 1.15 * 20)).toBe(2);
  });

  it('lays cards out in the fewest columns that hold them, or says none does', () => {
    const cards = Array.from({ length: 6 }, () => card);
    const tall = groupGeometry(measure, cards, 900, 700, 24);
    expect(tall?.cardColumns).toBeGreaterThanOrEqual(1);
    const wide = groupGeometry(measure, cards, 900, 300, 24);
    expect(wide!.cardColumns).toBeGreaterThan(tall!.cardColumns);
    expect(groupGeometry(measure, cards, 200, 120, 40)).toBeNull();
  });
});
