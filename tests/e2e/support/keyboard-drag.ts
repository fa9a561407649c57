import type { Page } from '@playwright/test';

/**
 * After a keyboard pick-up is announced, before the first arrow: dnd-kit's keyboard sensor starts
 * listening for arrows in a zero-delay timer set at the pick-up, and Chromium may serve a key
 * before that timer. One more zero-delay timer in the page runs after it.
 */
export async function untilArrowsListened(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}
