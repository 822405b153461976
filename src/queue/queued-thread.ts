import { CodexAbortError, CodexConfigError } from "../errors.js";
import type { Input } from "../input.js";
import type { ThreadOptions, TurnOptions } from "../options.js";
import type { TurnJob } from "./turn-job.js";
import type { QueuedTurn, QueuedTurnEvent, QueueWorkspace, TurnRequest } from "./types.js";

/** The result of `QueuedThread.runStreamed()`. */
export interface QueuedStreamedTurn {
  /** The turn's events as the worker produces them, and the queue's own (see `TurnJob.events()`). */
  events: AsyncGenerator<QueuedTurnEvent>;
}

/** What a queued thread needs of its queue. */
interface Enqueuer {
  enqueue(request: TurnRequest): Promise<TurnJob>;
}

/**
 * A thread whose turns run on workers, with `Thread`'s `run()` and
 * `runStreamed()`. Its turns run one after another, in the order asked for.
 * A turn's `signal` cancels its job.
 */
export class QueuedThread {
  readonly #queue: Enqueuer;
  readonly #options: { threadOptions?: ThreadOptions; workspace?: QueueWorkspace };
  #id: string | null;
  /** Settles when the turn asked for last, while the thread had no id, has one (or failed). */
  #previous: Promise<void> = Promise.resolve();

  /** @internal Made by `TurnQueue.thread()`. */
  constructor(queue: Enqueuer, id: string | null, options: { threadOptions?: ThreadOptions; workspace?: QueueWorkspace }) {
    this.#queue = queue;
    this.#id = id;
    this.#options = options;
  }

  /** The thread's id: null until its first turn starts on a worker. */
  get id(): string | null {
    return this.#id;
  }

  /** Runs a turn on a worker and waits for it. */
  async run(input: Input, turnOptions: TurnOptions = {}): Promise<QueuedTurn> {
    const job = await this.#enqueue(input, turnOptions);
    const turn = await this.#watch(job, turnOptions.signal, () => job.result());
    this.#id = turn.threadId;
    return turn;
  }

  /** Runs a turn on a worker and streams its events as they happen there. */
  async runStreamed(input: Input, turnOptions: TurnOptions = {}): Promise<QueuedStreamedTurn> {
    const job = await this.#enqueue(input, turnOptions);
    const named = (id: string): void => {
      this.#id = id;
    };
    const signal = turnOptions.signal;
    const onAbort = (): void => {
      job.cancel("aborted").catch(() => {});
    };
    async function* events(): AsyncGenerator<QueuedTurnEvent> {
      signal?.addEventListener("abort", onAbort, { once: true });
      try {
        for await (const event of job.events()) {
          if (event.type === "thread.started") named(event.thread_id);
          yield event;
        }
      } finally {
        signal?.removeEventListener("abort", onAbort);
      }
    }
    return { events: events() };
  }

  async #enqueue(input: Input, turnOptions: TurnOptions): Promise<TurnJob> {
    const { signal, toJsonSchema, ...queued } = turnOptions;
    if (toJsonSchema !== undefined) throw new CodexConfigError("TurnOptions.toJsonSchema: convert the schema before queueing it (pass JSON Schema or a schema that describes itself)");
    signal?.throwIfAborted();
    // While the thread has no id, each turn waits for the one before: only its result names the thread.
    const prior = this.#previous;
    let release: (() => void) | undefined;
    if (this.#id === null) this.#previous = new Promise<void>((resolve) => (release = resolve));
    await prior;
    const threadId = this.#id;
    const job = this.#queue.enqueue({
      input,
      ...(threadId === null ? {} : { threadId }),
      ...(this.#options.threadOptions === undefined ? {} : { threadOptions: this.#options.threadOptions }),
      ...(this.#options.workspace === undefined ? {} : { workspace: this.#options.workspace }),
      turnOptions: queued,
    });
    if (release !== undefined) {
      // A turn of a known thread is ordered by the queue; a new thread's first turn names it when it ends.
      const named = threadId !== null ? job : job.then((started) => started.result()).then((turn) => (this.#id ??= turn.threadId));
      named.then(release, release);
    }
    return job;
  }

  async #watch<T>(job: TurnJob, signal: AbortSignal | undefined, wait: () => Promise<T>): Promise<T> {
    if (signal === undefined) return wait();
    const onAbort = (): void => {
      job.cancel("aborted").catch(() => {});
    };
    signal.addEventListener("abort", onAbort, { once: true });
    try {
      return await wait();
    } catch (error) {
      if (signal.aborted) throw new CodexAbortError("The turn was aborted", error);
      throw error;
    } finally {
      signal.removeEventListener("abort", onAbort);
    }
  }
}
