import assert from "node:assert/strict";
import { describe, mock, test } from "node:test";
import { CodexAbortError, CodexBudgetExceededError, CodexTurnFailedError } from "../../src/errors.js";
import type { ThreadEvent, ThreadUsage } from "../../src/events.js";
import { GuardedTurns } from "../../src/guard/guarded-thread.js";
import { Guardrails } from "../../src/guard/guardrails.js";
import type { NormalizedInput } from "../../src/input.js";
import type { RuntimeTurnOptions, ThreadRuntime, Transport } from "../../src/transport.js";
import { NO_USAGE } from "../../src/turn/usage.js";
import { failureKind, TRANSIENT_FAILURES, waitNamedIn } from "../../src/failure-kind.js";
import { overBudget, tokensOf } from "../../src/guard/budget.js";
import { RateLimiter, windowsOf, type RateLimitWait } from "../../src/guard/rate-limiter.js";
import { decideRetry, retryDelay, retryPolicy } from "../../src/guard/retry.js";

describe("failure kinds: codex 0.169's messages", () => {
  test("each message a failed model call gives, on both transports, and what kind it is", () => {
    const seen: [string, string][] = [
      // Observed with the scripted model (HTTP status → turn.failed message).
      ["exceeded retry limit, last status: 429 Too Many Requests", "rate_limit"],
      ["We’re currently experiencing high demand, which may cause temporary errors.", "server_overloaded"],
      ["unexpected status 503 Service Unavailable: down, url: http://127.0.0.1:1/v1/responses", "server_overloaded"],
      ["unexpected status 502 Bad Gateway: x, url: http://127.0.0.1:1/v1/responses", "server_error"],
      ["stream disconnected before completion: stream closed before response.completed", "stream_disconnected"],
      ["error sending request for url (http://127.0.0.1:9/v1/responses)", "connection_failed"],
      ['{"error":{"message":"bad input","type":"invalid_request_error","code":null,"param":null}}', "bad_request"],
      ["You've hit your usage limit. Upgrade to Pro or try again later.", "usage_limit"],
      ["Quota exceeded. Check your plan and billing details.", "quota"],
      ["Your input exceeds the context window of this model.", "context_window"],
      ["unexpected status 401 Unauthorized: Incorrect API key provided", "unauthorized"],
      ["something else entirely", "other"],
    ];
    assert.deepEqual(seen.map(([text]) => failureKind(text)), seen.map(([, kind]) => kind));
    assert.deepEqual([...TRANSIENT_FAILURES].sort(), ["connection_failed", "rate_limit", "server_error", "server_overloaded", "stream_disconnected"]);
    assert.equal(new CodexTurnFailedError("exceeded retry limit, last status: 429 Too Many Requests").kind, "rate_limit");
  });

  test("a wait the provider names", () => {
    assert.equal(waitNamedIn("Rate limit reached. Please try again in 1.5s."), 1500);
    assert.equal(waitNamedIn("try again in 350ms"), 350);
    assert.equal(waitNamedIn("Retry after 20 seconds"), 20_000);
    assert.equal(waitNamedIn("no wait here"), undefined);
    assert.equal(waitNamedIn("try again in ... seconds"), undefined, "a number that is not one");
  });
});

