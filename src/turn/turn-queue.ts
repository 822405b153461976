import { abortError } from "./abort.js";

const WHILE_WAITING = "while waiting to start";

/**
 * Limits how many turns run at once. Turns beyond the limit wait in FIFO
 * order; a waiting turn whose signal aborts leaves the line at once.
 */
export class TurnQueue {
  private running = 0;
  private closedWith: Error | undefined;
  private readonly waiting: { start: () => void; signal: AbortSignal | undefined; onAbort: () => void; reject: (error: Error) => void }[] = [];

  constructor(private readonly limit: number) {}

  /** A release function when the turn may start now; undefined when it must wait in line, is aborted, or the queue is closed. */
  tryAcquire(signal: AbortSignal | undefined): (() => void) | undefined {
    if (this.closedWith || signal?.aborted || this.running >= this.limit) return undefined;
    this.running += 1;
    return this.releaser();
  }

  /** Resolves with a release function once the turn may start. */
  acquire(signal: AbortSignal | undefined): Promise<() => void> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    if (signal?.aborted) return Promise.reject(abortError(signal, WHILE_WAITING));
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
          entry.reject(abortError(signal, WHILE_WAITING));
        },
        reject: (error: Error) => {
          const index = this.waiting.indexOf(entry);
          if (index !== -1) this.waiting.splice(index, 1);
          signal?.removeEventListener("abort", entry.onAbort);
          reject(error);
        },
      };
      signal?.addEventListener("abort", entry.onAbort, { once: true });
      this.waiting.push(entry);
    });
  }

  /** Rejects every waiting turn, and every later one, with `error` (the `Codex` is closing). */
  close(error: Error): void {
    this.closedWith = error;
    for (const entry of [...this.waiting]) entry.reject(error);
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
