import "../helpers/leaks.js";
import assert from "node:assert/strict";
import diagnostics_channel from "node:diagnostics_channel";
import { afterEach, describe, test } from "node:test";
import {
  Codex,
  CodexBudgetExceededError,
  CodexConfigError,
  CodexTurnFailedError,
  CodexUnsupportedError,
  TURN_RETRY_CHANNEL,
  TURN_START_CHANNEL,
  type ThreadEvent,
  type TurnRetryMessage,
} from "../../src/index.js";
import { delay, fail, message, responseHeaders, shell, usage } from "../../src/testing/index.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";
import { withModel, workspace } from "../helpers/scripted.js";

afterEach(() => assertNoProcessesLeft());

const TRANSPORTS = ["exec", "app-server"] as const;
/** Quick retries: the backoff is not what these tests measure. */
const FAST_RETRY = { attempts: 3, initialDelayMs: 10, maxDelayMs: 20 };

/** How many times the user's `text` appears among the user messages of a model request. */
function timesSent(request: Record<string, unknown> | undefined, text: string): number {
  const input = (request?.input ?? []) as { role?: string; content?: { type: string; text?: string }[] }[];
  return input.filter((item) => item.role === "user" && (item.content ?? []).some((part) => part.text === text)).length;
}

async function collect(events: AsyncGenerator<ThreadEvent>): Promise<ThreadEvent[]> {
  const seen: ThreadEvent[] = [];
  for await (const event of events) seen.push(event);
  return seen;
}

/** How many turns started (each attempt is one), counted on the telemetry channel while `fn` runs. */
async function countingStarts<T>(fn: () => Promise<T>): Promise<{ value: T; starts: number }> {
  let starts = 0;
  const onStart = (): void => void (starts += 1);
  diagnostics_channel.subscribe(TURN_START_CHANNEL, onStart);
  try {
    return { value: await fn(), starts };
  } finally {
    diagnostics_channel.unsubscribe(TURN_START_CHANNEL, onStart);
  }
}

