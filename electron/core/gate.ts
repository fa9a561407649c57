/**
 * Lets calls run together, except one that must be alone (a restore replaces the database under
 * everyone): it waits for the calls under way, and calls that come meanwhile wait for it.
 */
export class Gate {
  #running = 0;
  #exclusive: Promise<void> | null = null;
  #drained: (() => void) | null = null;

  async shared<T>(work: () => Promise<T>): Promise<T> {
    while (this.#exclusive) await this.#exclusive;
    this.#running++;
    try {
      return await work();
    } finally {
      this.#running--;
      if (this.#running === 0) this.#drained?.();
    }
  }

  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    while (this.#exclusive) await this.#exclusive;
    let release!: () => void;
    this.#exclusive = new Promise((resolve) => (release = resolve));
    try {
      if (this.#running > 0) await new Promise<void>((resolve) => (this.#drained = resolve));
      this.#drained = null;
      return await work();
    } finally {
      this.#exclusive = null;
      release();
    }
  }
}