describe("retry decisions", () => {
  const policy = retryPolicy({ attempts: 3, initialDelayMs: 100, maxDelayMs: 1_000 });
  assert.ok(policy);

  test("the turn's retry wins whole over the thread's and the Codex's; none: no retries", () => {
    assert.equal(retryPolicy(undefined, undefined, undefined), undefined);
    assert.equal(retryPolicy({ attempts: 5 }, { attempts: 2 })?.attempts, 5);
    assert.deepEqual({ ...retryPolicy(undefined, {}), retryOn: null }, { attempts: 3, initialDelayMs: 1_000, maxDelayMs: 30_000, retryOn: null });
  });

  test("backoff doubles from initialDelayMs with jitter over the upper half, capped, and never below a named wait", () => {
    assert.deepEqual([1, 2, 3, 4, 5].map((attempt) => retryDelay(policy, attempt, undefined, () => 0)), [50, 100, 200, 400, 500]);
    assert.deepEqual([1, 2, 3, 4, 5].map((attempt) => retryDelay(policy, attempt, undefined, () => 0.999999)), [100, 200, 400, 800, 1_000]);
    assert.equal(retryDelay(policy, 1, 5_000, () => 0), 5_000);
  });

  test("retried: a passing failure with nothing done; not: a lasting one, a side effect, the last attempt, a retryOn that throws", () => {
    const rateLimited = "exceeded retry limit, last status: 429 Too Many Requests";
    assert.deepEqual(decideRetry(policy, rateLimited, 1, undefined, () => 0), { retry: true, delayMs: 50 });
    assert.deepEqual(decideRetry(policy, "Your input exceeds the context window of this model.", 1, undefined), { retry: false, why: undefined });
    assert.deepEqual(decideRetry(policy, rateLimited, 1, "file_change"), { retry: false, why: "not retried: the turn had started a file_change item, which a retry would run again" });
    assert.deepEqual(decideRetry(policy, rateLimited, 3, undefined), { retry: false, why: "not retried: 3 attempts made" });
    const once = retryPolicy({ attempts: 1 });
    assert.ok(once);
    assert.deepEqual(decideRetry(once, rateLimited, 1, undefined), { retry: false, why: "not retried: 1 attempt made" });
    const throwing = retryPolicy({
      retryOn: () => {
        throw new Error("bug");
      },
    });
    assert.ok(throwing);
    assert.deepEqual(decideRetry(throwing, rateLimited, 1, undefined), { retry: false, why: undefined });
  });
});

describe("budgets", () => {
  test("tokens are input plus output; a budget is spent once reached", () => {
    assert.equal(tokensOf({ input_tokens: 10, cached_input_tokens: 4, cache_write_input_tokens: 0, output_tokens: 5, reasoning_output_tokens: 2 }), 15);
    assert.equal(tokensOf(undefined), 0);
    /** The budget check as a turn's start makes it: throwing what it finds. */
    const checkBudget = (...args: Parameters<typeof overBudget>): void => {
      const over = overBudget(...args);
      if (over !== undefined) throw over;
    };
    checkBudget({ maxTokens: 100 }, "thread", { tokens: 99, costUsd: undefined });
    assert.throws(() => checkBudget({ maxTokens: 100 }, "thread", { tokens: 100, costUsd: undefined }), { code: "CODEX_BUDGET_EXCEEDED", limit: "maxTokens" });
    assert.throws(() => checkBudget({ maxCostUsd: 1 }, "codex", { tokens: 0, costUsd: 1.25 }), { message: /\$1\.2500 used of \$1/, scope: "codex" });
    checkBudget({ maxCostUsd: 1 }, "codex", { tokens: 0, costUsd: undefined });
  });
});

