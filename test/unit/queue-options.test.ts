import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { CodexConfigError } from "../../src/index.js";
import { CodexQueueError, TurnQueue, TurnWorker, type QueueWorkspace, type TurnRequest, type TurnWorkerOptions } from "../../src/queue/index.js";
import { readJobData } from "../../src/queue/records.js";
import { restoreRollout } from "../../src/queue/thread-state.js";
import { checkWorkspace } from "../../src/queue/workspace.js";
import { failureKind, hasSideEffects, waitNamedIn as retryAfterMs } from "../../src/failure-kind.js";

const isRateLimit = (message: string): boolean => failureKind(message) === "rate_limit";
import { connect, disconnect } from "../../src/queue/redis.js";

/** Options are checked before anything reaches Redis: a queue that can reach none refuses them all the same. */
const nowhere = { host: "127.0.0.1", port: 1 };

describe("codex-sdk/queue: options refused up front, each naming its field", () => {
  test("TurnQueue and TurnWorker options", () => {
    const bad: [() => unknown, RegExp][] = [
      [() => new TurnQueue(undefined as unknown as { connection: typeof nowhere }), /options are required/],
      [() => new TurnQueue({} as { connection: typeof nowhere }), /connection/],
      [() => new TurnQueue({ connection: nowhere, name: "a:b" }), /name: letters/],
      [() => new TurnQueue({ connection: nowhere, connectTimeoutMs: 0 }), /connectTimeoutMs/],
      [() => new TurnQueue({ connection: nowhere, retentionMs: 1.5 }), /retentionMs/],
      [() => new TurnWorker({ connection: nowhere, stateDir: "relative" }), /stateDir/],
      [() => new TurnWorker({ connection: nowhere, stateDir: "/tmp", concurrency: 0 }), /concurrency/],
      [() => new TurnWorker({ connection: nowhere, stateDir: "/tmp", lockDuration: -1 }), /lockDuration/],
      [() => new TurnWorker({ connection: nowhere, stateDir: "/tmp", codex: { transport: "nope" } as unknown as NonNullable<TurnWorkerOptions["codex"]> }), /transport/],
    ];
    for (const [make, message] of bad) assert.throws(make, (error: unknown) => error instanceof CodexConfigError && message.test(error.message), String(message));
  });

  test("enqueue() and thread() refuse a bad request before they need Redis", async () => {
    const queue = new TurnQueue({ connection: nowhere, connectTimeoutMs: 100 });
    const requests: [unknown, RegExp][] = [
      [null, /an object with the turn's input/],
      [{ input: "x", turnOptions: { signal: AbortSignal.abort() } }, /signal/],
      [{ input: "x", onInterrupted: "sometimes" }, /onInterrupted/],
      [{ input: "x", idempotencyKey: "" }, /idempotencyKey/],
      [{ input: "x", workspace: null }, /workspace/],
      [{ input: "x", workspace: {} }, /workspace/],
      [{ input: "x", workspace: { path: "relative/dir" } }, /workspace.path/],
      [{ input: "x", workspace: { git: { url: "ext::sh -c touch% PWNED" } } }, /git.url/],
      [{ input: "x", workspace: { git: { url: "/srv/app.git", ref: "--upload-pack=x" } } }, /git.ref/],
      [{ input: "x", workspace: { git: { url: "/srv/app.git", ref: "a..b" } } }, /git.ref/],
    ];
    for (const [request, message] of requests) {
      await assert.rejects(queue.enqueue(request as TurnRequest), (error: unknown) => error instanceof CodexConfigError && message.test(error.message), String(message));
    }
    await assert.rejects(queue.job(""), CodexConfigError);
    assert.throws(() => queue.thread("-x"), CodexConfigError);
    assert.throws(() => queue.thread(undefined, { threadOptions: { sandboxMode: "nope" as "read-only" } }), CodexConfigError);
    await assert.rejects(queue.thread().run("x", { toJsonSchema: () => ({}) }), /toJsonSchema/);
    await queue.close();
    await queue.close();
  });

  test("the rate-limit rules: what counts as one, the wait it names, and which items a second run would repeat", () => {
    assert.ok(isRateLimit("exceeded retry limit, last status: 429 Too Many Requests"));
    assert.ok(isRateLimit("Rate limit reached for gpt-5.5"));
    assert.ok(!isRateLimit("stream disconnected before completion"));
    assert.equal(retryAfterMs("Please try again in 1.5s."), 1500);
    assert.equal(retryAfterMs("Please try again in 250ms."), 250);
    assert.equal(retryAfterMs("retry after 2 s"), 2000);
    assert.equal(retryAfterMs("no hint here"), undefined);
    for (const type of ["command_execution", "file_change", "mcp_tool_call"]) assert.ok(hasSideEffects({ type } as Parameters<typeof hasSideEffects>[0]), type);
    for (const type of ["agent_message", "reasoning", "web_search", "todo_list"]) assert.ok(!hasSideEffects({ type } as Parameters<typeof hasSideEffects>[0]), type);
  });

  test("a job not written by this SDK's format is refused with a clear error; a workspace of neither kind too", () => {
    for (const data of [null, "text", { format: 2 }]) {
      assert.throws(() => readJobData(data), (error: unknown) => error instanceof CodexQueueError && /incompatible version of codex-sdk/.test(error.message));
    }
    assert.throws(() => checkWorkspace({ git: null } as unknown as QueueWorkspace), /git.url/);
  });

  test("a stored rollout path that would leave the home's sessions is refused; a rollout's is written there", async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), "codex-sdk-home-"));
    const state = (rolloutPath: string) => ({ version: "1", rolloutPath, rollout: Buffer.from("{}\n"), commit: undefined });
    for (const bad of ["../../escaped.jsonl", "/tmp/escaped.jsonl", "sessions/../../escaped.jsonl", "sessions/2026/x.jsonl"]) {
      await assert.rejects(restoreRollout(home, state(bad)), (error: unknown) => error instanceof CodexQueueError && /not a rollout under sessions/.test(error.message), bad);
    }
    await restoreRollout(home, state("sessions/2026/12/03/rollout-2026-12-03T19-48-12-01a23d6d.jsonl"));
    assert.equal(readFileSync(path.join(home, "sessions/2026/12/03/rollout-2026-12-03T19-48-12-01a23d6d.jsonl"), "utf8"), "{}\n");
    assert.deepEqual(readdirSync(path.dirname(home)).filter((name) => name === "escaped.jsonl"), []);
  });

  test("a worker with only the required options starts and closes without Redis", async () => {
    const worker = new TurnWorker({ connection: nowhere, stateDir: "/tmp", connectTimeoutMs: 50 });
    await assert.rejects(worker.ready(), CodexQueueError);
    await worker.close();
    assert.equal(worker.running, 0);
  });

  test("connection defaults: 127.0.0.1:6379", async () => {
    const client = connect({});
    client.on("error", () => {});
    assert.deepEqual([client.options.host, client.options.port], ["127.0.0.1", 6379]);
    await disconnect(client);
  });

  test("connection options reach ioredis; a client that never connected stops trying at once", async () => {
    const client = connect({ host: "127.0.0.1", port: 1, username: "u", password: "p", db: 3, tls: { rejectUnauthorized: true } });
    client.on("error", () => {});
    assert.deepEqual([client.options.username, client.options.password, client.options.db, client.options.maxRetriesPerRequest], ["u", "p", 3, null]);
    await disconnect(client);
    assert.notEqual(client.status, "ready");
    // "end" may already have come (then the status says so).
    if (client.status !== "end") await new Promise((resolve) => client.once("end", resolve));
    await disconnect(client);
  });
});
