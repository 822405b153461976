import { CodexAbortError, CodexClosedError } from "../errors.js";
import { TurnQueue } from "./turn-queue.js";

/** A running turn, as `close()` sees it. */
export interface TrackedTurn {
  /** Ends the turn with `error` (unless it already ended). */
  stop(error: Error): void;
  /** The `Codex` is closing: cleanup that waits on a schedule (the sweep) runs now. */
  hurryCleanup(): void;
}

const CLOSED_WHILE_WAITING = "The turn was aborted while waiting to start: Codex.close() was called";
const CLOSED_WHILE_RUNNING = "The turn was aborted: Codex.close() was called";

/**
 * The book of one `Codex`'s turns, whatever the transport: the
 * `maxConcurrentTurns` queue, the turns running, and the cleanup still owed
 * after them. `close()` ends what runs, refuses what comes, and resolves once
 * every owed cleanup is done.
 */
export class TurnLedger {
  private readonly queue: TurnQueue | undefined;
  private readonly running = new Set<TrackedTurn>();
  private readonly cleaning = new Set<TrackedTurn>();
  private readonly pending = new Set<Promise<void>>();
  private closing: Promise<void> | undefined;
  /** Wakes a waiting `close()` when a turn's cleanup is over. */
  private changed: () => void = () => undefined;

  constructor(maxConcurrentTurns: number | undefined) {
    this.queue = maxConcurrentTurns === undefined ? undefined : new TurnQueue(maxConcurrentTurns);
  }

  get isClosed(): boolean {
    return this.closing !== undefined;
  }

  /** Throws `CodexClosedError` once `close()` was called. */
  assertOpen(): void {
    if (this.closing) throw new CodexClosedError();
  }

  /** Runs the preparation of a turn: refused (rejecting) once closed, waited for by `close()` otherwise. */
  prepare<T>(work: () => Promise<T>): Promise<T> {
    if (this.closing) return Promise.reject(new CodexClosedError());
    return this.track(work());
  }

  /** Lets `close()` wait for `work` (a preparation, a cleanup) too. Returns `work`. */
  track<T>(work: Promise<T>): Promise<T> {
    const settled: Promise<void> = work.then(
      () => undefined,
      () => undefined,
    );
    const entry = settled.then(() => {
      this.pending.delete(entry);
    });
    this.pending.add(entry);
    return work;
  }

  /** Resolves with a release function once the turn may start (FIFO beyond `maxConcurrentTurns`). */
  async acquire(signal: AbortSignal | undefined): Promise<() => void> {
    // A turn asked for before close() but still preparing then: it was ended by close().
    if (this.closing) throw new CodexAbortError(CLOSED_WHILE_WAITING);
    return this.queue ? this.queue.acquire(signal) : noRelease;
  }

  /**
   * A slot at once when one is free (always, without `maxConcurrentTurns`),
   * so the common turn starts without waiting on a promise; undefined when
   * the turn must wait in line (or is refused): use {@link acquire} then.
   */
  tryAcquire(signal: AbortSignal | undefined): (() => void) | undefined {
    if (this.closing) return undefined;
    return this.queue ? this.queue.tryAcquire(signal) : noRelease;
  }

  /**
   * Records a started turn. The transport says when it has settled (it is no
   * longer ended by `close()`) and when its cleanup is over (`close()` waits
   * for that). Callbacks, not promises: this is on every turn's path.
   */
  add(turn: TrackedTurn): LedgerEntry {
    this.running.add(turn);
    this.cleaning.add(turn);
    return {
      settled: () => {
        this.running.delete(turn);
      },
      cleanedUp: () => {
        this.running.delete(turn);
        if (this.cleaning.delete(turn)) this.changed();
      },
    };
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      this.queue?.close(new CodexAbortError(CLOSED_WHILE_WAITING));
      for (const turn of this.running) turn.stop(new CodexAbortError(CLOSED_WHILE_RUNNING));
      // Work added while waiting (turns that were preparing) is waited for too.
      while (this.pending.size > 0 || this.cleaning.size > 0) {
        for (const turn of this.cleaning) turn.hurryCleanup();
        const change = new Promise<void>((resolve) => {
          this.changed = resolve;
        });
        await Promise.race([...this.pending, change]);
      }
    })();
    return this.closing;
  }
}

/** How a transport reports a started turn's progress to the ledger. */
export interface LedgerEntry {
  /** The turn has settled. */
  settled(): void;
  /** Everything owed after the turn (its process tree gone, the sweep done, its files removed) is done; implies settled. */
  cleanedUp(): void;
}

const noRelease = (): void => undefined;
