import type { Page } from '@playwright/test';

/** What the benchmark measures inside the page (installed once per page). */
interface BenchProbe {
  timeBoardRender(hash: string): Promise<{ ms: number; mounted: number }>;
  startFrames(): void;
  stopFrames(): { frames: number[]; longestTask: number; longTasks: number };
  expectDrop(cardId: string): void;
  dropResult(): Promise<number>;
  dropDrawn(): Promise<number>;
  call(method: string, input: unknown): Promise<unknown>;
  nextEventFor(cardId: string): Promise<number>;
}

declare global {
  interface Window {
    benchProbe: BenchProbe;
  }
}

export async function installProbes(page: Page) {
  await page.evaluate(() => {
    // The clock when the frame's callbacks run. Not the frame's own timestamp: that is when the frame
    // began, which can be before a render that ran just ahead of it (it read -1 ms once the board
    // drew only the cards near the screen).
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    // The core's events, as a second window sees them.
    const waiting = new Map<string, (at: number) => void>();
    const events = new EventSource('./api/events');
    events.onmessage = (message) => {
      const event = JSON.parse(message.data as string) as { type: string; cards?: Array<{ id: string }> };
      if (event.type !== 'cards.saved') return;
      for (const card of event.cards ?? []) {
        const resolve = waiting.get(card.id);
        if (resolve) {
          waiting.delete(card.id);
          resolve(performance.now());
        }
      }
    };
    const nextEventFor = (cardId: string) => new Promise<number>((resolve) => waiting.set(cardId, resolve));

    let frames: number[] = [];
    let recording = false;
    let longTasks: number[] = [];
    new PerformanceObserver((list) => {
      if (recording) longTasks.push(...list.getEntries().map((e) => e.duration));
    }).observe({ type: 'longtask' });
    const loop = (last: number) =>
      requestAnimationFrame((now) => {
        if (!recording) return;
        frames.push(now - last);
        loop(now);
      });

    // The browser's own account of each pointerup (Event Timing): from the release, as the browser
    // received it, to the next paint after the page's handlers, the one that shows the dropped
    // card where it landed. Reported from 16 ms up (the API's floor), in steps of 8 ms.
    let lastRelease: PerformanceEventTiming | null = null;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) if (entry.name === 'pointerup') lastRelease = entry;
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    let drop: Promise<number> = Promise.resolve(Number.NaN);
    window.benchProbe = {
      async timeBoardRender(hash) {
        const start = performance.now();
        location.hash = hash;
        for (;;) {
          const at = await frame();
          const mounted = document.querySelectorAll('[data-testid="card"]').length;
          if (mounted > 0) return { ms: at - start, mounted };
        }
      },
      startFrames() {
        frames = [];
        longTasks = [];
        recording = true;
        requestAnimationFrame((now) => loop(now));
      },
      stopFrames() {
        recording = false;
        return { frames, longestTask: Math.max(0, ...longTasks), longTasks: longTasks.length };
      },
      expectDrop(cardId) {
        lastRelease = null;
        const event = nextEventFor(cardId);
        drop = new Promise((resolve, reject) => {
          // A drop that saved nothing must fail the run, not hang it.
          const timer = setTimeout(() => reject(new Error(`no event for card ${cardId} within 5 s of the drop`)), 5000);
          window.addEventListener('pointerup', () => {
            const released = performance.now();
            void event.then((at) => {
              clearTimeout(timer);
              resolve(at - released);
            });
          }, { capture: true, once: true });
        });
      },
      dropResult: () => drop,
      async dropDrawn() {
        // Entries come after the paint they measure; a drop drawn within 16 ms has none.
        for (let wait = 0; wait < 20 && !lastRelease; wait++) await new Promise((r) => setTimeout(r, 50));
        return lastRelease ? (lastRelease as PerformanceEventTiming).duration : 16;
      },
      async call(method, input) {
        const response = await fetch('./api/call', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method, input }) });
        return ((await response.json()) as { value: unknown }).value;
      },
      nextEventFor,
    };
  });
}

/** The same cards, from the same data, as a plain list built straight into the DOM: no React, no drag and drop. */
export async function plainListRender(page: Page, sessionId: string, runs: number): Promise<number[]> {
  return page.evaluate(
    async ({ sessionId, runs }) => {
      const board = (await window.benchProbe.call('sessions.board', { id: sessionId })) as { cards: Array<{ text: string }> };
      const host = document.createElement('ul');
      document.body.append(host);
      const samples: number[] = [];
      for (let i = 0; i < runs + 1; i++) {
        host.replaceChildren();
        await new Promise((r) => requestAnimationFrame(r));
        const start = performance.now();
        for (const card of board.cards) {
          const li = document.createElement('li');
          li.textContent = card.text;
          host.append(li);
        }
        const at = await new Promise<number>((r) => requestAnimationFrame(r));
        if (i > 0) samples.push(at - start);
      }
      host.remove();
      return samples;
    },
    { sessionId, runs },
  );
}

/** The same kind of move sent straight to the API, timed to the core's event coming back. */
export async function roundTripBaseline(page: Page, groupIds: string[], runs: number): Promise<number[]> {
  return page.evaluate(
    async ({ groupIds, runs }) => {
      const sessionId = location.hash.split('/sessions/')[1] ?? '';
      const board = (await window.benchProbe.call('sessions.board', { id: sessionId })) as { cards: Array<{ id: string; groupId: string }> };
      const samples: number[] = [];
      for (let i = 0; i < runs + 1; i++) {
        const from = groupIds[i % 3]!;
        const card = board.cards.filter((c) => c.groupId === from)[i]!;
        const event = window.benchProbe.nextEventFor(card.id);
        const start = performance.now();
        await window.benchProbe.call('cards.move', { id: card.id, groupId: groupIds[(i % 3) + 1], afterCardId: null });
        const at = await event;
        if (i > 0) samples.push(at - start);
      }
      return samples;
    },
    { groupIds, runs },
  );
}