describe("retry (real binary, both transports)", () => {
  for (const transport of TRANSPORTS) {
    test(`${transport}: a 429 then success: one retry, announced, counted, and the result is the second attempt's`, async () => {
      await withModel([fail(429, "Rate limit reached", { retryAfterSeconds: 0 }), message("done")], async (model) => {
        const codex = new Codex(model.codexOptions({ transport, retry: FAST_RETRY }));
        const retries: TurnRetryMessage[] = [];
        const onRetry = (message: unknown): void => void retries.push(message as TurnRetryMessage);
        diagnostics_channel.subscribe(TURN_RETRY_CHANNEL, onRetry);
        try {
          const thread = codex.startThread({ skipGitRepoCheck: true });
          const events = await collect((await thread.runStreamed("hello")).events);
          const retrying = events.filter((event) => event.type === "turn.retrying");
          assert.equal(retrying.length, 1);
          assert.deepEqual({ ...retrying[0], delay_ms: 0 }, { type: "turn.retrying", attempt: 2, delay_ms: 0, error: { message: "exceeded retry limit, last status: 429 Too Many Requests" } });
          assert.ok(!events.some((event) => event.type === "turn.failed"), "the failed attempt's turn.failed is replaced by turn.retrying");
          assert.equal(events.at(-1)?.type, "turn.completed");
          assert.equal(retries.length, 1);
          assert.equal(retries[0]?.attempt, 2);
          assert.equal(model.requests.length, 2);
          // app-server rolls the failed attempt back: the model sees the input once. exec cannot: the failed attempt's input stays.
          assert.equal(timesSent(model.requests[1], "hello"), transport === "app-server" ? 1 : 2);
          const next = await codex.resumeThread(thread.id as string).run("again").catch((error: unknown) => error);
          assert.ok(next instanceof CodexTurnFailedError, "the script is used up: the third request is refused");
          assert.equal(timesSent(model.requests[2], "hello"), transport === "app-server" ? 1 : 2);
        } finally {
          diagnostics_channel.unsubscribe(TURN_RETRY_CHANNEL, onRetry);
          await codex.close();
        }
      });
    });

    test(`${transport}: a 500 after a command ran is not retried, and the error says why`, async () => {
      const dir = workspace();
      await withModel([shell("echo ran >> marker.txt"), fail(500, "boom")], async (model) => {
        const codex = new Codex(model.codexOptions({ transport, retry: FAST_RETRY }));
        try {
          const thread = codex.startThread({ skipGitRepoCheck: true, workingDirectory: dir, sandboxMode: "danger-full-access", approvalPolicy: "never" });
          const { value: error, starts } = await countingStarts(() => thread.run("run it").catch((caught: unknown) => caught));
          assert.ok(error instanceof CodexTurnFailedError);
          assert.match(error.message, /not retried: the turn had started a command_execution item/);
          assert.equal(error.kind, "server_overloaded");
          assert.equal(starts, 1);
          assert.equal(model.requests.length, 2);
        } finally {
          await codex.close();
        }
      });
    });
  }

  test("what is never retried: a lasting failure (400), and a turn whose retryOn says no; attempts run out with the count said", async () => {
    await withModel([fail(400, "bad input"), fail(429, "slow"), fail(503, "a"), fail(503, "b"), fail(503, "c")], async (model) => {
      const codex = new Codex(model.codexOptions({ retry: FAST_RETRY }));
      try {
        const bad = await codex.startThread({ skipGitRepoCheck: true }).run("x").catch((error: unknown) => error);
        assert.ok(bad instanceof CodexTurnFailedError && bad.kind === "bad_request");
        assert.doesNotMatch(bad.message, /retried/);
        const refused = await codex.startThread({ skipGitRepoCheck: true }).run("x", { retry: { retryOn: () => false } }).catch((error: unknown) => error);
        assert.ok(refused instanceof CodexTurnFailedError && refused.kind === "rate_limit");
        const tired = await codex.startThread({ skipGitRepoCheck: true, retry: { ...FAST_RETRY, attempts: 3 } }).run("x").catch((error: unknown) => error);
        assert.ok(tired instanceof CodexTurnFailedError);
        assert.match(tired.message, /not retried: 3 attempts made/);
        assert.equal(model.requests.length, 5);
      } finally {
        await codex.close();
      }
    });
  });

  test("an abort while waiting to retry ends the turn with CodexAbortError, and nothing runs again", async () => {
    await withModel([fail(503, "down")], async (model) => {
      const codex = new Codex(model.codexOptions({ retry: { attempts: 2, initialDelayMs: 60_000, maxDelayMs: 60_000 } }));
      try {
        const controller = new AbortController();
        const { events } = await codex.startThread({ skipGitRepoCheck: true }).runStreamed("x", { signal: controller.signal });
        const seen: string[] = [];
        await assert.rejects(
          (async () => {
            for await (const event of events) {
              seen.push(event.type);
              if (event.type === "turn.retrying") controller.abort();
            }
          })(),
          { name: "AbortError", message: /while waiting to retry/ },
        );
        assert.equal(seen.at(-1), "turn.retrying");
        assert.equal(model.requests.length, 1);
      } finally {
        await codex.close();
      }
    });
  });
});

