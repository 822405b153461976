import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import diagnostics_channel from "node:diagnostics_channel";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { performance } from "node:perf_hooks";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { Queue } from "bullmq";
import { z } from "zod";
import { Codex, CodexConfigError, CodexError, CodexTurnFailedError } from "../../src/index.js";
import { CodexQueueError, QUEUE_ATTEMPT_CHANNEL, TurnQueue, TurnWorker, type TurnJob } from "../../src/queue/index.js";
import { delay, fail, message, shell, startScriptedModel, type ScriptedResponse } from "../../src/testing/index.js";
import { byPrompt, collect, onFirstAsk, queueSuite, stopWorker } from "../helpers/queue.js";
import { freePort } from "../helpers/redis.js";
import { END_ATTEMPT } from "../../src/queue/scripts.js";
import { instrumentCodex } from "../../src/otel/index.js";
import { lastUserText, workspace } from "../helpers/scripted.js";

/**
 * The queue with its real parts: a private redis-server, workers in processes
 * of their own (each with its own state directory, as on other machines), the
 * real codex, and the scripted model. The faults (killed and paused workers,
 * a killed Redis, cancels timed to 2 s) are in test/chaos/queue.test.ts.
 */

/** Locks long enough that a loaded machine never takes a live worker for dead here. */
const TIMING = { lockDuration: 10_000, stalledInterval: 5_000 };

