import { CodexAbortError } from "../errors.js";
import type { ThreadEvent } from "../events.js";
import type { TurnOutcome } from "../telemetry.js";
import type { TurnSource } from "../transport.js";
import { abortError } from "./abort.js";
import { EventQueue } from "./event-queue.js";
import type { TrackedTurn } from "./turn-ledger.js";
import { TurnTimers } from "./turn-timers.js";

/** The limits a turn runs under, whatever runs it. */
export interface TurnLimits {
  signal?: AbortSignal | undefined;
  turnTimeoutMs?: number | undefined;
  idleTimeoutMs?: number | undefined;
}

/**
 * The life of one turn, the same on both transports; a transport adds only
 * its protocol (how a turn is stopped, what it reads). A turn is *running*
 * until something asks it to stop (an abort, a timeout, its consumer gone,
 * `close()`, an unreadable message): it is then *stopping*, and the
 * transport does what stops it (exec: ends codex; app-server: interrupts
 * the turn). It *ends* once, with an error or none: its events' queue ends
 * with it (the consumer gets every event queued before, then the error),
 * and whoever waits for the end is woken.
 */
export abstract class TurnLifecycle implements TurnSource, TrackedTurn {
  private readonly queue: EventQueue<ThreadEvent>;
  private readonly timers: TurnTimers;
  private stopReason: Error | undefined;
  private hasEndedFlag = false;
  private endError: Error | undefined;
  private readonly endWaiters: (() => void)[] = [];
  /** The terminal event codex reported: the turn completed or failed (a failed turn is not an error of the SDK). */
  protected terminal: "completed" | "failed" | undefined;
  /** True when the consumer stopped reading (telemetry says "cancelled"). */
  private consumerStopped = false;
  private readonly onAbort = (): void => this.stop(abortError(this.limits.signal));

  /**
   * `highWaterMark`: events queued for a consumer that falls behind before
   * {@link pauseInput} (and, drained to half of it, {@link resumeInput});
   * `observe` sees every event as it is queued (telemetry).
   */
  constructor(
    private readonly limits: TurnLimits,
    options: { highWaterMark?: number | undefined; observe?: ((event: ThreadEvent) => void) | undefined } = {},
  ) {
    const flow = options.highWaterMark === undefined ? undefined : { highWaterMark: options.highWaterMark, onHigh: () => this.pauseInput(), onLow: () => this.resumeInput() };
    this.queue = new EventQueue<ThreadEvent>(flow, options.observe);
    this.timers = new TurnTimers(limits, (error) => this.stop(error));
  }

  /** The consumer fell behind: stop reading what makes events, if the transport can. */
  protected pauseInput(): void {}

  /** The consumer caught up. */
  protected resumeInput(): void {}

  /** True once the turn has ended. */
  get hasEnded(): boolean {
    return this.hasEndedFlag;
  }

  /** Why the turn is being stopped, once something asked (it ends with this reason). */
  protected get stopping(): Error | undefined {
    return this.stopReason;
  }

  /** How the turn ended, once it has (for telemetry). */
  get outcome(): TurnOutcome {
    return { error: this.endError, failed: this.terminal === "failed", cancelled: this.consumerStopped };
  }

  /**
   * The turn starts running: its signal and limits apply from now. Returns
   * false when the signal had aborted already: the turn has then ended and
   * nothing must start.
   */
  protected begin(): boolean {
    const { signal } = this.limits;
    if (signal?.aborted) {
      this.end(abortError(signal));
      return false;
    }
    signal?.addEventListener("abort", this.onAbort, { once: true });
    this.timers.start();
    return true;
  }

  /** An event for the consumer. */
  protected push(event: ThreadEvent): void {
    this.queue.push(event);
  }

  /** Something happened: the idle limit counts from now. */
  protected activity(): void {
    this.timers.activity();
  }

  /**
   * Asks the turn to stop with `reason` (nothing once it is stopping or has
   * ended): the transport does what stops it ({@link whenStopped}), and the
   * turn ends with `reason` once that is done.
   */
  stop(reason: Error): void {
    if (this.hasEndedFlag || this.stopReason !== undefined) return;
    this.stopReason = reason;
    this.timers.stop();
    this.whenStopped(reason);
  }

  /** What stops the turn on this transport; it must lead to {@link end}. */
  protected abstract whenStopped(reason: Error): void;

  /** The one end of the turn: once, with `error` (undefined for a turn that ended well). */
  protected end(error: Error | undefined): void {
    if (this.hasEndedFlag) return;
    this.hasEndedFlag = true;
    this.endError = error;
    this.timers.stop();
    this.limits.signal?.removeEventListener("abort", this.onAbort);
    this.whenEnded(error);
    this.queue.end(error);
    for (const wake of this.endWaiters.splice(0)) wake();
  }

  /** What the transport does as the turn ends (before the consumer hears of it). */
  protected whenEnded(_error: Error | undefined): void {}

  /** Calls `callback` once the turn has ended (at once if it has). A callback, not a promise: exec calls it on every turn. */
  onEnded(callback: () => void): void {
    if (this.hasEndedFlag) callback();
    else this.endWaiters.push(callback);
  }

  /** Resolves once the turn has ended. */
  ended(): Promise<void> {
    return new Promise((resolve) => this.onEnded(resolve));
  }

  take(): ThreadEvent | undefined {
    return this.queue.take();
  }

  next(): Promise<ThreadEvent | undefined> {
    return this.queue.next();
  }

  /** The consumer stopped reading: the turn is stopped; resolves once it has ended. */
  async cancel(): Promise<void> {
    if (!this.hasEndedFlag && this.stopReason === undefined) {
      this.consumerStopped = true;
      this.stop(new CodexAbortError("The turn was cancelled: the consumer stopped reading events"));
    }
    await this.ended();
  }

  /** The `Codex` is closing: cleanup that waits on a schedule (the sweep) runs now. */
  abstract cleanUpNow(): void;
}
