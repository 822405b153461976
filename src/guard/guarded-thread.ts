import { setTimeout as sleep } from "node:timers/promises";
import { CodexAbortError, CodexBudgetExceededError } from "../errors.js";
import { isItemEvent, type ThreadEvent, type TurnFailedEvent, type Usage } from "../events.js";
import { hasSideEffects } from "../failure-kind.js";
import type { NormalizedInput } from "../input.js";
import type { BudgetOptions, RetryOptions, ThreadOptions } from "../options.js";
import { publishRateLimitWait, publishRetry } from "../telemetry.js";
import type { RuntimeTurnOptions, ThreadRuntime, TurnRunner } from "../transport.js";
import { abortError, linkSignals } from "../turn/abort.js";
import { EventQueue } from "../turn/event-queue.js";
import { tokensOf } from "./budget.js";
import type { RateLimitWait } from "./rate-limiter.js";
import { decideRetry, retryPolicy, type RetryPolicy } from "./retry.js";

/** What a guarded thread asks of its `Codex`'s guardrails (`Guardrails`) for each attempt. */
export interface TurnGuard {
  /** The `Codex`'s `retry`, the last default. */
  readonly retry: RetryOptions | undefined;
  /** True when turns of a thread with `options` go through the limiter or a budget. */
  limits(options: ThreadOptions): boolean;
  /** Resolves when the turn may start; `onWait` hears of each wait. */
  acquire(options: RuntimeTurnOptions, onWait: (wait: RateLimitWait) => void): Promise<void>;
  /** Throws when a budget is spent; resolves with the thread's tokens so far. */
  checkBudgets(thread: ThreadRuntime, budget: BudgetOptions | undefined): Promise<number>;
  /** With `interrupt`: the check of a running turn's own usage, returning the error to stop it with. */
  runningBudget(threadBefore: number, budget: BudgetOptions | undefined): ((turnUsage: Usage) => Error | undefined) | undefined;
  /** A completed turn's own tokens. */
  record(tokens: number): void;
  /** Aborts once the `Codex` is closing: a turn waiting to retry ends then. */
  readonly closing: AbortSignal;
}

/**
 * A thread's turns with the `Codex`'s guardrails in front of them: each
 * attempt waits for the rate limiter and is checked against the budgets; a
 * failed attempt is run again when `retry` says so and it did nothing a
 * second run would repeat. A turn with none of them is the runtime's own,
 * untouched. Everything else of the thread goes to its runtime directly.
 */
export class GuardedTurns implements TurnRunner {
  constructor(
    private readonly inner: ThreadRuntime,
    private readonly options: ThreadOptions,
    private readonly guard: TurnGuard,
  ) {}

  runTurn(input: NormalizedInput, options: RuntimeTurnOptions): AsyncGenerator<ThreadEvent> {
    const policy = retryPolicy(options.retry, this.options.retry, this.guard.retry);
    if (policy === undefined && !this.guard.limits(this.options)) return this.inner.runTurn(input, options);
    return this.guarded(input, options, policy);
  }

  private async *guarded(input: NormalizedInput, options: RuntimeTurnOptions, policy: RetryPolicy | undefined): AsyncGenerator<ThreadEvent> {
    for (let attempt = 1; ; attempt += 1) {
      yield* this.waitForRateLimit(options);
      const threadTokens = await this.guard.checkBudgets(this.inner, this.options.budget);
      const failed = yield* this.attempt(input, options, threadTokens);
      if (failed === undefined) return;
      const decision = policy === undefined ? { retry: false as const, why: undefined } : decideRetry(policy, failed.event.error.message, attempt, failed.sideEffect);
      if (!decision.retry) {
        yield decision.why === undefined ? failed.event : { type: "turn.failed", error: { message: `${failed.event.error.message} (${decision.why})` } };
        return;
      }
      // The failed attempt leaves the thread as if it had not run (app-server: rolled back; exec keeps it).
      const discarded = await this.inner.discardFailedTurn().then(
        () => undefined,
        (error: unknown) => `not retried: the failed attempt could not be rolled back (${error instanceof Error ? error.message : String(error)})`,
      );
      if (discarded !== undefined) {
        yield { type: "turn.failed", error: { message: `${failed.event.error.message} (${discarded})` } };
        return;
      }
      publishRetry({ threadId: this.inner.id, attempt: attempt + 1, delayMs: decision.delayMs, error: failed.event.error.message });
      yield { type: "turn.retrying", attempt: attempt + 1, delay_ms: decision.delayMs, error: failed.event.error };
      await pause(decision.delayMs, options.signal, this.guard.closing);
    }
  }

  /** One attempt: its events, except a `turn.failed`, which is returned (with whether a side effect came before it). */
  private async *attempt(input: NormalizedInput, options: RuntimeTurnOptions, threadTokens: number): AsyncGenerator<ThreadEvent, { event: TurnFailedEvent; sideEffect: string | undefined } | undefined> {
    // The turn's own signal: the caller's, and a crossed budget's.
    const stopper = new AbortController();
    const outer = options.signal;
    const link = linkSignals(outer, stopper);
    const budget = this.guard.runningBudget(threadTokens, this.options.budget);
    let sideEffect: string | undefined;
    let failed: TurnFailedEvent | undefined;
    try {
      const events = this.inner.runTurn(input, {
        ...options,
        signal: stopper.signal,
        onTurnUsage: budget && ((usage: Usage) => {
          const over = budget(usage);
          if (over !== undefined && !stopper.signal.aborted) stopper.abort(over);
        }),
      });
      for await (const event of events) {
        if (isItemEvent(event) && hasSideEffects(event.item)) sideEffect ??= event.item.type;
        if (event.type === "turn.failed") {
          failed = event;
          continue;
        }
        if (event.type === "turn.completed") this.guard.record(tokensOf(event.turn_usage));
        yield event;
      }
    } catch (error) {
      const reason: unknown = stopper.signal.reason;
      if (error instanceof CodexAbortError && reason instanceof CodexBudgetExceededError && !outer?.aborted) throw reason;
      throw error;
    } finally {
      link.dispose();
    }
    return failed && { event: failed, sideEffect };
  }

  /** Waits for the rate limiter, showing each wait as it is known (the first at once, a longer one later). */
  private async *waitForRateLimit(options: RuntimeTurnOptions): AsyncGenerator<ThreadEvent> {
    const waits = new EventQueue<ThreadEvent>();
    this.guard.acquire(options, (wait) => waits.push(this.waiting(wait))).then(
      () => waits.end(),
      (error: unknown) => waits.end(error as Error),
    );
    for (let event = await waits.next(); event !== undefined; event = await waits.next()) yield event;
  }

  private waiting(wait: RateLimitWait): ThreadEvent {
    publishRateLimitWait({ threadId: this.inner.id, until: wait.until, reason: wait.reason });
    return { type: "rate_limit.waiting", until: wait.until, reason: wait.reason };
  }
}

/** Waits `ms`, unless `signal` aborts or the `Codex` closes first (the turn rejects with `CodexAbortError`; the timer goes with it). */
async function pause(ms: number, signal: AbortSignal | undefined, closing: AbortSignal): Promise<void> {
  const either = new AbortController();
  const links = [linkSignals(signal, either), linkSignals(closing, either)];
  try {
    await sleep(ms, undefined, { signal: either.signal });
  } catch {
    throw signal?.aborted ? abortError(signal, "while waiting to retry") : new CodexAbortError("The turn was aborted while waiting to retry: Codex.close() was called");
  } finally {
    for (const link of links) link.dispose();
  }
}
