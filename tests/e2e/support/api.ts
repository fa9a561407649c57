import type { Page } from '@playwright/test';

/**
 * Calls the core through the same HTTP API the page uses (its token from the page), for what
 * another test already drives through the UI: filling a board, a vote, a link.
 */
export async function callApi<T = unknown>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([method, input]) => {
      const token = document.querySelector<HTMLMetaElement>('meta[name="rembuk-token"]')!.content;
      const response = await fetch('./api/call', { method: 'POST', headers: { 'content-type': 'application/json', 'x-rembuk-token': token }, body: JSON.stringify({ method, input }) });
      const outcome = (await response.json()) as { ok: boolean; value: unknown; error?: unknown };
      if (!outcome.ok) throw new Error(`${method} failed: ${JSON.stringify(outcome.error)}`);
      return outcome.value;
    },
    [method, input] as const,
  ) as Promise<T>;
}
