import type { ThreadEvent } from "../events.js";
import type { PreparedTurn } from "../transport.js";

/**
 * The `events` of `runStreamed()`: an `AsyncGenerator` over one turn, on any
 * transport. Nothing starts until the first `next()`, so an events object
 * that is never iterated starts nothing. `return()` (a `break` in
 * `for await`) ends the turn and resolves once it has ended and the turn's
 * resources are released.
 */
export class EventStream implements AsyncGenerator<ThreadEvent, void, undefined> {
  private turn: PreparedTurn | undefined;
  private starting: Promise<PreparedTurn> | undefined;
  private finished = false;
  private finalized: Promise<void> | undefined;
  private inFlight: Promise<IteratorResult<ThreadEvent, void>> | undefined;

  constructor(
    private readonly prepare: () => Promise<PreparedTurn>,
    private readonly onEvent: (event: ThreadEvent) => void,
  ) {}

  next(): Promise<IteratorResult<ThreadEvent, void>> {
    // Fast path: an event is already queued and no other call is pending.
    if (this.inFlight === undefined && !this.finished && this.turn !== undefined) {
      const event = this.turn.source.take();
      if (event !== undefined) {
        this.onEvent(event);
        return Promise.resolve({ done: false, value: event });
      }
    }
    // Calls made before the previous one settled wait their turn, as with a generator.
    const step = this.inFlight ? this.inFlight.then(() => this.step(), () => this.step()) : this.step();
    this.inFlight = step;
    const clear = (): void => {
      if (this.inFlight === step) this.inFlight = undefined;
    };
    step.then(clear, clear);
    return step;
  }

  private async step(): Promise<IteratorResult<ThreadEvent, void>> {
    if (this.finished) return { done: true, value: undefined };
    try {
      const turn = this.turn ?? (await this.start());
      const event = await turn.source.next();
      if (event !== undefined) {
        this.onEvent(event);
        return { done: false, value: event };
      }
      await this.finish();
      return { done: true, value: undefined };
    } catch (error) {
      // A consumer that called return() while this call waited gets a plain end, not the cancellation.
      if (this.finished && this.finalized) return { done: true, value: undefined };
      await this.finish();
      throw error;
    }
  }

  private async start(): Promise<PreparedTurn> {
    this.starting ??= this.prepare();
    this.turn = await this.starting;
    return this.turn;
  }

  async return(): Promise<IteratorResult<ThreadEvent, void>> {
    if (!this.finished) {
      this.finished = true;
      let turn: PreparedTurn | undefined;
      try {
        turn = this.turn ?? (this.starting ? await this.starting : undefined);
      } catch {
        // preparation failed: nothing was started
      }
      if (turn) {
        await turn.source.cancel();
        this.finalized ??= turn.finalize();
      }
    }
    await this.finalized;
    return { done: true, value: undefined };
  }

  async throw(error: unknown): Promise<IteratorResult<ThreadEvent, void>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  private async finish(): Promise<void> {
    this.finished = true;
    const turn = this.turn;
    if (turn) this.finalized ??= turn.finalize();
    await this.finalized;
  }
}

// `await using` support where the runtime has Symbol.asyncDispose (Node >= 18.18 / 20.4).
const asyncDispose = (Symbol as { asyncDispose?: symbol }).asyncDispose;
if (asyncDispose !== undefined) {
  Object.defineProperty(EventStream.prototype, asyncDispose, {
    value: async function (this: EventStream): Promise<void> {
      await this.return();
    },
    writable: true,
    configurable: true,
  });
}
