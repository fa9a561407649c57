import type { Page } from '@playwright/test';

/**
 * What a failed test leaves in the output, for a run whose trace and screenshot nobody can open
 * (a CI log is often all there is): where the page was, its heading, its notices, its uncaught
 * errors, and the host's last lines.
 */
export async function pageContext(page: Page, errors: string[]): Promise<string> {
  if (page.isClosed()) return 'page: closed';
  const read = async (selector: string) =>
    (await page.locator(selector).allInnerTexts().catch(() => [] as string[])).map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const headings = await read('h1');
  const notices = await read('.notice, [role="alert"]');
  return [`page: ${page.url()}`, `h1: ${JSON.stringify(headings)}`, `notices: ${JSON.stringify(notices)}`, `uncaught errors: ${JSON.stringify(errors)}`].join('\n');
}

export function hostContext(output: string, lines = 20): string {
  return `host, last ${lines} lines:\n${output.trimEnd().split('\n').slice(-lines).join('\n')}`;
}
