import type { Locator, Page } from '@playwright/test';

/**
 * The page scrolled so a target is mid-screen: the page scrolls while a dragged card nears the
 * top or bottom of the screen, and the target would move away from the pointer.
 */
export async function middleOfScreen(target: Locator) {
  await target.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
}

/** A card (or a cluster) pressed and moved a little: in the hand, as a person starts a drag. */
export async function pickUp(page: Page, source: Locator) {
  // A card by its body; a cluster by its title bar.
  const handle = (await source.locator('.card-body').count()) ? source.locator('.card-body') : source;
  const box = await handle.boundingBox();
  if (!box) throw new Error('the card to drag is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 10, box.y + box.height / 2 + 10, { steps: 3 });
}

/** The pointer over a card, at a fraction of its height from the top. */
export async function hover(page: Page, target: Locator, fraction: number) {
  const box = await target.boundingBox();
  if (!box) throw new Error('the target card is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * fraction, { steps: 8 });
}
