import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, test } from "node:test";
import { Codex, CodexAbortError, CodexConfigError } from "../../src/index.js";
import { parseEvent } from "../../src/exec/parse-event.js";
import { InvalidEventError } from "../../src/json-checks.js";
import { TurnQueue } from "../../src/turn/turn-queue.js";
import { SDK_VERSION } from "../../src/version.js";
import { fakeCodex, lines, THREAD_STARTED } from "../helpers/fake-codex.js";
import { COMPLETE, fakeAppServer, readRecordLines, recordFile } from "../helpers/fake-app-server.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";

afterEach(() => assertNoProcessesLeft());

/** Smaller pieces shared by both transports, and the option checks. */

describe("options are checked when given", () => {
  test("the transport's own options", () => {
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ transport: "ssh" }, /CodexOptions.transport must be one of "exec", "app-server"/],
      [{ transport: "app-server", onApproval: "accept" }, /CodexOptions.onApproval must be a function/],
      [{ approvalTimeoutMs: 0 }, /CodexOptions.approvalTimeoutMs must be a positive integer/],
      [{ requestTimeoutMs: 1.5 }, /CodexOptions.requestTimeoutMs must be a positive integer/],
      [{ maxRestarts: -1 }, /CodexOptions.maxRestarts must be a non-negative integer/],
      [{ maxRequestsInFlight: "8" }, /CodexOptions.maxRequestsInFlight must be a positive integer/],
      [{ env: { A: 1 } }, /CodexOptions.env.A must be a string/],
    ];
    for (const [options, message] of bad) assert.throws(() => new Codex(options as never), (error: unknown) => error instanceof CodexConfigError && message.test(error.message), JSON.stringify(options));
    const codex = new Codex({ transport: "app-server" });
    assert.throws(() => codex.startThread({ approvalTimeoutMs: -5 }), /ThreadOptions.approvalTimeoutMs must be a positive integer/);
    assert.throws(() => codex.startThread({ onApproval: 42 as never }), /ThreadOptions.onApproval must be a function/);
  });
});

describe("the SDK's version", () => {
  test("is package.json's, as the app-server's client info and the tracer report it", () => {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    assert.equal(SDK_VERSION, pkg.version);
  });
});

describe("exec event validation", () => {
  test("items of a wrong shape name the field", () => {
    const cases: [unknown, RegExp][] = [
      [{ type: "item.completed", item: { id: "t", type: "todo_list", items: [1] } }, /"items" holds a non-object/],
      [{ type: "item.completed", item: { id: "t", type: "todo_list", items: [{ text: "a", completed: "yes" }] } }, /"completed" must be a boolean/],
      [{ type: "item.completed", item: { id: "e", type: "error" } }, /error item: "message" must be a string/],
      [{ type: "item.completed", item: { id: "c", type: "collab_tool_call", tool: "x" } }, /"status" must be a string/],
      [{ type: "item.completed", item: { id: "x", type: 7 } }, /item has no string "type"/],
      [{ type: 7 }, /event has no string "type"/],
      [[1], /not a JSON object/],
    ];
    for (const [event, message] of cases) {
      assert.throws(() => parseEvent(JSON.stringify(event)), (error: unknown) => error instanceof InvalidEventError && message.test(error.message), JSON.stringify(event));
    }
  });
});

describe("the turn queue", () => {
  test("an aborted signal never waits; a signal aborted while waiting leaves the line; close rejects the rest", async () => {
    const queue = new TurnQueue(1);
    const release = await queue.acquire(undefined);
    await assert.rejects(queue.acquire(AbortSignal.abort()), CodexAbortError);
    const controller = new AbortController();
    const waiting = queue.acquire(controller.signal);
    const behind = queue.acquire(undefined);
    controller.abort("changed my mind");
    await assert.rejects(waiting, (error: unknown) => error instanceof CodexAbortError && /while waiting to start/.test(error.message));
    release();
    const next = await behind;
    next();
    next(); // a second release is a no-op
    const third = await queue.acquire(undefined);
    const fourth = queue.acquire(undefined);
    queue.close(new CodexAbortError("closing"));
    await assert.rejects(fourth, /closing/);
    await assert.rejects(queue.acquire(undefined), /closing/);
    third();
  });
});

