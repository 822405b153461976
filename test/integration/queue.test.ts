import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import diagnostics_channel from "node:diagnostics_channel";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { performance } from "node:perf_hooks";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { Queue } from "bullmq";
import { z } from "zod";
import { Redis } from "ioredis";
import { Codex, CodexAbortError, CodexConfigError, CodexTurnFailedError } from "../../src/index.js";
import { CodexQueueError, CodexWorkerLostError, QUEUE_ATTEMPT_CHANNEL, TurnQueue, TurnWorker, type QueuedTurnEvent, type TurnJob } from "../../src/queue/index.js";
import { delay, fail, message, shell, startScriptedModel, type ScriptedModel, type ScriptedResponse } from "../../src/testing/index.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";
import { pollUntil } from "../helpers/poll.js";
import { processesMentioning, startWorker, stopWorker, type WorkerProcess } from "../helpers/queue.js";
import { freePort, RedisServer } from "../helpers/redis.js";
import { END_ATTEMPT } from "../../src/queue/scripts.js";
import { instrumentCodex } from "../../src/otel/index.js";
import { lastUserText, workspace } from "../helpers/scripted.js";

/**
 * The queue with its real parts: a private redis-server, workers in processes
 * of their own (each with its own state directory, as on other machines), the
 * real codex, and the scripted model. Lock and stall checks are fast (2 s, 1 s).
 */

const TIMING = { lockDuration: 2000, stalledInterval: 1000 };

/** Answers by the turn's prompt: `first` to the prompt, `then` after a tool call. */
function byPrompt(table: Record<string, { first: ScriptedResponse; then?: ScriptedResponse }>) {
  return (request: Record<string, unknown>): ScriptedResponse | undefined => {
    const input = request.input as { type?: string }[];
    const entry = table[lastUserText(request)];
    if (entry === undefined) return undefined;
    return input.at(-1)?.type === "function_call_output" ? entry.then : entry.first;
  };
}

/** A prompt's answer: `first` to its first ask, `later` (default: `first`) after; `asked` resolves at the first ask. */
function onFirstAsk(first: ScriptedResponse, later: ScriptedResponse = first): { asked: Promise<void>; entry: { first: ScriptedResponse } } {
  let count = 0;
  let reached!: () => void;
  const asked = new Promise<void>((resolve) => (reached = resolve));
  return {
    asked,
    entry: {
      get first(): ScriptedResponse {
        count += 1;
        if (count > 1) return later;
        reached();
        return first;
      },
    },
  };
}

async function firstEvent(job: TurnJob, type: QueuedTurnEvent["type"]): Promise<QueuedTurnEvent> {
  for await (const event of job.events()) if (event.type === type) return event;
  throw new Error(`no ${type} event`);
}

async function collect(job: TurnJob): Promise<QueuedTurnEvent[]> {
  const events: QueuedTurnEvent[] = [];
  for await (const event of job.events()) events.push(event);
  return events;
}

