import { callApi } from './support/api.ts';
import { expect, test } from './support/fixtures.ts';

test.use({ viewport: { width: 1024, height: 768 } });

/**
 * A long column (a village that wrote 60 cards) draws its far-off cards light: text on the kind's
 * tint, no tools (`LazyCard`). They must still show the right words, follow changes from another
 * window, and become full cards as soon as the keyboard or the screen reaches them.
 */
test('the far-off cards of a long column show their words and become full cards when reached', async ({ page, host }) => {
  await page.goto(host.url);
  const detail = await callApi<{ workshop: { id: string }; sessions: Array<{ id: string }> }>(page, 'workshops.create', { title: 'PLM Kabupaten Bengkalis 2022', startDate: '2022-10-13', endDate: '2022-10-13' });
  const group = await callApi<{ id: string }>(page, 'groups.create', { workshopId: detail.workshop.id, name: 'Wonosari' });
  const cards = Array.from({ length: 60 }, (_, i) => ({ id: crypto.randomUUID(), text: `Tantangan nomor ${i + 1} dari perpustakaan desa` }));
  await callApi(page, 'cards.createMany', { sessionId: detail.sessions[0]!.id, groupId: group.id, cards });
  await page.goto(`${host.url}#/workshops/${detail.workshop.id}/board`);
  await expect(page.getByTestId('card')).toHaveCount(60);

  const last = page.getByTestId('card').filter({ has: page.locator(`[data-card-id="${cards[59]!.id}"]`) });
  await expect(last).toHaveClass(/\bcard-far\b/);
  await expect(last).toContainText('Tantangan nomor 60 dari perpustakaan desa');

  // Another window changes its words: the light card follows.
  await callApi(page, 'cards.update', { id: cards[59]!.id, text: 'Jam buka perpustakaan belum tetap' });
  await expect(last).toContainText('Jam buka perpustakaan belum tetap');

  // Reached by the keyboard (Tab lands on it): it becomes a full card, with its tools, and keeps the focus.
  await last.locator('[data-card-id]').focus();
  await expect(last).not.toHaveClass(/\bcard-far\b/);
  await expect(last.getByRole('button', { name: /Jam buka perpustakaan belum tetap/ }).first()).toBeAttached();
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-card-id'))).toBe(cards[59]!.id);

  // Brought on screen by scrolling: the cards around it are full cards too.
  const middle = page.getByTestId('card').filter({ has: page.locator(`[data-card-id="${cards[40]!.id}"]`) });
  await expect(middle).toHaveClass(/\bcard-far\b/);
  await middle.scrollIntoViewIfNeeded();
  await expect(middle).not.toHaveClass(/\bcard-far\b/);
});
