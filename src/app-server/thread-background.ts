import type { ThreadEvent, Usage } from "../events.js";
import { isObject, type JsonObject } from "../json-checks.js";
import type { WatchOptions } from "../management.js";
import { EventQueue } from "../turn/event-queue.js";
import { waitFor } from "../turn/wait.js";
import { TurnEventMapper } from "./mapping.js";

/** The thread's running token total, shared by its turns and the turns the app-server runs by itself. */
export interface RunningTotal {
  /** Known once a turn reported it (0 for a new thread). */
  total: Usage | undefined;
}

/**
 * The turns that run on a thread without a `run()` of ours: those the
 * app-server starts by itself (an active goal's, a compaction), and ours
 * that were interrupted but not yet reported ended. The next turn of ours
 * waits for them (a `turn/start` now would steer them), and `watch()` shows
 * them, mapped as any turn's events.
 */
export class BackgroundTurns {
  /** The turns running, by id, each with the mapper of its events. */
  private readonly running = new Map<string, TurnEventMapper>();
  /** Called with the status of the next background turn to end. */
  private waiters: ((status: string) => void)[] = [];
  private readonly watchers = new Set<EventQueue<ThreadEvent>>();

  constructor(
    private readonly threadId: () => string | null,
    private readonly usage: RunningTotal,
  ) {}

  /** Shows `events` to every watcher. */
  show(events: ThreadEvent[]): void {
    for (const queue of this.watchers) for (const event of events) queue.push(event);
  }

  /** Our turn `turnId` was interrupted: it runs on the thread until the app-server reports it ended. */
  interrupted(turnId: string): void {
    if (!this.running.has(turnId)) this.running.set(turnId, new TurnEventMapper(turnId, this.usage.total));
  }

  /** Turn `turnId` was reported ended (`status`): the turns of ours waiting for it may go. */
  ended(turnId: string, status: string): void {
    if (this.running.delete(turnId)) this.wake(status);
  }

  /** The next background turn to end, with its status. */
  nextEnd(): Promise<string> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Waits (at most `timeoutMs` per turn) until no background turn runs, while `stillOpen()` says the thread is where they run. */
  async waitUntilIdle(stillOpen: () => boolean, signal: AbortSignal | undefined, timeoutMs: number): Promise<void> {
    while (this.running.size > 0 && stillOpen()) {
      await waitFor(this.nextEnd(), { signal, timeoutMs, what: "the end of the turn running on this thread" });
    }
  }

  /** The app-server process is gone: nothing runs there any more. */
  lost(): void {
    this.running.clear();
    this.wake("failed");
  }

  /** A notification about a background turn: its events to the watchers. Returns false when it concerns none. */
  deliver(method: string, params: JsonObject, turnId: string | undefined): boolean {
    if (turnId === undefined) return false;
    let mapper = this.running.get(turnId);
    if (method === "turn/started" && mapper === undefined) {
      mapper = new TurnEventMapper(turnId, this.usage.total);
      this.running.set(turnId, mapper);
      this.show([{ type: "thread.started", thread_id: this.threadId() ?? "" }, { type: "turn.started" }]);
      return true;
    }
    if (mapper === undefined) return false;
    try {
      if (method === "turn/completed") {
        const { events, status } = mapper.finish(isObject(params.turn) ? params.turn : {});
        this.running.delete(turnId);
        this.usage.total = mapper.knownTotal;
        this.show(events);
        this.wake(status);
      } else {
        this.show(mapper.map(method, params));
      }
    } catch {
      // A background turn's bad message concerns nobody who called: dropped.
      return false;
    }
    return true;
  }

  /**
   * The events of the background turns (and what `show` is given) until
   * `signal` aborts or the watchers are closed. `opened()` opens the thread
   * (a watcher must be heard of) and returns what to release at the end.
   */
  async *watch(options: WatchOptions, opened: () => Promise<() => void>): AsyncGenerator<ThreadEvent> {
    const queue = new EventQueue<ThreadEvent>();
    const stop = (): void => queue.end();
    if (options.signal?.aborted) return;
    options.signal?.addEventListener("abort", stop, { once: true });
    this.watchers.add(queue);
    let release: (() => void) | undefined;
    try {
      release = await opened();
      for (;;) {
        const event = await queue.next();
        // Once aborted, nothing more: not even events that arrived before the abort and wait here.
        if (event === undefined || options.signal?.aborted) return;
        yield event;
      }
    } finally {
      release?.();
      this.watchers.delete(queue);
      options.signal?.removeEventListener("abort", stop);
    }
  }

  /** The `Codex` is closing: watchers end. */
  closeWatchers(): void {
    for (const queue of this.watchers) queue.end();
  }

  private wake(status: string): void {
    for (const waiter of this.waiters.splice(0)) waiter(status);
  }
}
