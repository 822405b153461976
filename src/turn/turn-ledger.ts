import { CodexAbortError, CodexClosedError } from "../errors.js";
import { TurnQueue } from "./turn-queue.js";

/** A started turn, as `close()` sees it. */
export interface TrackedTurn {
  /** Ends the turn with `error`; does nothing once the turn has ended. */
  stop(error: Error): void;
  /** The `Codex` is closing: cleanup that waits on a schedule (the sweep) runs now. */
  cleanUpNow(): void;
}

/** Why a turn that had not started yet was ended by `close()` (the guardrails' waiting turns say the same). */
export const CLOSED_WHILE_WAITING = "The turn was aborted while waiting to start: Codex.close() was called";
const CLOSED_WHILE_RUNNING = "The turn was aborted: Codex.close() was called";

/**
 * The ledger of one `Codex`'s turns, whatever the transport: the
 * `maxConcurrentTurns` queue, the preparations under way, and the turns
 * whose cleanup is not over yet (their process tree gone, the sweep for what
 * they left done, their files removed). `close()` ends what runs, refuses
 * what comes, and resolves once every one of those cleanups is over.
 */
export class TurnLedger {
  private readonly queue: TurnQueue | undefined;
  /** Started turns whose cleanup is not over: running, or ended with their sweep pending. */
  private readonly uncleaned = new Set<TrackedTurn>();
  private readonly preparing = new Set<Promise<void>>();
  private closing: Promise<void> | undefined;
  /** Wakes a waiting `close()` when a turn's cleanup is over. */
  private changed: () => void = () => undefined;

  constructor(maxConcurrentTurns: number | undefined) {
    this.queue = maxConcurrentTurns === undefined ? undefined : new TurnQueue(maxConcurrentTurns);
  }

  /** Throws `CodexClosedError` once `close()` was called. */
  assertOpen(): void {
    if (this.closing) throw new CodexClosedError();
  }

  /** Runs the preparation of a turn: refused (rejecting) once closed, waited for by `close()` otherwise. */
  prepare<T>(work: () => Promise<T>): Promise<T> {
    if (this.closing) return Promise.reject(new CodexClosedError());
    const prepared = work();
    const entry: Promise<void> = prepared.then(
      () => void this.preparing.delete(entry),
      () => void this.preparing.delete(entry),
    );
    this.preparing.add(entry);
    return prepared;
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
   * Records a started turn; returns what the transport calls once everything
   * that must happen after it is done (its process tree gone, the sweep over, its files
   * removed). A callback, not a promise: this is on every turn's path.
   */
  add(turn: TrackedTurn): () => void {
    this.uncleaned.add(turn);
    return () => {
      if (this.uncleaned.delete(turn)) this.changed();
    };
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      this.queue?.close(new CodexAbortError(CLOSED_WHILE_WAITING));
      // Turns added meanwhile (their preparation was under way) are ended too.
      while (this.preparing.size > 0 || this.uncleaned.size > 0) {
        for (const turn of this.uncleaned) {
          turn.stop(new CodexAbortError(CLOSED_WHILE_RUNNING));
          turn.cleanUpNow();
        }
        const change = new Promise<void>((resolve) => {
          this.changed = resolve;
        });
        await Promise.race([...this.preparing, change]);
      }
    })();
    return this.closing;
  }
}

const noRelease = (): void => undefined;
