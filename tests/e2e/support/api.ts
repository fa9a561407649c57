import type { Page } from '@playwright/test';

/**
 * Calls the core through the same HTTP API the page uses (with its session cookie), for what
 * another test already drives through the UI: filling a board, a vote, a link.
 */
export async function callApi<T = unknown>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([method, input]) => {
      // The page's session cookie (from the launch address) lets it in, as it does the page itself.
      const response = await fetch('./api/call', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method, input }) });
      const outcome = (await response.json()) as { ok: boolean; value: unknown; error?: unknown };
      if (!outcome.ok) throw new Error(`${method} failed: ${JSON.stringify(outcome.error)}`);
      return outcome.value;
    },
    [method, input] as const,
  ) as Promise<T>;
}
