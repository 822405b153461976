import { CodexTimeoutError } from "../errors.js";
import type { RateLimitReason } from "../events.js";
import type { RateLimitOptions } from "../options.js";
import { abortError } from "../turn/abort.js";

/** Why and until when the next turn must wait. */
export interface RateLimitWait {
  until: number;
  reason: RateLimitReason;
}

/** One window of the model's own rate limits, as the app-server reports it. */
export interface ModelWindow {
  usedPercent: number;
  /** Epoch milliseconds. */
  resetsAt: number;
}

/** What a waiting turn brings: its signal, the latest it may start, and how it is told about its wait. */
export interface WaitLimits {
  signal?: AbortSignal | undefined;
  /** The turn's `turnTimeoutMs`, which counts the wait too. */
  timeoutMs?: number | undefined;
  onWait(wait: RateLimitWait): void;
}

interface Waiter extends WaitLimits {
  resolve(): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout | undefined;
  shown: RateLimitWait | undefined;
  onAbort(): void;
}

const MINUTE_MS = 60_000;
/** A wait longer than the one a turn was told of by at most this is not announced again. */
const RESHOW_AFTER_MS = 250;

/**
 * The `rateLimit` of one `Codex`: turn starts spaced evenly, a token bucket
 * the tokens of finished turns are taken from, and the model's own windows
 * (app-server). Turns wait in one line, in the order they asked, and each is
 * told how long it waits.
 */
export class RateLimiter {
  private readonly turnSpacingMs: number | undefined;
  private readonly tokensPerMinute: number | undefined;
  private readonly pauseAtPercent: number;
  private nextStartAt = 0;
  private tokens: number;
  private tokensAt: number;
  private readonly windows = new Map<string, ModelWindow>();
  private readonly line: Waiter[] = [];
  private timer: NodeJS.Timeout | undefined;
  private closedWith: Error | undefined;

  constructor(
    options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.turnSpacingMs = options.turnsPerMinute === undefined ? undefined : MINUTE_MS / options.turnsPerMinute;
    this.tokensPerMinute = options.tokensPerMinute;
    this.pauseAtPercent = options.pauseAtPercent ?? 95;
    this.tokens = options.tokensPerMinute ?? 0;
    this.tokensAt = now();
  }