describe("the rate limiter (mocked clock)", () => {
  function limiterWithClock(options: ConstructorParameters<typeof RateLimiter>[0]) {
    mock.timers.enable({ apis: ["setTimeout", "Date"], now: 1_000_000 });
    return new RateLimiter(options);
  }

  test("turnsPerMinute: starts spaced evenly, in the order asked, each waiting turn told until when", async (t) => {
    t.after(() => mock.timers.reset());
    const limiter = limiterWithClock({ turnsPerMinute: 60 });
    const started: string[] = [];
    const waits: Record<string, RateLimitWait[]> = { a: [], b: [], c: [] };
    const ask = (name: string): Promise<void> => limiter.acquire({ onWait: (wait) => waits[name]?.push(wait) }).then(() => void started.push(name));
    const all = Promise.all([ask("a"), ask("b"), ask("c")]);
    await Promise.resolve();
    assert.deepEqual(started, ["a"]);
    assert.deepEqual(waits.b, [{ until: 1_001_000, reason: "turns_per_minute" }]);
    assert.deepEqual(waits.c, [{ until: 1_002_000, reason: "turns_per_minute" }]);
    mock.timers.tick(999);
    await Promise.resolve();
    assert.deepEqual(started, ["a"]);
    mock.timers.tick(1);
    await Promise.resolve();
    assert.deepEqual(started, ["a", "b"]);
    mock.timers.tick(1_000);
    await all;
    assert.deepEqual(started, ["a", "b", "c"]);
    assert.equal(waits.a?.length, 0);
  });

  test("tokensPerMinute: spent tokens empty the bucket, which refills at the rate", async (t) => {
    t.after(() => mock.timers.reset());
    const limiter = limiterWithClock({ tokensPerMinute: 600 });
    await limiter.acquire({ onWait: () => assert.fail("the first turn does not wait") });
    limiter.spent(660);
    const waits: RateLimitWait[] = [];
    let started = false;
    const next = limiter.acquire({ onWait: (wait) => waits.push(wait) }).then(() => (started = true));
    // -60 tokens at 10 a second: 6.1 s until one is left.
    assert.deepEqual(waits, [{ until: 1_006_100, reason: "tokens_per_minute" }]);
    mock.timers.tick(6_099);
    await Promise.resolve();
    assert.equal(started, false);
    mock.timers.tick(1);
    await next;
  });

  test("the model's windows: at pauseAtPercent a turn waits for the reset; a later report below it lets it go", async (t) => {
    t.after(() => mock.timers.reset());
    const limiter = limiterWithClock({ pauseAtPercent: 90 });
    const snapshot = (usedPercent: number) => windowsOf({ rateLimits: { limitId: "codex", primary: { usedPercent, windowDurationMins: 60, resetsAt: 1_000_600 }, secondary: null } });
    limiter.modelWindows(snapshot(89));
    await limiter.acquire({ onWait: () => assert.fail("below the threshold") });
    limiter.modelWindows(snapshot(92));
    const waits: RateLimitWait[] = [];
    const next = limiter.acquire({ onWait: (wait) => waits.push(wait) });
    assert.deepEqual(waits, [{ until: 1_000_600_000, reason: "model_rate_limit" }]);
    limiter.modelWindows(snapshot(10));
    await next;
  });

  test("the windows of a rate-limit report: each limit's primary and secondary, what is malformed left out", () => {
    assert.deepEqual([...windowsOf({})], []);
    assert.deepEqual([...windowsOf({ rateLimits: null })], []);
    const windows = windowsOf({ rateLimits: { primary: { usedPercent: 50, resetsAt: 10 }, secondary: { usedPercent: 99 } } });
    assert.deepEqual([...windows], [["codex.primary", { usedPercent: 50, resetsAt: 10_000 }]]);
    const named = windowsOf({ rateLimits: { limitId: "gpt", secondary: { usedPercent: 96, resetsAt: 20 }, primary: null } });
    assert.deepEqual([...named], [["gpt.secondary", { usedPercent: 96, resetsAt: 20_000 }]]);
  });

  test("an abort or a timeout takes a turn out of the line; the one behind it moves up", async (t) => {
    t.after(() => mock.timers.reset());
    const limiter = limiterWithClock({ turnsPerMinute: 60 });
    await limiter.acquire({ onWait: () => undefined });
    const controller = new AbortController();
    const aborted = limiter.acquire({ signal: controller.signal, onWait: () => undefined });
    const timedOut = limiter.acquire({ timeoutMs: 500, onWait: () => undefined });
    let third = false;
    const later = limiter.acquire({ onWait: () => undefined }).then(() => (third = true));
    controller.abort();
    await assert.rejects(aborted, { name: "AbortError", message: /while waiting for the rate limit/ });
    mock.timers.tick(500);
    await assert.rejects(timedOut, { code: "CODEX_TIMEOUT" });
    mock.timers.tick(500);
    await later;
    assert.equal(third, true);
    const already = new AbortController();
    already.abort();
    await assert.rejects(limiter.acquire({ signal: already.signal, onWait: () => undefined }), { name: "AbortError" });
  });
});

