import type { Locator, Page } from '@playwright/test';

/**
 * What a person at the back of the room sees, measured in the page: how tall the capitals of
 * card text are, whether a word was broken inside, how many groups are on screen, and how many
 * Tab presses a keyboard user needs to reach something.
 */

export interface TextFit {
  /** Text elements measured. */
  elements: number;
  /** Smallest and median cap height of their text, in CSS pixels. */
  minCapHeight: number;
  medianCapHeight: number;
  /** Words whose letters were laid out on more than one line ("perpustaka-an"). */
  splitWords: string[];
  /** Words wider than the card they sit in (cut off or spilling over). */
  overflowingWords: string[];
}

/**
 * Measures every element `textSelector` finds (card text by default). The cap height is the
 * height of a capital H in the element's own font, size and transform, measured with canvas
 * text metrics once the bundled fonts are loaded. A word is split when the boxes of its letters
 * sit on different lines: each text node's words are compared with its rendered line boxes.
 */
export async function measureText(page: Page, textSelector = '[data-testid="card"] .card-text', boxSelector = '[data-testid="card"]'): Promise<TextFit> {
  return page.evaluate(
    async ([textSelector, boxSelector]) => {
      await document.fonts.ready;
      const canvas = document.createElement('canvas').getContext('2d')!;
      const capHeights: number[] = [];
      const splitWords: string[] = [];
      const overflowingWords: string[] = [];
      const elements = [...document.querySelectorAll<HTMLElement>(textSelector)].filter((el) => el.getClientRects().length > 0);
      for (const element of elements) {
        const style = getComputedStyle(element);
        canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        // Transforms (scale) change what reaches the screen; offsetHeight does not see them.
        const scale = element.offsetHeight > 0 ? element.getBoundingClientRect().height / element.offsetHeight : 1;
        capHeights.push(canvas.measureText('H').actualBoundingBoxAscent * scale);
        const box = (element.closest(boxSelector) ?? element).getBoundingClientRect();
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (const match of text.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const rects = [...range.getClientRects()].filter((r) => r.width > 0);
            const lines = new Set(rects.map((r) => Math.round(r.top)));
            if (lines.size > 1) splitWords.push(match[0]);
            const whole = range.getBoundingClientRect();
            if (whole.right > box.right + 0.5 || whole.left < box.left - 0.5) overflowingWords.push(match[0]);
          }
        }
      }
      const sorted = [...capHeights].sort((a, b) => a - b);
      const round = (n: number) => Math.round(n * 10) / 10;
      return {
        elements: elements.length,
        minCapHeight: round(sorted[0] ?? 0),
        medianCapHeight: round(sorted[Math.floor(sorted.length / 2)] ?? 0),
        splitWords,
        overflowingWords,
      };
    },
    [textSelector, boxSelector] as const,
  );
}

export interface OnScreen {
  total: number;
  /** Entirely inside the window, nothing scrolled or cut off. */
  whole: number;
  /** Names of the ones that are not. */
  outside: string[];
}

/** How many of the located elements (group columns) are wholly inside the window. */
export async function wholeOnScreen(items: Locator): Promise<OnScreen> {
  const boxes = await items.evaluateAll((elements) =>
    elements.map((el) => {
      const r = el.getBoundingClientRect();
      const inside = r.width > 0 && r.left >= -0.5 && r.top >= -0.5 && r.right <= innerWidth + 0.5 && r.bottom <= innerHeight + 0.5;
      return { inside, name: el.getAttribute('aria-label') ?? el.textContent?.slice(0, 40) ?? '' };
    }),
  );
  return { total: boxes.length, whole: boxes.filter((b) => b.inside).length, outside: boxes.filter((b) => !b.inside).map((b) => b.name) };
}

/**
 * Presses Tab from the top of the page (nothing focused) until `target` has the focus, and
 * returns how many presses that took (or `max + 1` when it never did).
 */
export async function tabsUntil(page: Page, target: Locator, max = 400): Promise<number> {
  await page.evaluate(() => {
    // blur() alone keeps the browser's Tab starting point where the focus was: move it to the
    // top of the page through a stand-in that is focused, then removed.
    const top = document.createElement('span');
    top.tabIndex = -1;
    document.body.prepend(top);
    top.focus();
    top.remove();
    window.getSelection()?.removeAllRanges();
  });
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return presses;
  }
  return max + 1;
}

/**
 * Where the keyboard focus is, said the way a test report can print it: "body" when it fell to
 * the page, else the element's role or tag and its accessible name as far as the DOM tells it.
 */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) return 'body';
    const labelledBy = el.getAttribute('aria-labelledby');
    const name =
      el.getAttribute('aria-label') ??
      (labelledBy ? labelledBy.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : null) ??
      (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement ? (el.labels?.[0]?.textContent ?? el.name) : el.textContent);
    return `${el.getAttribute('role') ?? el.tagName.toLowerCase()} “${(name ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}”`;
  });
}
