/** Backpressure: crossing `highWaterMark` queued events calls `onHigh`, draining to half of it `onLow`. */
export interface FlowControl {
  highWaterMark: number;
  onHigh(): void;
  onLow(): void;
}

/**
 * The events of one turn, in order, from the producer (a process's stdout, or
 * the app-server's router) to the one consumer. The producer pushes; the
 * consumer takes synchronously when something is queued, or waits. Crossing
 * the high-water mark calls `onHigh` (exec pauses codex's stdout there), and
 * draining to half of it calls `onLow`. `end()` closes the queue with the
 * turn's outcome: the consumer still gets every queued event, then the end.
 */
export class EventQueue<T> {
  private items: T[] = [];
  private head = 0;
  private waiter: (() => void) | undefined;
  private ended = false;
  private error: Error | undefined;
  private high = false;

  constructor(
    private readonly flow: FlowControl | undefined = undefined,
    /** Sees every event as it is pushed (telemetry), before the consumer does. */
    private readonly observe: ((item: T) => void) | undefined = undefined,
  ) {}

  /** Events queued and not yet taken. */
  get size(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    if (this.ended) return;
    this.observe?.(item);
    this.items.push(item);
    this.wake();
    if (this.flow && !this.high && this.size >= this.flow.highWaterMark) {
      this.high = true;
      this.flow.onHigh();
    }
  }

  /** The next event if one is queued (the fast path of delivery); otherwise undefined. */
  take(): T | undefined {
    if (this.head === this.items.length) return undefined;
    const item = this.items[this.head] as T;
    this.head += 1;
    if (this.head === this.items.length) {
      this.items.length = 0;
      this.head = 0;
    } else if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items.splice(0, this.head);
      this.head = 0;
    }
    if (this.flow && this.high && this.size <= this.flow.highWaterMark >> 1) {
      this.high = false;
      this.flow.onLow();
    }
    return item;
  }

  /** The next event; `undefined` once the queue ended without an error; rejects with the error it ended with. */
  async next(): Promise<T | undefined> {
    for (;;) {
      const item = this.take();
      if (item !== undefined) return item;
      if (this.ended) {
        if (this.error) throw this.error;
        return undefined;
      }
      await new Promise<void>((resolve) => {
        this.waiter = resolve;
      });
    }
  }

  /** No more events: the consumer gets what is queued, then `error` (or the end). Only the first call counts. */
  end(error?: Error): void {
    if (this.ended) return;
    this.ended = true;
    this.error = error;
    this.wake();
  }

  private wake(): void {
    const waiter = this.waiter;
    if (waiter) {
      this.waiter = undefined;
      waiter();
    }
  }
}