  /** Resolves when the turn may start (in line with the others); rejects on its abort or timeout. */
  acquire(limits: WaitLimits): Promise<void> {
    if (this.closedWith !== undefined) return Promise.reject(this.closedWith);
    if (limits.signal?.aborted) return Promise.reject(abortError(limits.signal, "while waiting for the rate limit"));
    if (this.line.length === 0 && this.blocked(this.now()) === undefined) {
      this.take(this.now());
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        ...limits,
        resolve,
        reject,
        timer: undefined,
        shown: undefined,
        onAbort: () => this.leave(waiter, abortError(limits.signal, "while waiting for the rate limit")),
      };
      limits.signal?.addEventListener("abort", waiter.onAbort, { once: true });
      if (limits.timeoutMs !== undefined) {
        const timeoutMs = limits.timeoutMs;
        waiter.timer = setTimeout(() => this.leave(waiter, new CodexTimeoutError("turn", timeoutMs)), timeoutMs);
      }
      this.line.push(waiter);
      this.pump();
    });
  }

  /** `close()` of the `Codex`: every waiting turn ends with `error`, and later ones at once. */
  close(error: Error): void {
    this.closedWith = error;
    clearTimeout(this.timer);
    this.timer = undefined;
    for (const waiter of this.line.splice(0)) {
      this.settle(waiter);
      waiter.reject(error);
    }
  }

  /** A finished turn's tokens (input + output), taken from the bucket. */
  spent(tokens: number): void {
    if (this.tokensPerMinute === undefined || tokens <= 0) return;
    this.refill(this.now());
    this.tokens -= tokens;
  }

  /** The model's windows as the app-server last reported them (a window absent from a report is kept). */
  modelWindows(windows: ReadonlyMap<string, ModelWindow>): void {
    for (const [name, window] of windows) this.windows.set(name, window);
    this.pump();
  }

  /** Why the next turn must wait now, and until when; undefined when it may start. */
  private blocked(now: number): RateLimitWait | undefined {
    let wait: RateLimitWait | undefined;
    const later = (until: number, reason: RateLimitReason): void => {
      if (until > now && (wait === undefined || until > wait.until)) wait = { until, reason };
    };
    for (const window of this.windows.values()) if (window.usedPercent >= this.pauseAtPercent) later(window.resetsAt, "model_rate_limit");
    if (this.turnSpacingMs !== undefined) later(this.nextStartAt, "turns_per_minute");
    if (this.tokensPerMinute !== undefined) {
      this.refill(now);
      if (this.tokens <= 0) later(now + Math.ceil(((1 - this.tokens) * MINUTE_MS) / this.tokensPerMinute), "tokens_per_minute");
    }
    return wait;
  }

  private refill(now: number): void {
    if (this.tokensPerMinute === undefined) return;
    this.tokens = Math.min(this.tokensPerMinute, this.tokens + ((now - this.tokensAt) * this.tokensPerMinute) / MINUTE_MS);
    this.tokensAt = now;
  }

  private take(now: number): void {
    if (this.turnSpacingMs !== undefined) this.nextStartAt = Math.max(now, this.nextStartAt) + this.turnSpacingMs;
  }

  /** Starts the head of the line while it may start; else tells each waiter its wait and sets one timer. */
  private pump(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    for (;;) {
      const head = this.line[0];
      if (head === undefined) return;
      const now = this.now();
      const wait = this.blocked(now);
      if (wait === undefined) {
        this.line.shift();
        this.settle(head);
        this.take(now);
        head.resolve();
        continue;
      }
      this.line.forEach((waiter, index) => {
        // Behind the head, a turn waits at least one spacing more per place (unknown for tokens: the head's wait is shown).
        const until = wait.reason === "turns_per_minute" && this.turnSpacingMs !== undefined ? Math.ceil(wait.until + index * this.turnSpacingMs) : wait.until;
        // Told again only when the wait changes in kind or grows by more than a timer's lateness.
        if (waiter.shown === undefined || waiter.shown.reason !== wait.reason || until > waiter.shown.until + RESHOW_AFTER_MS) {
          waiter.shown = { until, reason: wait.reason };
          waiter.onWait(waiter.shown);
        }
      });
      this.timer = setTimeout(() => this.pump(), Math.max(1, wait.until - now));
      return;
    }
  }

  private leave(waiter: Waiter, error: Error): void {
    const index = this.line.indexOf(waiter);
    if (index < 0) return;
    this.line.splice(index, 1);
    this.settle(waiter);
    waiter.reject(error);
    if (index === 0) this.pump();
  }

  private settle(waiter: Waiter): void {
    clearTimeout(waiter.timer);
    waiter.signal?.removeEventListener("abort", waiter.onAbort);
  }
}

/** The windows of an `account/rateLimits/updated` notification's snapshot, by limit and window. */
export function windowsOf(params: Readonly<Record<string, unknown>>): Map<string, ModelWindow> {
  const windows = new Map<string, ModelWindow>();
  const snapshot = params.rateLimits;
  if (typeof snapshot !== "object" || snapshot === null) return windows;
  const { limitId, primary, secondary } = snapshot as Record<string, unknown>;
  const id = typeof limitId === "string" ? limitId : "codex";
  for (const [name, window] of [["primary", primary], ["secondary", secondary]] as const) {
    if (typeof window !== "object" || window === null) continue;
    const { usedPercent, resetsAt } = window as Record<string, unknown>;
    if (typeof usedPercent === "number" && typeof resetsAt === "number") windows.set(`${id}.${name}`, { usedPercent, resetsAt: resetsAt * 1000 });
  }
  return windows;
}