describe("codex-sdk/queue", { concurrency: false, timeout: 600_000 }, () => {
  const s = queueSuite(TIMING);

  test("three workers, three threads of two turns: every event once and in order, and each second turn sees its first", async () => {
    const table: Record<string, { first: ScriptedResponse }> = {};
    for (const name of ["A", "B", "C"]) {
      table[`${name}1`] = { first: delay(300, message(`answer ${name}1`)) };
      table[`${name}2`] = { first: message(`answer ${name}2`) };
    }
    const model = await startScriptedModel(byPrompt(table));
    const started = await s.fresh("happy", model, 3);
    const firsts = await Promise.all(["A", "B", "C"].map((name) => s.queue.enqueue({ input: `${name}1` })));
    const firstEvents = await Promise.all(firsts.map(collect));
    const results = await Promise.all(firsts.map((job) => job.result()));
    const seconds = await Promise.all(["A", "B", "C"].map((name, index) => s.queue.enqueue({ input: `${name}2`, threadId: results[index]?.threadId as string })));
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
    await s.finish(started, model);
  });

  test("a turn refused by the model's rate limit before any item is put back, and runs after the delay", async () => {
    const model = await startScriptedModel(byPrompt({ R: onFirstAsk(fail(429, "Rate limit reached for gpt-5.5. Please try again in 0.5s."), message("after the limit")).entry }));
    const started = await s.fresh("ratelimit", model, 1, { rateLimitDelayMs: 500 });
    const job = await s.queue.enqueue({ input: "R" });
    const turn = await job.result();
    assert.equal(turn.finalResponse, "after the limit");
    const events = await collect(job);
    assert.deepEqual(events.find((event) => event.type === "turn.requeued"), { type: "turn.requeued", reason: "rate_limited", delay_ms: 500 });
    assert.ok(!events.some((event) => event.type === "turn.failed"));
    await s.finish(started, model);
  });

  test("a rate limit after a command ran is not put back: the turn fails, its command is not run twice", async () => {
    const dir = workspace();
    const marker = path.join(dir, "marker");
    const model = await startScriptedModel(byPrompt({ C: { first: shell(`echo run >> ${marker}`), then: fail(429, "Rate limit reached") } }));
    const started = await s.fresh("ratelimit-after", model, 1, { rateLimitDelayMs: 100 });
    const job = await s.queue.enqueue({ input: "C", threadOptions: { sandboxMode: "danger-full-access", approvalPolicy: "never" } });
    await assert.rejects(job.result(), (error: unknown) => error instanceof CodexTurnFailedError && /429/.test(error.message));
    assert.equal(readFileSync(marker, "utf8"), "run\n");
    assert.ok(!(await collect(job)).some((event) => event.type === "turn.requeued"));
    await s.finish(started, model);
  });

  test("drain: \"finish\" lets the running turn end on the closing worker; structured output goes through the queue", async () => {
    const structured = onFirstAsk(delay(300, message('{"verdict":"ok"}')));
    const model = await startScriptedModel(byPrompt({ S: structured.entry }));
    const started = await s.fresh("finish", model, 1, { drain: "finish" });
    const schema = { type: "object", properties: { verdict: { type: "string" } }, required: ["verdict"], additionalProperties: false };
    const job = await s.queue.enqueue({ input: "S", turnOptions: { outputSchema: schema } });
    await structured.asked;
    const [worker] = started;
    assert.ok(worker);
    await stopWorker(worker);
    const turn = await job.result();
    assert.deepEqual(turn.output, { verdict: "ok" });
    assert.equal(turn.attempts, 1, "finished where it started");
    const request = model.requests.find((candidate) => lastUserText(candidate) === "S");
    assert.deepEqual((request?.text as { format?: { schema?: unknown } } | undefined)?.format?.schema, schema);
    await s.finish([], model);
  });

  test("a queue-wide limiter spaces the starts of turns across the queue, whatever the workers' concurrency", async () => {
    const model = await startScriptedModel(byPrompt({ L1: { first: message("1") }, L2: { first: message("2") }, L3: { first: message("3") } }));
    const started = await s.fresh("limiter", model, 1, { concurrency: 3, limiter: { max: 1, duration: 700 } });
    const jobs = await Promise.all(["L1", "L2", "L3"].map((input) => s.queue.enqueue({ input })));
    await Promise.all(jobs.map((job) => job.result()));
    // When BullMQ handed each job to the worker (processedOn): the limiter decides that moment.
    const raw = new Queue("limiter", { connection: s.redis.connection, prefix: "codex-sdk:limiter:bull" });
    const starts = (await Promise.all(jobs.map(async (job) => (await raw.getJob(job.id))?.processedOn ?? 0))).sort((a, b) => a - b);
    await raw.close();
    for (let n = 1; n < starts.length; n += 1) assert.ok((starts[n] ?? 0) - (starts[n - 1] ?? 0) >= 690, `starts ${starts.join(", ")} are 700 ms apart`);
    await s.finish(started, model);
  });

  test("the same idempotency key twice: one job, one run, one result", async () => {
    const model = await startScriptedModel(byPrompt({ I: { first: delay(200, message("once")) } }));
    const started = await s.fresh("idem", model, 2);
    const one = await s.queue.enqueue({ input: "I", idempotencyKey: "pr-812-fix" });
    const two = await s.queue.enqueue({ input: "I", idempotencyKey: "pr-812-fix" });
    assert.equal(one.id, two.id);
    const [a, b] = await Promise.all([one.result(), two.result()]);
    assert.deepEqual(a, b);
    const three = await s.queue.enqueue({ input: "I", idempotencyKey: "pr-812-fix" });
    assert.equal((await three.result()).finalResponse, "once");
    assert.equal(model.requests.filter((request) => lastUserText(request) === "I").length, 1);
    await s.finish(started, model);
  });

  test("five turns of one thread across three workers run one at a time, in the order enqueued", async () => {
    const table: Record<string, { first: ScriptedResponse }> = { T0: { first: message("answer T0") } };
    for (let n = 1; n <= 5; n += 1) table[`T${n}`] = { first: delay(150, message(`answer T${n}`)) };
    const model = await startScriptedModel(byPrompt(table));
    const started = await s.fresh("order", model, 3);
    const { threadId } = await (await s.queue.enqueue({ input: "T0" })).result();
    const jobs: TurnJob[] = [];
    for (let n = 1; n <= 5; n += 1) jobs.push(await s.queue.enqueue({ input: `T${n}`, threadId }));
    const turns = await Promise.all(jobs.map((job) => job.result()));
    assert.deepEqual(turns.map((turn) => turn.finalResponse), ["answer T1", "answer T2", "answer T3", "answer T4", "answer T5"]);
    // Each turn's request carried every earlier answer: none ran beside another, none out of order.
    const prompts = model.requests.map(lastUserText);
    assert.deepEqual(prompts, ["T0", "T1", "T2", "T3", "T4", "T5"]);
    model.requests.forEach((request, index) => {
      const history = JSON.stringify(request.input);
      for (let earlier = 0; earlier < index; earlier += 1) assert.ok(history.includes(`answer T${earlier}`), `T${index} saw T${earlier}`);
    });
    assert.equal(await s.stateVersion("order", threadId), "6");
    await s.finish(started, model);
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
    const started = await s.fresh("git", model, 2);
    const gitWorkspace = { git: { url: origin, ref: "main" } };
    const threadOptions = { sandboxMode: "workspace-write" as const, approvalPolicy: "never" as const };
    const first = await s.queue.enqueue({ input: "WRITE", workspace: gitWorkspace, threadOptions });
    const firstTurn = await first.result();
    assert.ok(firstTurn.commit, "the result names the commit");
    assert.equal(git(origin, "rev-parse", `refs/codex/${firstTurn.threadId}`), firstTurn.commit);
    assert.equal(git(origin, "show", `${firstTurn.commit}:note.txt`), "hello");
    // The next turn runs on the other worker: the first one's is stopped.
    const ranFirst = (await collect(first)).find((event) => event.type === "turn.attempt");
    const firstWorker = started.find((worker) => ranFirst?.type === "turn.attempt" && worker.pid === ranFirst.worker.pid);
    assert.ok(firstWorker);
    await stopWorker(firstWorker);
    const second = await s.queue.enqueue({ input: "READ", threadId: firstTurn.threadId, workspace: gitWorkspace, threadOptions });
    const secondTurn = await second.result();
    const command = secondTurn.items.find((item) => item.type === "command_execution");
    assert.ok(command?.type === "command_execution" && command.aggregated_output.includes("hello") && command.aggregated_output.includes("seed"), JSON.stringify(command));
    assert.equal(secondTurn.commit, firstTurn.commit, "nothing changed: the same commit");
    await s.finish(started.filter((worker) => worker !== firstWorker), model);
  });

  test("bad input: options refused at enqueue as startThread refuses them; an unreachable Redis fails fast; a job of another format fails clearly", async () => {
    const model = await startScriptedModel(byPrompt({ OK: { first: message("still working") } }));
    const started = await s.fresh("bad", model, 1);
    const refusal = (() => {
      try {
        new Codex().startThread({ sandboxMode: "bogus" as "read-only" });
      } catch (error) {
        return error as Error;
      }
      return undefined;
    })();
    await assert.rejects(s.queue.enqueue({ input: "x", threadOptions: { sandboxMode: "bogus" as "read-only" } }), (error: unknown) => error instanceof CodexConfigError && error.message === refusal?.message);
    await assert.rejects(s.queue.enqueue({ input: "x", threadId: "-cnotify=[\"touch\",\"PWNED\"]" }), CodexConfigError);
    await assert.rejects(s.queue.enqueue({ input: "" }), CodexConfigError);
    await assert.rejects(s.queue.enqueue({ input: "x", workspace: { git: { url: "--upload-pack=touch PWNED" } } }), CodexConfigError);

    const nowhere = new TurnQueue({ connection: { host: "127.0.0.1", port: await freePort() }, connectTimeoutMs: 300 });
    const begun = performance.now();
    await assert.rejects(nowhere.enqueue({ input: "x" }), (error: unknown) => error instanceof CodexQueueError && /did not answer within 300 ms/.test(error.message));
    assert.ok(performance.now() - begun < 3000);
    await nowhere.close();

    const raw = new Queue("bad", { connection: s.redis.connection, prefix: "codex-sdk:bad:bull" });
    await raw.add("turn", { format: 99, input: "from the future" }, { jobId: "future-1" });
    await raw.close();
    await assert.rejects((await s.queue.job("future-1")).result(), (error: unknown) => error instanceof CodexQueueError && /incompatible version of codex-sdk/.test(error.message));
    // A job written straight into Redis, past the producer's checks: the worker checks it too.
    const forged = new Queue("bad", { connection: s.redis.connection, prefix: "codex-sdk:bad:bull" });
    await forged.add("turn", { format: 1, input: "OK", threadId: null, threadOptions: {}, turnOptions: {}, workspace: { git: { url: "ext::sh -c touch% PWNED" } }, onInterrupted: "fail", ticket: 0, enqueuedAt: Date.now(), retentionMs: 60_000 }, { jobId: "forged-1" });
    await forged.close();
    await assert.rejects((await s.queue.job("forged-1")).result(), (error: unknown) => error instanceof CodexConfigError && /git.url/.test(error.message));
    const forgedThread = new Queue("bad", { connection: s.redis.connection, prefix: "codex-sdk:bad:bull" });
    await forgedThread.add("turn", { format: 1, input: "OK", threadId: "-cnotify=x", threadOptions: {}, turnOptions: {}, workspace: null, onInterrupted: "fail", ticket: 0, enqueuedAt: Date.now(), retentionMs: 60_000 }, { jobId: "forged-2" });
    await forgedThread.close();
    await assert.rejects((await s.queue.job("forged-2")).result(), (error: unknown) => error instanceof CodexConfigError && /threadId/.test(error.message));
    assert.equal((await (await s.queue.enqueue({ input: "OK" })).result()).finalResponse, "still working", "the worker carries on");
    await assert.rejects(s.queue.job("no-such-job"), CodexQueueError);
    await s.finish(started, model);
  });

  test("queue.thread(): run() and runStreamed() as on Thread, through a worker in this process; telemetry names the attempt", async () => {
    const model = await startScriptedModel(byPrompt({ one: { first: delay(50, message("first")) }, two: { first: message("second") }, three: { first: message("third") } }));
    s.queue = new TurnQueue({ connection: s.redis.connection, name: "facade" });
    const stateDir = workspace();
    const worker = new TurnWorker({ connection: s.redis.connection, name: "facade", stateDir, codex: model.codexOptions({ transport: "exec" }), ...TIMING });
    const seen: unknown[] = [];
    const listener = (message: unknown): void => {
      seen.push(message);
    };
    diagnostics_channel.subscribe(QUEUE_ATTEMPT_CHANNEL, listener);
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    const instrumentation = instrumentCodex({ tracerProvider: provider });
    try {
      const thread = s.queue.thread();
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
      await s.queue.close();
      await model.close();
    }
  });

  test("a late publish is refused: the compare-and-set on the owner token and the thread's version", async () => {
    const keys = { owner: "k:owner", open: "k:open", outcome: "k:outcome", events: "k:events", pending: "k:pending", lease: "k:lease", state: "k:state", rollout: "k:rollout" };
    const end = (token: string, version: string, length: string) =>
      s.client.eval(END_ATTEMPT, 8, ...Object.values(keys), token, "job", "commit", "{}", "{}", 60_000, version, length, "more", "sessions/r.jsonl", "");
    await s.client.set(keys.owner, "stale-token-of-paused-worker");
    await s.client.set(keys.owner, "new-owner");
    assert.equal(await end("stale-token-of-paused-worker", "0", "0"), "fenced");
    assert.equal(await s.client.exists(keys.state), 0);
    assert.equal(await end("new-owner", "3", "0"), "conflict", "a version another attempt moved on");
    assert.equal(await end("new-owner", "0", "0"), "ok");
    assert.equal(await s.client.hget(keys.state, "version"), "1");
    assert.equal(await s.client.get(keys.rollout), "more");
    await s.client.set(keys.owner, "new-owner");
    assert.equal(await end("new-owner", "1", "4"), "fenced", "a job has one outcome");
  });

  test("the API's edges, with a worker in this process: a shared path, a thread the queue never ran, zod output, a streamed turn aborted, a finish drain that runs out of time", async () => {
    const long = onFirstAsk(delay(60_000, message("never")), message("later"));
    const model = await startScriptedModel(byPrompt({ PATH: { first: shell("pwd") , then: message('{"n":1}') }, ABORT: { first: delay(60_000, message("never")) }, SLOWER: { first: delay(60_000, message("never")) }, LONG: long.entry }));
    s.queue = new TurnQueue({ connection: s.redis.connection, name: "edges" });
    const shared = workspace();
    const options = { connection: s.redis.connection, name: "edges", codex: model.codexOptions({ transport: "app-server" }), ...TIMING };
    const worker = new TurnWorker({ ...options, stateDir: workspace() });
    try {
      await worker.ready();
      await worker.ready();
      const thread = s.queue.thread(undefined, { workspace: { path: shared }, threadOptions: { sandboxMode: "read-only" } });
      const turn = await thread.run("PATH", { outputSchema: z.object({ n: z.number() }) });
      assert.deepEqual(turn.output, { n: 1 });
      const command = turn.items.find((item) => item.type === "command_execution");
      assert.ok(command?.type === "command_execution" && command.aggregated_output.includes(shared), "the turn ran in the shared directory");
      const done = await s.queue.job((await s.queue.enqueue({ input: "PATH", threadId: turn.threadId, idempotencyKey: "edges-1" })).id);
      await done.result();
      await done.cancel("too late");
      assert.equal((await collect(done)).at(-1)?.type, "turn.completed", "a finished job stays finished");

      await assert.rejects((await s.queue.enqueue({ input: "x", threadId: "0199a213-81c0-7800-8aa1-bbab2a035a53" })).result(), (error: unknown) => error instanceof CodexQueueError && /no published turn/.test(error.message));

      const timedOut = await s.queue.enqueue({ input: "SLOWER", turnOptions: { turnTimeoutMs: 300 } });
      await assert.rejects(timedOut.result(), (error: unknown) => error instanceof CodexError && error.code === "CODEX_TIMEOUT" && /turnTimeoutMs \(300 ms\)/.test(error.message));

      // A failure's message names what failed, never a password in the repository's URL.
      const secretUrl = { git: { url: "http://codex:s3cr3t-pass@127.0.0.1:1/app.git" } };
      const unreachable = await s.queue.enqueue({ input: "PATH", workspace: secretUrl });
      await assert.rejects(unreachable.result(), (error: unknown) => error instanceof Error && /127\.0\.0\.1:1/.test(error.message) && !error.message.includes("s3cr3t-pass"));
      assert.ok(!JSON.stringify(await collect(unreachable)).includes("s3cr3t-pass"));

      const controller = new AbortController();
      const { events } = await s.queue.thread().runStreamed("ABORT", { signal: controller.signal });
      const seen: string[] = [];
      for await (const event of events) {
        seen.push(event.type);
        if (event.type === "turn.started") controller.abort();
      }
      assert.equal(seen.at(-1), "turn.cancelled");

      const job = await s.queue.enqueue({ input: "LONG" });
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
      await s.queue.close();
      await assert.rejects(s.queue.enqueue({ input: "x" }), /closed/);
      await model.close();
    }
  });
});

