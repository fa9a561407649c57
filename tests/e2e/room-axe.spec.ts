import { expect, test } from './support/fixtures.ts';
import { axeTable, type AxeReport } from './support/axe.ts';
import { openRoomBoard, SULAWESI_SELATAN } from './support/room-boards.ts';

test.use({ viewport: { width: 1024, height: 768 } });

/** Words to find things by, in each language. */
const WORDS = {
  id: { importOpen: 'Impor dari spreadsheet', deleteGroup: /^Hapus kelompok/, cancel: 'Batal', pickDate: /^Pilih tanggal/ },
  en: { importOpen: 'Import from spreadsheet', deleteGroup: /^Delete group/, cancel: 'Cancel', pickDate: /^Pick the date/ },
} as const;

/** Every workshop tab but the board (its screens and dialogs have their own test). */
const SETUP_SECTIONS = ['agenda', 'details', 'groups', 'participants', 'attendance', 'summary', 'documentation', 'awards', 'reports'];

for (const language of ['id', 'en'] as const) {
  test(`axe-core finds nothing critical or serious on the setup screens and their dialogs (${language})`, async ({ page, host, axe }) => {
    test.setTimeout(240_000);
    const words = WORDS[language];
    const { workshopId } = await openRoomBoard(page, host.url, SULAWESI_SELATAN);
    if (language === 'en') {
      await page.locator('.language-switch').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
    const reports: AxeReport[] = [];
    const check = async (label: string) => reports.push(await axe(`${label} (${language})`));
    const go = async (hash: string) => {
      await page.goto(`${host.url}#/${hash}`);
      // A workshop's tab shows itself as current once its page has drawn; the list shows its heading.
      await expect(hash ? page.locator('.section-tabs [aria-current="page"]') : page.getByRole('heading', { level: 1 })).toBeVisible();
    };

    await go('');
    await check('workshop list');
    await page.getByRole('button', { name: words.pickDate }).first().click();
    await check('date picker');
    await page.keyboard.press('Escape');
    for (const section of SETUP_SECTIONS) {
      await go(`workshops/${workshopId}/${section}`);
      await check(section);
    }
    await go(`workshops/${workshopId}/participants`);
    await page.getByRole('button', { name: words.importOpen }).click();
    await check('import panel');
    await go(`workshops/${workshopId}/groups`);
    await page.getByRole('button', { name: words.deleteGroup }).first().click();
    await check('confirmation (delete group)');
    await page.getByRole('button', { name: words.cancel }).click();

    console.log(axeTable(reports));
    const bad = reports.filter((r) => r.critical + r.serious > 0);
    expect(bad.map((r) => `${r.label}:\n  ${r.lines.join('\n  ')}`)).toEqual([]);
  });
}