describe("codex-sdk/queue", { concurrency: false }, () => {
  const redis = new RedisServer();
  const workers: WorkerProcess[] = [];
  let queue: TurnQueue;

  let client: Redis;
  before(async () => {
    await redis.start();
    client = new Redis(redis.connection);
  });

  async function redisKeys(pattern: string): Promise<string[]> {
    return client.keys(pattern);
  }

  async function stateVersion(name: string, threadId: string): Promise<string | null> {
    return client.hget(`codex-sdk:${name}:thread:${threadId}:state`, "version");
  }
  after(async () => {
    for (const worker of workers) await stopWorker(worker);
    await queue?.close();
    client.disconnect();
    await redis.stop();
    await assertNoProcessesLeft(5000);
  });

  async function fresh(name: string, model: ScriptedModel, count: number, extra: Record<string, unknown> = {}): Promise<WorkerProcess[]> {
    queue = new TurnQueue({ connection: redis.connection, name });
    const started = await Promise.all(
      Array.from({ length: count }, () => startWorker({ connection: redis.connection, name, concurrency: 2, codex: model.codexOptions({ transport: "app-server" }), ...TIMING, ...extra })),
    );
    workers.push(...started);
    return started;
  }

  async function finish(started: WorkerProcess[], model: ScriptedModel): Promise<void> {
    for (const worker of started) await stopWorker(worker);
    await queue.close();
    await model.close();
  }

  test("three workers, three threads of two turns: every event once and in order, and each second turn sees its first", async () => {
    const table: Record<string, { first: ScriptedResponse }> = {};
    for (const name of ["A", "B", "C"]) {
      table[`${name}1`] = { first: delay(300, message(`answer ${name}1`)) };
      table[`${name}2`] = { first: message(`answer ${name}2`) };
    }
    const model = await startScriptedModel(byPrompt(table));
    const started = await fresh("happy", model, 3);
    const firsts = await Promise.all(["A", "B", "C"].map((name) => queue.enqueue({ input: `${name}1` })));
    const firstEvents = await Promise.all(firsts.map(collect));
    const results = await Promise.all(firsts.map((job) => job.result()));
    const seconds = await Promise.all(["A", "B", "C"].map((name, index) => queue.enqueue({ input: `${name}2`, threadId: results[index]?.threadId as string })));
    const secondResults = await Promise.all(seconds.map((job) => job.result()));
    const secondEvents = await Promise.all(seconds.map(collect));
    ["A", "B", "C"].forEach((name, index) => {
      assert.equal(results[index]?.finalResponse, `answer ${name}1`);
      assert.equal(secondResults[index]?.finalResponse, `answer ${name}2`);
      assert.equal(secondResults[index]?.threadId, results[index]?.threadId);
      for (const events of [firstEvents[index] ?? [], secondEvents[index] ?? []]) {
        const types = events.map((event) => event.type);
        assert.deepEqual(types.filter((type) => !["item.started", "item.updated", "item.delta", "unknown"].includes(type)), ["turn.queued", "turn.attempt", "thread.started", "turn.started", "item.completed", "turn.completed"]);
      }
    });
    // The second turn's request carried the first turn (its history moved through Redis).
    for (const name of ["A", "B", "C"]) {
      const request = model.requests.find((candidate) => lastUserText(candidate) === `${name}2`);
      assert.ok(JSON.stringify(request?.input).includes(`answer ${name}1`), `${name}2 saw ${name}1`);
    }
    await finish(started, model);
  });

  /** A turn that runs a command appending to `marker`, then waits for the model (long on the first attempt). */
  function markerTurn(prompt: string, marker: string, firstWaitMs: number) {
    let answered = 0;
    let waiting!: () => void;
    /** Resolves when the first attempt asks the model after its command: it is then mid-turn, waiting. */
    const asked = new Promise<void>((resolve) => (waiting = resolve));
    const table = {
      [prompt]: {
        first: shell(`echo run >> ${marker}`),
        get then(): ScriptedResponse {
          answered += 1;
          if (answered === 1) waiting();
          return answered === 1 ? delay(firstWaitMs, message("too late")) : message(`done ${prompt}`);
        },
      },
    };
    return { table, asked };
  }

  async function untilCommandDone(job: TurnJob): Promise<{ pid: number; attempt: number }> {
    let worker = { pid: 0, attempt: 0 };
    for await (const event of job.events()) {
      if (event.type === "turn.attempt") worker = { pid: event.worker.pid, attempt: event.attempt };
      if (event.type === "item.completed" && event.item.type === "command_execution") return worker;
    }
    throw new Error("the turn ended before its command ran");
  }

  for (const onInterrupted of ["fail", "rerun"] as const) {
    test(`kill -9 of the worker mid-turn, onInterrupted: "${onInterrupted}"`, async () => {
      const dir = workspace();
      const marker = path.join(dir, "marker");
      const turn = markerTurn("K", marker, 60_000);
      const model = await startScriptedModel(byPrompt(turn.table));
      const started = await fresh(`kill-${onInterrupted}`, model, 2);
      const job = await queue.enqueue({ input: "K", onInterrupted, threadOptions: { sandboxMode: "danger-full-access", approvalPolicy: "never" } });
      const { pid } = await untilCommandDone(job);
      await turn.asked;
      const victim = started.find((worker) => worker.pid === pid);
      assert.ok(victim, "the turn ran on one of the workers");
      victim.child.kill("SIGKILL");
      await victim.exited;
      // The killed worker's codex does not outlive it (the watchdog).
      await pollUntil(() => (processesMentioning(victim.stateDir).length === 0 ? true : undefined), "codex of the killed worker still running", 10_000);
      if (onInterrupted === "fail") {
        const error = await job.result().then(
          () => assert.fail("the job should fail"),
          (thrown: unknown) => thrown,
        );
        assert.ok(error instanceof CodexWorkerLostError, String(error));
        assert.equal(error.worker.pid, pid);
        assert.equal(readFileSync(marker, "utf8"), "run\n", "the command ran once");
        assert.deepEqual(await redisKeys(`codex-sdk:kill-fail:thread:*:state`), [], "nothing was published");
      } else {
        const result = await job.result();
        assert.equal(result.finalResponse, "done K");
        assert.equal(result.attempts, 2);
        assert.equal(readFileSync(marker, "utf8"), "run\nrun\n", "the turn ran again");
        const events = await collect(job);
        const requeued = events.find((event) => event.type === "turn.requeued");
        assert.deepEqual(requeued, { type: "turn.requeued", reason: "worker_lost", worker: { host: requeued?.type === "turn.requeued" ? requeued.worker?.host : "", pid } });
        assert.equal(await stateVersion(`kill-rerun`, result.threadId), "1", "published once");
      }
      await finish(started.filter((worker) => worker !== victim), model);
    });
  }

  test("cancel: a waiting job never starts; a running one ends as cancelled within 2 s, not retried", async () => {
    const long = onFirstAsk(delay(60_000, message("never")));
    const model = await startScriptedModel(byPrompt({ LONG: long.entry, WAITING: { first: message("never either") } }));
    const started = await fresh("cancel", model, 1, { concurrency: 1 });
    const running = await queue.enqueue({ input: "LONG" });
    const waiting = await queue.enqueue({ input: "WAITING" });
    await long.asked;
    await waiting.cancel("not needed");
    assert.deepEqual((await collect(waiting)).map((event) => event.type), ["turn.queued", "turn.cancelled"]);
    const begun = performance.now();
    await running.cancel("stopped by the user");
    const events = await collect(running);
    const elapsed = performance.now() - begun;
    assert.deepEqual(events.at(-1), { type: "turn.cancelled", reason: "stopped by the user" });
    assert.ok(elapsed < 2000, `cancelled in ${elapsed} ms`);
    await assert.rejects(running.result(), (error: unknown) => error instanceof CodexAbortError && /stopped by the user/.test(error.message));
    await assert.rejects(waiting.result(), CodexAbortError);
    assert.equal(events.filter((event) => event.type === "turn.attempt").length, 1, "never retried");
    assert.equal(model.requests.filter((request) => lastUserText(request) === "LONG").length, 1);
    assert.equal(model.requests.filter((request) => lastUserText(request) === "WAITING").length, 0, "the waiting job never started");
    await finish(started, model);
  });

  test("SIGTERM drains with requeue: the running turn goes back to the queue and another worker finishes it", async () => {
    const drained = onFirstAsk(delay(60_000, message("never")), message("finished elsewhere"));
    const model = await startScriptedModel(byPrompt({ D: drained.entry }));
    const started = await fresh("drain", model, 2);
    const job = await queue.enqueue({ input: "D" });
    let first = 0;
    for await (const event of job.events()) {
      if (event.type === "turn.attempt") first = event.worker.pid;
      if (event.type === "turn.started") break;
    }
    await drained.asked;
    const draining = started.find((worker) => worker.pid === first);
    assert.ok(draining);
    await stopWorker(draining);
    assert.match(draining.output(), /closed/);
    const turn = await job.result();
    assert.equal(turn.finalResponse, "finished elsewhere");
    const events = await collect(job);
    assert.deepEqual(events.find((event) => event.type === "turn.requeued"), { type: "turn.requeued", reason: "worker_shutdown" });
    const attempts = events.filter((event) => event.type === "turn.attempt");
    assert.equal(attempts.length, 2);
    assert.notEqual(attempts[1]?.type === "turn.attempt" ? attempts[1].worker.pid : first, first);
    await pollUntil(() => (processesMentioning(draining.stateDir).length === 0 ? true : undefined), "codex of the drained worker still running");
    await finish(started.filter((worker) => worker !== draining), model);
  });

  test("a turn refused by the model's rate limit before any item is put back, and runs after the delay", async () => {
    const model = await startScriptedModel(byPrompt({ R: onFirstAsk(fail(429, "Rate limit reached for gpt-5.5. Please try again in 0.5s."), message("after the limit")).entry }));
    const started = await fresh("ratelimit", model, 1, { rateLimitDelayMs: 500 });
    const job = await queue.enqueue({ input: "R" });
    const turn = await job.result();
    assert.equal(turn.finalResponse, "after the limit");
    const events = await collect(job);
    assert.deepEqual(events.find((event) => event.type === "turn.requeued"), { type: "turn.requeued", reason: "rate_limited", delay_ms: 500 });
    assert.ok(!events.some((event) => event.type === "turn.failed"));
    await finish(started, model);
  });

  test("a rate limit after a command ran is not put back: the turn fails, its command is not run twice", async () => {
    const dir = workspace();
    const marker = path.join(dir, "marker");
    const model = await startScriptedModel(byPrompt({ C: { first: shell(`echo run >> ${marker}`), then: fail(429, "Rate limit reached") } }));
    const started = await fresh("ratelimit-after", model, 1, { rateLimitDelayMs: 100 });
    const job = await queue.enqueue({ input: "C", threadOptions: { sandboxMode: "danger-full-access", approvalPolicy: "never" } });
    await assert.rejects(job.result(), (error: unknown) => error instanceof CodexTurnFailedError && /429/.test(error.message));
    assert.equal(readFileSync(marker, "utf8"), "run\n");
    assert.ok(!(await collect(job)).some((event) => event.type === "turn.requeued"));
    await finish(started, model);
  });

  test("drain: \"finish\" lets the running turn end on the closing worker; structured output goes through the queue", async () => {
    const structured = onFirstAsk(delay(300, message('{"verdict":"ok"}')));
    const model = await startScriptedModel(byPrompt({ S: structured.entry }));
    const started = await fresh("finish", model, 1, { drain: "finish" });
    const schema = { type: "object", properties: { verdict: { type: "string" } }, required: ["verdict"], additionalProperties: false };
    const job = await queue.enqueue({ input: "S", turnOptions: { outputSchema: schema } });
    await structured.asked;
    const [worker] = started;
    assert.ok(worker);
    await stopWorker(worker);
    const turn = await job.result();
    assert.deepEqual(turn.output, { verdict: "ok" });
    assert.equal(turn.attempts, 1, "finished where it started");
    const request = model.requests.find((candidate) => lastUserText(candidate) === "S");
    assert.deepEqual((request?.text as { format?: { schema?: unknown } } | undefined)?.format?.schema, schema);
    await finish([], model);
  });

  test("the same idempotency key twice: one job, one run, one result", async () => {
    const model = await startScriptedModel(byPrompt({ I: { first: delay(200, message("once")) } }));
    const started = await fresh("idem", model, 2);
    const one = await queue.enqueue({ input: "I", idempotencyKey: "pr-812-fix" });
    const two = await queue.enqueue({ input: "I", idempotencyKey: "pr-812-fix" });
    assert.equal(one.id, two.id);
    const [a, b] = await Promise.all([one.result(), two.result()]);
    assert.deepEqual(a, b);
    const three = await queue.enqueue({ input: "I", idempotencyKey: "pr-812-fix" });
    assert.equal((await three.result()).finalResponse, "once");
    assert.equal(model.requests.filter((request) => lastUserText(request) === "I").length, 1);
    await finish(started, model);
  });

  test("five turns of one thread across three workers run one at a time, in the order enqueued", async () => {
    const table: Record<string, { first: ScriptedResponse }> = { T0: { first: message("answer T0") } };
    for (let n = 1; n <= 5; n += 1) table[`T${n}`] = { first: delay(150, message(`answer T${n}`)) };
    const model = await startScriptedModel(byPrompt(table));
    const started = await fresh("order", model, 3);
    const { threadId } = await (await queue.enqueue({ input: "T0" })).result();
    const jobs: TurnJob[] = [];
    for (let n = 1; n <= 5; n += 1) jobs.push(await queue.enqueue({ input: `T${n}`, threadId }));
    const turns = await Promise.all(jobs.map((job) => job.result()));
    assert.deepEqual(turns.map((turn) => turn.finalResponse), ["answer T1", "answer T2", "answer T3", "answer T4", "answer T5"]);
    // Each turn's request carried every earlier answer: none ran beside another, none out of order.
    const prompts = model.requests.map(lastUserText);
    assert.deepEqual(prompts, ["T0", "T1", "T2", "T3", "T4", "T5"]);
    model.requests.forEach((request, index) => {
      const history = JSON.stringify(request.input);
      for (let earlier = 0; earlier < index; earlier += 1) assert.ok(history.includes(`answer T${earlier}`), `T${index} saw T${earlier}`);
    });
    assert.equal(await stateVersion("order", threadId), "6");
    await finish(started, model);
  });

  test("a git workspace: a file one turn wrote is in the next turn's checkout on another worker, and the commit is pushed", async () => {
    const origin = workspace();
    const seed = workspace();
    const git = (cwd: string, ...args: string[]): string => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...args], { cwd, encoding: "utf8" }).trim();
    git(origin, "init", "--quiet", "--bare");
    git(seed, "init", "--quiet", "-b", "main");
    writeFileSync(path.join(seed, "README"), "seed\n");
    git(seed, "add", "README");
    git(seed, "commit", "--quiet", "-m", "seed");
    git(seed, "push", "--quiet", origin, "main");
    const model = await startScriptedModel(
      byPrompt({
        WRITE: { first: shell("echo hello > note.txt"), then: message("wrote it") },
        READ: { first: shell("cat note.txt README"), then: message("read it") },
      }),
    );
    const started = await fresh("git", model, 2);
    const gitWorkspace = { git: { url: origin, ref: "main" } };
    const threadOptions = { sandboxMode: "workspace-write" as const, approvalPolicy: "never" as const };
    const first = await queue.enqueue({ input: "WRITE", workspace: gitWorkspace, threadOptions });
    const firstTurn = await first.result();
    assert.ok(firstTurn.commit, "the result names the commit");
    assert.equal(git(origin, "rev-parse", `refs/codex/${firstTurn.threadId}`), firstTurn.commit);
    assert.equal(git(origin, "show", `${firstTurn.commit}:note.txt`), "hello");
    // The next turn runs on the other worker: the first one's is stopped.
    const ranFirst = (await collect(first)).find((event) => event.type === "turn.attempt");
    const firstWorker = started.find((worker) => ranFirst?.type === "turn.attempt" && worker.pid === ranFirst.worker.pid);
    assert.ok(firstWorker);
    await stopWorker(firstWorker);
    const second = await queue.enqueue({ input: "READ", threadId: firstTurn.threadId, workspace: gitWorkspace, threadOptions });
    const secondTurn = await second.result();
    const command = secondTurn.items.find((item) => item.type === "command_execution");
    assert.ok(command?.type === "command_execution" && command.aggregated_output.includes("hello") && command.aggregated_output.includes("seed"), JSON.stringify(command));
    assert.equal(secondTurn.commit, firstTurn.commit, "nothing changed: the same commit");
    await finish(started.filter((worker) => worker !== firstWorker), model);
  });

  test("Redis killed with SIGKILL and restarted: jobs survive, workers reconnect, events resume with no gap and no duplicate", async () => {
    const slow = onFirstAsk(delay(1500, message("survived", { chunks: ["sur", "vived"] })));
    const model = await startScriptedModel(byPrompt({ SLOW: slow.entry, NEXT: { first: message("next one") } }));
    const started = await fresh("restart", model, 1, { concurrency: 1, lockDuration: 10_000 });
    const running = await queue.enqueue({ input: "SLOW" });
    const waiting = await queue.enqueue({ input: "NEXT" });
    const live: QueuedTurnEvent[] = [];
    const reading = (async () => {
      for await (const event of running.events()) live.push(event);
    })();
    await slow.asked;
    await redis.kill();
    await redis.start();
    await reading;
    assert.equal((await running.result()).finalResponse, "survived");
    assert.equal((await waiting.result()).finalResponse, "next one");
    assert.deepEqual(live, await collect(running), "the live reader saw every event once");
    assert.equal(live.at(-1)?.type, "turn.completed");
    await finish(started, model);
  });

  test("a worker paused (SIGSTOP) past its lock: another worker reruns the turn, and the paused one publishes nothing when it wakes", async () => {
    const pausing = onFirstAsk(delay(3000, message("from the paused worker")), message("from the other worker"));
    const model = await startScriptedModel(byPrompt({ P: pausing.entry }));
    const started = await fresh("paused", model, 2);
    const job = await queue.enqueue({ input: "P", onInterrupted: "rerun" });
    await pausing.asked;
    const attempt = (await firstEvent(job, "turn.attempt")) as { worker: { pid: number } };
    const paused = started.find((worker) => worker.pid === attempt.worker.pid);
    assert.ok(paused);
    process.kill(paused.pid, "SIGSTOP");
    const turn = await job.result().finally(() => process.kill(paused.pid, "SIGCONT"));
    assert.equal(turn.finalResponse, "from the other worker");
    assert.equal(turn.attempts, 2);
    const events = await collect(job);
    // The paused worker's turn ends: its codex is gone, having published nothing.
    await pollUntil(() => (processesMentioning(paused.stateDir).length === 0 ? true : undefined), "the paused worker's codex still running", 10_000);
    assert.equal(await stateVersion("paused", turn.threadId), "1", "one publish");
    assert.deepEqual(await collect(job), events, "nothing appended late");
    assert.equal(paused.child.exitCode, null, "the paused worker lives on");
    await finish(started, model);
  });

  test("bad input: options refused at enqueue as startThread refuses them; an unreachable Redis fails fast; a job of another format fails clearly", async () => {
    const model = await startScriptedModel(byPrompt({ OK: { first: message("still working") } }));
    const started = await fresh("bad", model, 1);
    const refusal = (() => {
      try {
        new Codex().startThread({ sandboxMode: "bogus" as "read-only" });
      } catch (error) {
        return error as Error;
      }
      return undefined;
    })();
    await assert.rejects(queue.enqueue({ input: "x", threadOptions: { sandboxMode: "bogus" as "read-only" } }), (error: unknown) => error instanceof CodexConfigError && error.message === refusal?.message);
    await assert.rejects(queue.enqueue({ input: "x", threadId: "-cnotify=[\"touch\",\"PWNED\"]" }), CodexConfigError);
    await assert.rejects(queue.enqueue({ input: "" }), CodexConfigError);
    await assert.rejects(queue.enqueue({ input: "x", workspace: { git: { url: "--upload-pack=touch PWNED" } } }), CodexConfigError);

    const nowhere = new TurnQueue({ connection: { host: "127.0.0.1", port: await freePort() }, connectTimeoutMs: 300 });
    const begun = performance.now();
    await assert.rejects(nowhere.enqueue({ input: "x" }), (error: unknown) => error instanceof CodexQueueError && /did not answer within 300 ms/.test(error.message));
    assert.ok(performance.now() - begun < 3000);
    await nowhere.close();

    const raw = new Queue("bad", { connection: redis.connection, prefix: "codex-sdk:bad:bull" });
    await raw.add("turn", { format: 99, input: "from the future" }, { jobId: "future-1" });
    await raw.close();
    await assert.rejects((await queue.job("future-1")).result(), (error: unknown) => error instanceof CodexQueueError && /incompatible version of codex-sdk/.test(error.message));
    assert.equal((await (await queue.enqueue({ input: "OK" })).result()).finalResponse, "still working", "the worker carries on");
    await assert.rejects(queue.job("no-such-job"), CodexQueueError);
    await finish(started, model);
  });

  test("queue.thread(): run() and runStreamed() as on Thread, through a worker in this process; telemetry names the attempt", async () => {
    const model = await startScriptedModel(byPrompt({ one: { first: delay(50, message("first")) }, two: { first: message("second") }, three: { first: message("third") } }));
    queue = new TurnQueue({ connection: redis.connection, name: "facade" });
    const stateDir = workspace();
    const worker = new TurnWorker({ connection: redis.connection, name: "facade", stateDir, codex: model.codexOptions({ transport: "exec" }), ...TIMING });
    const seen: unknown[] = [];
    const listener = (message: unknown): void => {
      seen.push(message);
    };
    diagnostics_channel.subscribe(QUEUE_ATTEMPT_CHANNEL, listener);
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    const instrumentation = instrumentCodex({ tracerProvider: provider });
    try {
      const thread = queue.thread();
      assert.equal(thread.id, null);
      // Asked for at once: the second waits for the first, which names the thread.
      const [first, second] = await Promise.all([thread.run("one"), thread.run("two")]);
      assert.equal(first.finalResponse, "first");
      assert.equal(second.finalResponse, "second");
      assert.equal(second.threadId, first.threadId);
      assert.equal(thread.id, first.threadId);
      const { events } = await thread.runStreamed("three");
      const types: string[] = [];
      for await (const event of events) types.push(event.type);
      assert.deepEqual(types.filter((type) => !type.startsWith("item.") || type === "item.completed"), ["turn.queued", "turn.attempt", "thread.started", "turn.started", "item.completed", "turn.completed"]);
      assert.ok(JSON.stringify(model.requests.at(-1)?.input).includes("second"), "the third turn saw the second");
      assert.equal(seen.length, 3);
      assert.deepEqual(Object.keys(seen[0] as object).sort(), ["attempt", "jobId", "queueWaitMs", "threadId", "worker"]);
      assert.deepEqual((seen[2] as { worker: unknown }).worker, worker.identity);
      await assert.rejects(thread.run("x", { signal: AbortSignal.abort() }), (error: unknown) => (error as Error).name === "AbortError");
      // The turn's own span says which job and attempt it was, where it ran and how long it waited.
      const spans = exporter.getFinishedSpans().filter((span) => span.name === "invoke_agent codex");
      assert.equal(spans.length, 3);
      const attributes = spans[2]?.attributes ?? {};
      assert.equal(attributes["codex.queue.attempt"], 1);
      assert.equal(attributes["codex.queue.worker"], `${worker.identity.host}:${worker.identity.pid}`);
      assert.equal(typeof attributes["codex.queue.wait_ms"], "number");
      assert.equal(attributes["codex.queue.job_id"], (seen[2] as { jobId: string }).jobId);
    } finally {
      instrumentation.disable();
      await provider.shutdown();
      diagnostics_channel.unsubscribe(QUEUE_ATTEMPT_CHANNEL, listener);
      await worker.close();
      await queue.close();
      await model.close();
    }
  });

  test("a late publish is refused: the compare-and-set on the owner token and the thread's version", async () => {
    const keys = { owner: "k:owner", open: "k:open", outcome: "k:outcome", events: "k:events", pending: "k:pending", lease: "k:lease", state: "k:state", rollout: "k:rollout" };
    const end = (token: string, version: string, length: string) =>
      client.eval(END_ATTEMPT, 8, ...Object.values(keys), token, "job", "commit", "{}", "{}", 60_000, version, length, "more", "sessions/r.jsonl", "");
    await client.set(keys.owner, "stale-token-of-paused-worker");
    await client.set(keys.owner, "new-owner");
    assert.equal(await end("stale-token-of-paused-worker", "0", "0"), "fenced");
    assert.equal(await client.exists(keys.state), 0);
    assert.equal(await end("new-owner", "3", "0"), "conflict", "a version another attempt moved on");
    assert.equal(await end("new-owner", "0", "0"), "ok");
    assert.equal(await client.hget(keys.state, "version"), "1");
    assert.equal(await client.get(keys.rollout), "more");
    await client.set(keys.owner, "new-owner");
    assert.equal(await end("new-owner", "1", "4"), "fenced", "a job has one outcome");
  });

  test("the API's edges, with a worker in this process: a shared path, a thread the queue never ran, zod output, a streamed turn aborted, a finish drain that runs out of time", async () => {
    const long = onFirstAsk(delay(60_000, message("never")), message("later"));
    const model = await startScriptedModel(byPrompt({ PATH: { first: shell("pwd") , then: message('{"n":1}') }, ABORT: { first: delay(60_000, message("never")) }, LONG: long.entry }));
    queue = new TurnQueue({ connection: redis.connection, name: "edges" });
    const shared = workspace();
    const options = { connection: redis.connection, name: "edges", codex: model.codexOptions({ transport: "app-server" }), ...TIMING };
    const worker = new TurnWorker({ ...options, stateDir: workspace() });
    try {
      await worker.ready();
      await worker.ready();
      const thread = queue.thread(undefined, { workspace: { path: shared }, threadOptions: { sandboxMode: "read-only" } });
      const turn = await thread.run("PATH", { outputSchema: z.object({ n: z.number() }) });
      assert.deepEqual(turn.output, { n: 1 });
      const command = turn.items.find((item) => item.type === "command_execution");
      assert.ok(command?.type === "command_execution" && command.aggregated_output.includes(shared), "the turn ran in the shared directory");
      const done = await queue.job((await queue.enqueue({ input: "PATH", threadId: turn.threadId, idempotencyKey: "edges-1" })).id);
      await done.result();
      await done.cancel("too late");
      assert.equal((await collect(done)).at(-1)?.type, "turn.completed", "a finished job stays finished");

      await assert.rejects((await queue.enqueue({ input: "x", threadId: "0199a213-81c0-7800-8aa1-bbab2a035a53" })).result(), (error: unknown) => error instanceof CodexQueueError && /no published turn/.test(error.message));

      const controller = new AbortController();
      const { events } = await queue.thread().runStreamed("ABORT", { signal: controller.signal });
      const seen: string[] = [];
      for await (const event of events) {
        seen.push(event.type);
        if (event.type === "turn.started") controller.abort();
      }
      assert.equal(seen.at(-1), "turn.cancelled");

      const job = await queue.enqueue({ input: "LONG" });
      await long.asked;
      await worker.close({ drain: "finish", timeoutMs: 1 });
      assert.equal(worker.running, 0);
      const second = new TurnWorker({ ...options, stateDir: workspace() });
      assert.equal((await job.result()).finalResponse, "later");
      await second.close();
      const third = new TurnWorker({ ...options, stateDir: workspace() });
      await assert.rejects(third.close({ drain: "sideways" as "finish" }), /\{ drain \}\): "requeue" or "finish"/);
      await third.close();
    } finally {
      await worker.close();
      await queue.close();
      await assert.rejects(queue.enqueue({ input: "x" }), /closed/);
      await model.close();
    }
  });
});