describe("rateLimit (real binary)", () => {
  test("turnsPerMinute spaces turn starts by 60000 / turnsPerMinute, each wait announced", async () => {
    await withModel(Array.from({ length: 3 }, (_, index) => message(`m${index}`)), async (model) => {
      // exec: a turn's codex is spawned, then its start published, as soon as the limiter lets it go.
      const codex = new Codex(model.codexOptions({ rateLimit: { turnsPerMinute: 60 } }));
      try {
        const starts: number[] = [];
        const onStart = (): void => void starts.push(performance.now());
        diagnostics_channel.subscribe(TURN_START_CHANNEL, onStart);
        const waited: ThreadEvent[][] = [];
        try {
          await Promise.all(
            [0, 1, 2].map(async (index) => {
              const events = await collect((await codex.startThread({ skipGitRepoCheck: true }).runStreamed(`t${index}`)).events);
              waited[index] = events.filter((event) => event.type === "rate_limit.waiting");
            }),
          );
        } finally {
          diagnostics_channel.unsubscribe(TURN_START_CHANNEL, onStart);
        }
        assert.equal(starts.length, 3);
        // 60 per minute: the limiter lets one go every 1000 ms (never early). A start is published once the
        // turn's codex is spawned, which takes a few milliseconds more or less each time: 10% is left for that.
        for (let index = 1; index < 3; index += 1) {
          const gap = (starts[index] as number) - (starts[index - 1] as number);
          assert.ok(gap >= 900 && gap < 3_000, `start ${index} came ${gap} ms after the one before`);
        }
        assert.deepEqual(waited.map((events) => events.length), [0, 1, 1]);
        assert.deepEqual(waited.flat().map((event) => event.type === "rate_limit.waiting" && event.reason), ["turns_per_minute", "turns_per_minute"]);
      } finally {
        await codex.close();
      }
    });
  });

  test("tokensPerMinute: a finished turn's tokens make the next one wait", async () => {
    await withModel([[message("a"), usage({ input_tokens: 990, output_tokens: 20 })], message("b")], async (model) => {
      // 1000 tokens a minute = one every 60 ms: 1010 spent leaves the bucket at -10, a wait of ~660 ms.
      const codex = new Codex(model.codexOptions({ rateLimit: { tokensPerMinute: 1000 } }));
      try {
        const thread = codex.startThread({ skipGitRepoCheck: true });
        await thread.run("one");
        const events = await collect((await thread.runStreamed("two")).events);
        const wait = events.find((event) => event.type === "rate_limit.waiting");
        assert.ok(wait?.type === "rate_limit.waiting" && wait.reason === "tokens_per_minute");
        assert.ok(wait.until - Date.now() <= 700);
      } finally {
        await codex.close();
      }
    });
  });

  test("app-server: a model window at pauseAtPercent makes the next turn wait for its reset; its signal still ends the wait", async () => {
    const resetAt = Math.floor(Date.now() / 1000) + 600;
    const headers = { "x-codex-primary-used-percent": "97", "x-codex-primary-window-minutes": "60", "x-codex-primary-reset-at": String(resetAt) };
    await withModel([[message("a"), responseHeaders(headers)]], async (model) => {
      const codex = new Codex(model.codexOptions({ transport: "app-server", rateLimit: { pauseAtPercent: 95 } }));
      try {
        const thread = codex.startThread({ skipGitRepoCheck: true });
        await thread.run("one");
        const controller = new AbortController();
        const { events } = await thread.runStreamed("two", { signal: controller.signal });
        const first = await events.next();
        assert.deepEqual(first.value, { type: "rate_limit.waiting", until: resetAt * 1000, reason: "model_rate_limit" });
        controller.abort();
        await assert.rejects(events.next(), { name: "AbortError", message: /while waiting for the rate limit/ });
        assert.equal(model.requests.length, 1);
        // The turn timeout counts the wait too.
        await assert.rejects(thread.run("three", { turnTimeoutMs: 50 }), { code: "CODEX_TIMEOUT" });
      } finally {
        await codex.close();
      }
    });
  });
});

