import { CodexAbortError, CodexConfigError, CodexUnsupportedError } from "../errors.js";
import { CLOSED_WHILE_WAITING } from "../turn/turn-ledger.js";
import type { Usage } from "../events.js";
import type { BudgetOptions, CodexOptions, RetryOptions, ThreadOptions } from "../options.js";
import type { RuntimeTurnOptions, ThreadRuntime, Transport, TurnRunner } from "../transport.js";
import { overBudget, tokensOf } from "./budget.js";
import { GuardedTurns, type TurnGuard } from "./guarded-thread.js";
import { RateLimiter, windowsOf, type RateLimitWait } from "./rate-limiter.js";

/**
 * The guardrails of one `Codex`: its `retry` default, its `rateLimit` (one
 * line of turns for all its threads), and its `budget` (what all its
 * threads used, counted from each turn's own usage). Each thread's turns run
 * through a {@link GuardedTurns}, which asks this for each attempt.
 */
export class Guardrails implements TurnGuard {
  private readonly limiter: RateLimiter | undefined;
  private readonly budget: BudgetOptions | undefined;
  /** Tokens used by the turns of every thread of this `Codex`. */
  private tokens = 0;
  /** The last cost known of each thread (app-server), and their sum, for the `Codex`'s `maxCostUsd` (a thread let go of is not held). */
  private readonly costs = new WeakMap<ThreadRuntime, number>();
  private costUsd = 0;
  readonly retry: RetryOptions | undefined;
  private readonly closer = new AbortController();
  /** The `Codex`'s default turn timeout, which counts a wait for the rate limiter too. */
  private readonly turnTimeoutMs: number | undefined;

  constructor(
    options: CodexOptions,
    private readonly transport: Transport,
  ) {
    this.retry = options.retry;
    this.turnTimeoutMs = options.turnTimeoutMs;
    this.budget = options.budget;
    refuseCostOnExec(options.budget, transport, "CodexOptions.budget.maxCostUsd");
    if (options.rateLimit !== undefined) {
      const limiter = new RateLimiter(options.rateLimit);
      this.limiter = limiter;
      transport.onRateLimits?.((params) => limiter.modelWindows(windowsOf(params)));
    }
  }

  /** Aborts once the `Codex` is closing. */
  get closing(): AbortSignal {
    return this.closer.signal;
  }

  /** `close()` of the `Codex`: turns waiting for the rate limiter or to retry end now (`CodexAbortError`), later ones at once. */
  close(): void {
    const error = new CodexAbortError(CLOSED_WHILE_WAITING);
    this.closer.abort(error);
    this.limiter?.close(error);
  }

  /** What runs the turns of a thread: its runtime, behind the guardrails. */
  turnsOf(runtime: ThreadRuntime, options: ThreadOptions): TurnRunner {
    refuseCostOnExec(options.budget, this.transport, "ThreadOptions.budget.maxCostUsd");
    return new GuardedTurns(runtime, options, this);
  }

  /** True when turns of a thread with `options` go through the limiter or a budget (retries aside). */
  limits(options: ThreadOptions): boolean {
    return this.limiter !== undefined || this.budget !== undefined || options.budget !== undefined;
  }

  /** Resolves when the turn may start; `onWait` hears of each wait. */
  acquire(options: RuntimeTurnOptions, onWait: (wait: RateLimitWait) => void): Promise<void> {
    if (this.limiter === undefined) return Promise.resolve();
    return this.limiter.acquire({ signal: options.signal, timeoutMs: options.turnTimeoutMs ?? this.turnTimeoutMs, onWait });
  }

  /** A turn's own tokens, once it completed: they count against the `Codex`'s budget and `tokensPerMinute`. */
  record(tokens: number): void {
    this.tokens += tokens;
    this.limiter?.spent(tokens);
  }

  /** Throws `CodexBudgetExceededError` when the thread's or the `Codex`'s budget is used up; resolves with the thread's tokens so far. */
  async checkBudgets(thread: ThreadRuntime, budget: BudgetOptions | undefined): Promise<number> {
    if (budget === undefined && this.budget === undefined) return 0;
    const needsCost = budget?.maxCostUsd !== undefined || this.budget?.maxCostUsd !== undefined;
    const usage = await thread.usage(needsCost);
    let cost = usage.estimatedCostUsd;
    if (needsCost) {
      if (cost === undefined && thread.id !== null) {
        throw new CodexConfigError("budget.maxCostUsd cannot be checked: the app-server reports no cost for this thread (`account/usage/read` needs a ChatGPT sign-in)");
      }
      cost ??= 0;
      this.costUsd += cost - (this.costs.get(thread) ?? 0);
      this.costs.set(thread, cost);
    }
    const tokens = tokensOf(usage.tokens);
    const over = overBudget(budget, "thread", { tokens, costUsd: cost }) ?? overBudget(this.budget, "codex", { tokens: this.tokens, costUsd: needsCost ? this.costUsd : undefined });
    if (over !== undefined) throw over;
    return tokens;
  }

  /**
   * With `interrupt` in a budget: a check of a running turn's own usage so
   * far, which returns the error to stop it with once a budget is crossed.
   */
  runningBudget(threadBefore: number, budget: BudgetOptions | undefined): ((turnUsage: Usage) => Error | undefined) | undefined {
    const watchThread = budget?.interrupt === true && budget.maxTokens !== undefined;
    const watchCodex = this.budget?.interrupt === true && this.budget.maxTokens !== undefined;
    if (!watchThread && !watchCodex) return undefined;
    const codexBefore = this.tokens;
    const codexMax = this.budget?.maxTokens;
    return (turnUsage) => {
      const used = tokensOf(turnUsage);
      const thread = watchThread ? overBudget({ maxTokens: budget.maxTokens }, "thread", { tokens: threadBefore + used, costUsd: undefined }, true) : undefined;
      return thread ?? (watchCodex ? overBudget({ maxTokens: codexMax }, "codex", { tokens: codexBefore + used, costUsd: undefined }, true) : undefined);
    };
  }
}

/** codex exec reports no cost: a dollar budget there would never stop anything. */
function refuseCostOnExec(budget: BudgetOptions | undefined, transport: Transport, name: string): void {
  if (budget?.maxCostUsd !== undefined && transport.name === "exec") throw new CodexUnsupportedError(name, "app-server", "codex exec reports tokens, not cost: use maxTokens");
}
