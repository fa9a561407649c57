import { expect, test } from './support/fixtures.ts';
import { BENGKALIS, openRoomBoard } from './support/room-boards.ts';

test.use({ viewport: { width: 1024, height: 768 } });

// The workshop's tabs at the projector's 1024 px: "Laporan", the day's last step, was the tab cut
// off at the right edge, and the whole page scrolled sideways by it (22 px), board included.
for (const language of ['id', 'en'] as const) {
  test(`every tab of the workshop is on screen at 1024×768 and nothing scrolls sideways (${language})`, async ({ page, host }) => {
    await openRoomBoard(page, host.url, BENGKALIS);
    if (language === 'en') {
      await page.locator('.language-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
    const tabs = page.locator('.section-tabs .section-tab');
    await expect(tabs).toHaveCount(10);
    for (const tab of await tabs.all()) {
      const box = await tab.boundingBox();
      expect(box, await tab.innerText()).not.toBeNull();
      expect(box!.x, await tab.innerText()).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, await tab.innerText()).toBeLessThanOrEqual(1024);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    await page.locator('.section-tabs .section-tab').last().click();
    await expect(page.locator('.section-tabs [aria-current="page"]')).toHaveText(language === 'id' ? 'Laporan' : 'Reports');
  });
}