describe("budget and per-turn usage (real binary)", () => {
  for (const transport of TRANSPORTS) {
    test(`${transport}: turn_usage is the turn's own, on a resumed thread too; thread.usage() is the running total`, async () => {
      const script = [
        [message("a"), usage({ input_tokens: 100, output_tokens: 10 })],
        [message("b"), usage({ input_tokens: 150, output_tokens: 20 })],
        [message("c"), usage({ input_tokens: 200, output_tokens: 30 })],
      ];
      await withModel(script, async (model) => {
        const codex = new Codex(model.codexOptions({ transport }));
        try {
          const thread = codex.startThread({ skipGitRepoCheck: true });
          const first = await thread.run("one");
          assert.equal(first.turnUsage?.input_tokens, 100);
          const second = await thread.run("two");
          assert.equal(second.usage?.input_tokens, 250);
          assert.equal(second.turnUsage?.input_tokens, 150);
          assert.equal(second.turnUsage?.output_tokens, 20);
          assert.deepEqual((await thread.usage()).tokens, second.usage);
          const resumed = codex.resumeThread(thread.id as string);
          const events = await collect((await resumed.runStreamed("three")).events);
          const completed = events.find((event) => event.type === "turn.completed");
          assert.ok(completed?.type === "turn.completed");
          assert.equal(completed.usage.input_tokens, 450);
          assert.equal(completed.turn_usage?.input_tokens, 200);
          assert.equal(completed.turn_usage?.output_tokens, 30);
          const spent = await resumed.usage();
          assert.equal(spent.tokens.output_tokens, 60);
          assert.equal(spent.estimatedCostUsd, undefined, "offline, codex reports no cost");
        } finally {
          await codex.close();
        }
      });
    });
  }

  test("a thread over its budget: the next run() rejects before anything starts", async () => {
    await withModel([[message("a"), usage({ input_tokens: 400, output_tokens: 200 })]], async (model) => {
      const codex = new Codex(model.codexOptions());
      try {
        const thread = codex.startThread({ skipGitRepoCheck: true, budget: { maxTokens: 500 } });
        await thread.run("one");
        const { value: error, starts } = await countingStarts(() => thread.run("two").catch((caught: unknown) => caught));
        assert.ok(error instanceof CodexBudgetExceededError);
        assert.equal(error.scope, "thread");
        assert.equal(error.used, 600);
        assert.match(error.message, /\(600 tokens used of 500\): the turn was not started/);
        assert.equal(starts, 0);
        assert.equal(model.requests.length, 1);
      } finally {
        await codex.close();
      }
    });
  });

  test("the Codex's budget counts every thread's turns", async () => {
    await withModel([[message("a"), usage({ input_tokens: 300, output_tokens: 0 })], [message("b"), usage({ input_tokens: 300, output_tokens: 0 })]], async (model) => {
      const codex = new Codex(model.codexOptions({ transport: "app-server", budget: { maxTokens: 500 } }));
      try {
        await codex.startThread({ skipGitRepoCheck: true }).run("one");
        await codex.startThread({ skipGitRepoCheck: true }).run("two");
        await assert.rejects(codex.startThread({ skipGitRepoCheck: true }).run("three"), { code: "CODEX_BUDGET_EXCEEDED", scope: "codex", used: 600 });
        assert.equal(model.requests.length, 2);
      } finally {
        await codex.close();
      }
    });
  });

  test("app-server: budget.interrupt stops a running turn once it crosses the budget", async () => {
    const dir = workspace();
    await withModel([[shell("true"), usage({ input_tokens: 900, output_tokens: 200 })], delay(30_000, message("never"))], async (model) => {
      const codex = new Codex(model.codexOptions({ transport: "app-server" }));
      try {
        const thread = codex.startThread({ skipGitRepoCheck: true, workingDirectory: dir, sandboxMode: "danger-full-access", approvalPolicy: "never", budget: { maxTokens: 1000, interrupt: true } });
        const started = Date.now();
        await assert.rejects(thread.run("go"), (error: unknown) => error instanceof CodexBudgetExceededError && /the turn was stopped/.test(error.message) && error.used === 1100);
        assert.ok(Date.now() - started < 20_000);
      } finally {
        await codex.close();
      }
    });
  });

  test("bad guardrail options are refused up front, naming the field; a dollar budget on exec is unsupported", async () => {
    await withModel([], async (model) => {
      assert.throws(() => new Codex(model.codexOptions({ retry: { attempts: 0 } })), { message: /CodexOptions\.retry\.attempts must be a positive integer/ });
      assert.throws(() => new Codex(model.codexOptions({ retry: { atempts: 2 } as never })), { message: /CodexOptions\.retry\.atempts is not an option/ });
      assert.throws(() => new Codex(model.codexOptions({ rateLimit: { pauseAtPercent: 120 } })), { message: /pauseAtPercent must be at most 100/ });
      assert.throws(() => new Codex(model.codexOptions({ rateLimit: { turnsPerMinute: -1 } })), CodexConfigError);
      assert.throws(() => new Codex(model.codexOptions({ budget: { maxCostUsd: 1 } })), CodexUnsupportedError);
      const codex = new Codex(model.codexOptions());
      assert.throws(() => codex.startThread({ budget: { maxTokens: 1.5 } }), { message: /ThreadOptions\.budget\.maxTokens must be a positive integer/ });
      assert.throws(() => codex.startThread({ budget: { maxCostUsd: 2 } }), CodexUnsupportedError);
      await assert.rejects(codex.startThread().run("x", { retry: { retryOn: "yes" as never } }), { message: /TurnOptions\.retry\.retryOn must be a function/ });
      await codex.close();
    });
  });

  test("app-server: a dollar budget that cannot be checked (no cost reported offline) is a clear error, not a silent pass", async () => {
    await withModel([message("a")], async (model) => {
      const codex = new Codex(model.codexOptions({ transport: "app-server" }));
      try {
        const thread = codex.startThread({ skipGitRepoCheck: true, budget: { maxCostUsd: 5 } });
        await thread.run("one");
        await assert.rejects(thread.run("two"), { code: "CODEX_CONFIG", message: /maxCostUsd cannot be checked/ });
        assert.equal(model.requests.length, 1);
      } finally {
        await codex.close();
      }
    });
  });
});