describe("GuardedTurns (a fake runtime)", () => {
  /** A runtime whose turns yield the given events, one list per turn; records what the guard asked of it. */
  function fakeRuntime(turns: ThreadEvent[][], discard: () => Promise<void> = () => Promise.resolve()) {
    const calls: string[] = [];
    const runtime = {
      id: "thread-1",
      async *runTurn(_input: NormalizedInput, options: RuntimeTurnOptions): AsyncGenerator<ThreadEvent> {
        calls.push("turn");
        const events = turns.shift() ?? [];
        for (const event of events) {
          if (event.type === "turn.completed" && event.turn_usage) options.onTurnUsage?.(event.turn_usage);
          yield event;
        }
      },
      usage: async (): Promise<ThreadUsage> => ({ tokens: NO_USAGE }),
      discardFailedTurn: () => {
        calls.push("discard");
        return discard();
      },
    } as unknown as ThreadRuntime;
    return { runtime, calls };
  }

  const failed = (message: string): ThreadEvent => ({ type: "turn.failed", error: { message } });
  const completed: ThreadEvent = { type: "turn.completed", usage: NO_USAGE, turn_usage: NO_USAGE };
  const input: NormalizedInput = { prompt: "x", images: [] };

  async function events(thread: GuardedTurns, options: RuntimeTurnOptions = {}): Promise<ThreadEvent[]> {
    const seen: ThreadEvent[] = [];
    for await (const event of thread.runTurn(input, options)) seen.push(event);
    return seen;
  }

  test("a failed attempt that cannot be rolled back is not retried, and the failure says why", async () => {
    const { runtime, calls } = fakeRuntime([[failed("exceeded retry limit, last status: 429 Too Many Requests")], [completed]], () => Promise.reject(new Error("thread/turns/list refused")));
    const guard = new Guardrails({}, { name: "app-server" } as Transport);
    const seen = await events(new GuardedTurns(runtime, { retry: { initialDelayMs: 0 } }, guard));
    assert.deepEqual(seen, [failed("exceeded retry limit, last status: 429 Too Many Requests (not retried: the failed attempt could not be rolled back (thread/turns/list refused))")]);
    assert.deepEqual(calls, ["turn", "discard"]);
    // The rollback is the runtime's own: what it rejects with is what the failure says (above); a budget of
    // tokens asks the runtime for its usage without the cost (no request for it).
    await assert.rejects(runtime.discardFailedTurn(), /thread\/turns\/list refused/);
    const asked: (boolean | undefined)[] = [];
    const counted = { ...runtime, runTurn: runtime.runTurn, usage: async (withCost?: boolean): Promise<ThreadUsage> => (asked.push(withCost), { tokens: NO_USAGE }) } as ThreadRuntime;
    await events(new GuardedTurns(counted, { budget: { maxTokens: 10 } }, guard));
    assert.deepEqual(asked, [false]);
  });

  test("an abort during the wait before a retry ends the turn there; nothing runs again", async () => {
    const { runtime, calls } = fakeRuntime([[failed("stream disconnected before completion")], [completed]]);
    const guard = new Guardrails({ retry: { initialDelayMs: 60_000, maxDelayMs: 60_000 } }, { name: "exec" } as Transport);
    const controller = new AbortController();
    const turn = new GuardedTurns(runtime, {}, guard).runTurn(input, { signal: controller.signal });
    assert.equal((await turn.next()).value?.type, "turn.retrying");
    const waiting = turn.next();
    controller.abort();
    await assert.rejects(waiting, { name: "AbortError", message: /while waiting to retry/ });
    assert.deepEqual(calls, ["turn", "discard"]);
  });

  test("close(): a turn waiting for the rate limiter or to retry ends at once, and later ones are refused", async () => {
    const { runtime } = fakeRuntime([[completed], [failed("stream disconnected before completion")]]);
    const guard = new Guardrails({ rateLimit: { turnsPerMinute: 1 }, retry: { initialDelayMs: 60_000, maxDelayMs: 60_000 } }, { name: "exec" } as Transport);
    const thread = new GuardedTurns(runtime, {}, guard);
    await events(thread);
    const waiting = thread.runTurn(input, {});
    assert.equal((await waiting.next()).value?.type, "rate_limit.waiting");
    const ended = waiting.next();
    guard.close();
    await assert.rejects(ended, { name: "AbortError", message: /Codex\.close\(\) was called/ });
    await assert.rejects(events(thread), { name: "AbortError" });

    const { runtime: retrying } = fakeRuntime([[failed("stream disconnected before completion")], [completed]]);
    const retryGuard = new Guardrails({ retry: { initialDelayMs: 60_000, maxDelayMs: 60_000 } }, { name: "exec" } as Transport);
    const turn = new GuardedTurns(retrying, {}, retryGuard).runTurn(input, {});
    assert.equal((await turn.next()).value?.type, "turn.retrying");
    const pausing = turn.next();
    retryGuard.close();
    await assert.rejects(pausing, { message: "The turn was aborted while waiting to retry: Codex.close() was called" });
  });

  test("without retry, rate limit or budget the runtime's own turn is returned untouched", () => {
    const own = (async function* (): AsyncGenerator<ThreadEvent> {})();
    const runtime = { id: null, runTurn: () => own } as unknown as ThreadRuntime;
    const guard = new Guardrails({}, { name: "exec" } as Transport);
    assert.equal(new GuardedTurns(runtime, {}, guard).runTurn(input, {}), own);
    assert.notEqual(new GuardedTurns(runtime, { budget: { maxTokens: 1 } }, guard).runTurn(input, {}), own);
  });

  test("without retry, a failure under a budget is the runtime's; a rollback failing with a non-Error says so; an outer abort stays an abort", async () => {
    const budgeted = new Guardrails({ budget: { maxTokens: 1_000, interrupt: true } }, { name: "app-server" } as Transport);
    const { runtime } = fakeRuntime([[{ ...completed, turn_usage: { ...NO_USAGE, input_tokens: 10 } }], [failed("bad request 400")]]);
    // Under the budget: the running check lets the turn go on.
    assert.deepEqual((await events(new GuardedTurns(runtime, {}, budgeted))).map((event) => event.type), ["turn.completed"]);
    assert.deepEqual(await events(new GuardedTurns(runtime, {}, budgeted)), [failed("bad request 400")]);

    const { runtime: stubborn } = fakeRuntime([[failed("stream disconnected before completion")]], () => Promise.reject("no turns to list"));
    const retrying = new Guardrails({ retry: { initialDelayMs: 0 } }, { name: "app-server" } as Transport);
    assert.deepEqual(await events(new GuardedTurns(stubborn, {}, retrying)), [failed("stream disconnected before completion (not retried: the failed attempt could not be rolled back (no turns to list))")]);

    const aborting = {
      id: "t",
      async *runTurn(_input: NormalizedInput, options: RuntimeTurnOptions): AsyncGenerator<ThreadEvent> {
        yield { type: "turn.started" };
        throw new CodexAbortError(`The turn was aborted: ${String(options.signal?.reason)}`);
      },
      usage: async (): Promise<ThreadUsage> => ({ tokens: NO_USAGE }),
    } as unknown as ThreadRuntime;
    const controller = new AbortController();
    controller.abort("by the caller");
    await assert.rejects(events(new GuardedTurns(aborting, {}, budgeted), { signal: controller.signal }), { name: "AbortError", message: /by the caller/ });
  });

  test("the Codex's dollar budget sums each thread's latest cost", async () => {
    const costing = (cost: { usd: number }) => ({ id: "t", usage: async (): Promise<ThreadUsage> => ({ tokens: NO_USAGE, estimatedCostUsd: cost.usd }) }) as unknown as ThreadRuntime;
    const guard = new Guardrails({ budget: { maxCostUsd: 1 } }, { name: "app-server" } as Transport);
    const first = { usd: 0.3 };
    const a = costing(first);
    await guard.checkBudgets(a, undefined);
    first.usd = 0.5;
    await guard.checkBudgets(a, undefined);
    // a's latest (0.5, not 0.3 + 0.5) and 0.4 make 0.9, under 1; a third thread at 0.6 makes 1.5.
    const second = { usd: 0.4 };
    await guard.checkBudgets(costing(second), undefined);
    await assert.rejects(guard.checkBudgets(costing({ usd: 0.6 }), undefined), { code: "CODEX_BUDGET_EXCEEDED", scope: "codex", limit: "maxCostUsd" });
  });

  test("a turn that crosses the budget while it runs is stopped with CodexBudgetExceededError", async () => {
    const big = { ...NO_USAGE, input_tokens: 80, output_tokens: 30 };
    let aborted: unknown;
    const runtime = {
      id: "thread-1",
      async *runTurn(_input: NormalizedInput, options: RuntimeTurnOptions): AsyncGenerator<ThreadEvent> {
        yield { type: "turn.started" };
        options.onTurnUsage?.(big);
        aborted = options.signal?.reason;
        throw new CodexAbortError("The turn was aborted");
      },
      usage: async (): Promise<ThreadUsage> => ({ tokens: NO_USAGE }),
    } as unknown as ThreadRuntime;
    const guard = new Guardrails({ budget: { maxTokens: 100, interrupt: true } }, { name: "app-server" } as Transport);
    await assert.rejects(events(new GuardedTurns(runtime, {}, guard)), (error: unknown) => error instanceof CodexBudgetExceededError && error.scope === "codex" && error.used === 110);
    assert.ok(aborted instanceof CodexBudgetExceededError);
  });
});
