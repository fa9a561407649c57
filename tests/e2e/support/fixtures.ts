import { test as base, expect } from '@playwright/test';
import { runAxe, type AxeReport } from './axe.ts';
import { hostContext, pageContext } from './failure-context.ts';
import { HostProcess } from './host.ts';

interface Fixtures {
  /** A browser host on a fresh data directory, stopped and removed after the test. */
  host: HostProcess;
  /** Every URL the page requested; the test ends by checking they all stayed on 127.0.0.1. */
  requests: string[];
  /** axe-core on what the page shows now, labelled for the test's output. */
  axe: (label: string) => Promise<AxeReport>;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a function needs from this pattern.
  host: async ({}, use, testInfo) => {
    const host = new HostProcess();
    await host.start();
    await use(host);
    if (testInfo.status !== testInfo.expectedStatus) console.log(hostContext(host.output));
    await host.dispose();
  },
  requests: async ({ context }, use) => {
    const seen: string[] = [];
    context.on('request', (request) => seen.push(request.url()));
    await use(seen);
    const outside = seen.filter((url) => !/^http:\/\/127\.0\.0\.1:\d+\//.test(url) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(outside, 'requests that left the machine').toEqual([]);
  },
  axe: async ({ page }, use) => {
    await use((label) => runAxe(page, label));
  },
  page: async ({ page, requests }, use, testInfo) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(page);
    if (testInfo.status !== testInfo.expectedStatus) console.log(await pageContext(page, errors));
    expect(errors, 'uncaught errors in the page').toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
  },
});

export { expect };
