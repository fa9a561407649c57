import type { AppEvent } from '#shared/events.ts';

export type EventListener = (event: AppEvent) => void;

/** The core's announcements after each committed change; every door subscribes. */
export class EventBus {
  readonly #listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(event: AppEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (error) {
        // One broken door (a closed window, a dropped connection) must not silence the others.
        console.error('Event listener failed', error);
      }
    }
  }
}
