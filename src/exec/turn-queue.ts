import { CodexAbortError } from "../errors.js";

/**
 * Limits how many turns run at once. Turns beyond the limit wait in FIFO
 * order; a waiting turn whose signal aborts leaves the line at once.
 */
export class TurnQueue {
  private running = 0;
  private readonly waiting: { start: () => void; signal: AbortSignal | undefined; onAbort: () => void }[] = [];

  constructor(private readonly limit: number) {}

  /** Resolves with a release function once the turn may start. */
  acquire(signal: AbortSignal | undefined): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(new CodexAbortError("The turn was aborted while waiting to start"));
    if (this.running < this.limit) {
      this.running += 1;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve, reject) => {
      const entry = {
        signal,
        start: () => {
          signal?.removeEventListener("abort", entry.onAbort);
          this.running += 1;
          resolve(this.releaser());
        },
        onAbort: () => {
          const index = this.waiting.indexOf(entry);
          if (index !== -1) this.waiting.splice(index, 1);
          reject(new CodexAbortError("The turn was aborted while waiting to start", signal?.reason));
        },
      };
      signal?.addEventListener("abort", entry.onAbort, { once: true });
      this.waiting.push(entry);
    });
  }


  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= 1;
      this.waiting.shift()?.start();
    };
  }
}