describe("runStreamed's generator", () => {
  test("throw() ends the turn and rethrows; a second return() is harmless; next() after the end is done", async () => {
    const { events } = await fakeCodex({ steps: [lines(THREAD_STARTED), { hang: true }] }).startThread().runStreamed("x");
    assert.equal((await events.next()).value?.type, "thread.started");
    await assert.rejects(events.throw(new Error("consumer gave up")), /consumer gave up/);
    assert.deepEqual(await events.return(undefined), { done: true, value: undefined });
    assert.deepEqual(await events.next(), { done: true, value: undefined });
  });

  test("return() before the first next() starts nothing", async () => {
    const record = recordFile();
    await using codex = fakeAppServer({ record });
    const { events } = await codex.startThread().runStreamed("x");
    await events.return(undefined);
    assert.deepEqual(readRecordLines(record), [], "the app-server was never started");
  });
});

describe("app-server: thread options reach thread/start; fork and resume open the thread their way", () => {
  test("options as params and per-thread config", async () => {
    const record = recordFile();
    const work = mkdtempSync(path.join(os.tmpdir(), "codex-sdk-work-"));
    const extra = mkdtempSync(path.join(os.tmpdir(), "codex-sdk-extra-"));
    await using codex = fakeAppServer({ record, turns: [[COMPLETE], [COMPLETE], [COMPLETE]] });
    // codex app-server 0.169 refuses a profile in a thread's config ("legacy profile config is no longer supported").
    assert.throws(() => codex.startThread({ profile: "fast" }), (error: unknown) => error instanceof CodexConfigError && /profile cannot be expressed over the app-server/.test(error.message));
    await codex
      .startThread({
        model: "gpt-5.5",
        workingDirectory: work,
        sandboxMode: "workspace-write",
        approvalPolicy: "never",
        ephemeral: true,
        threadSource: "unit-test",
        modelReasoningEffort: "low",
        networkAccessEnabled: false,
        webSearchEnabled: true,
        additionalDirectories: [extra],
        enableFeatures: ["a"],
        disableFeatures: ["b"],
        skipGitRepoCheck: true,
      })
      .run("go");
    await codex.resumeThread("thread-1", { webSearchMode: "cached" }).run("again");
    await codex.forkThread("thread-1").run("forked");
    const opened = readRecordLines(record).filter((message) => String(message.method).startsWith("thread/"));
    assert.deepEqual(opened.map((message) => message.method), ["thread/start", "thread/resume", "thread/read", "thread/fork"]);
    const start = opened[0]?.params as Record<string, unknown>;
    const config = start.config as Record<string, unknown>;
    assert.deepEqual(
      { model: start.model, cwd: start.cwd, sandbox: start.sandbox, approvalPolicy: start.approvalPolicy, ephemeral: start.ephemeral, threadSource: start.threadSource },
      { model: "gpt-5.5", cwd: work, sandbox: "workspace-write", approvalPolicy: "never", ephemeral: true, threadSource: "unit-test" },
    );
    assert.equal(config.model_reasoning_effort, "low");
    assert.equal(config["sandbox_workspace_write.network_access"], false);
    assert.equal(config.web_search, "live");
    assert.deepEqual(config["sandbox_workspace_write.writable_roots"], [extra]);
    assert.equal(config.profile, undefined);
    assert.equal(config["features.a"], true);
    assert.equal(config["features.b"], false);
    assert.match(String(config["shell_environment_policy.set.CODEX_SDK_THREAD"]), /^[0-9a-f-]{36}$/);
    assert.equal((opened[1]?.params as { config: Record<string, unknown> }).config.web_search, "cached");
    const fork = opened[3]?.params as { threadId: string; model?: string };
    assert.deepEqual([fork.threadId, fork.model], ["thread-1", "gpt-fake"], "a fork keeps the original's model");
  });
});
