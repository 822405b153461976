import "../helpers/leaks.js";
import assert from "node:assert/strict";
import diagnostics_channel from "node:diagnostics_channel";
import { inspect } from "node:util";
import { afterEach, describe, test } from "node:test";
import {
  Codex,
  CodexAbortError,
  CodexExitError,
  CodexNoActiveTurnError,
  CodexParseError,
  CodexRpcError,
  CodexSpawnError,
  CodexTimeoutError,
  CodexTurnFailedError,
  CodexUnsupportedError,
  type ApprovalRequest,
  type ThreadEvent,
} from "../../src/index.js";
import { APP_SERVER_DROPPED_CHANNEL } from "../../src/app-server/telemetry.js";
import { fakeCodex, simpleTurn } from "../helpers/fake-codex.js";
import {
  agentMessage,
  collectTurn,
  COMPLETE,
  fakeAppServer,
  itemCompleted,
  itemStarted,
  notify,
  readRecordLines,
  recordFile,
  type FakeTurnStep,
} from "../helpers/fake-app-server.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";
import { pollUntil } from "../helpers/poll.js";
import { TurnRecorder } from "../helpers/telemetry.js";

afterEach(() => assertNoProcessesLeft());

const USAGE_TOTAL = { totalTokens: 15, inputTokens: 10, cachedInputTokens: 2, cacheWriteInputTokens: 0, outputTokens: 5, reasoningOutputTokens: 1 };

describe("app-server: notifications become the events exec prints", () => {
  test("items, deltas, plan and usage", async () => {
    const command = { type: "commandExecution", id: "call_1", command: "/bin/bash -lc ls", cwd: "/w", commandActions: [], status: "inProgress", aggregatedOutput: null, exitCode: null };
    await using codex = fakeAppServer({
      turns: [
        [
          notify("turn/plan/updated", { plan: [{ step: "look", status: "inProgress" }] }),
          itemStarted({ type: "userMessage", id: "u1", content: [] }),
          itemStarted(command),
          notify("item/commandExecution/outputDelta", { itemId: "call_1", delta: "a.txt\n" }),
          itemCompleted({ ...command, status: "completed", aggregatedOutput: "a.txt\n", exitCode: 0 }),
          notify("turn/plan/updated", { plan: [{ step: "look", status: "completed" }] }),
          itemStarted(agentMessage("")),
          notify("item/agentMessage/delta", { itemId: "msg_1", delta: "Do" }),
          notify("item/agentMessage/delta", { itemId: "msg_1", delta: "ne" }),
          itemCompleted(agentMessage("Done")),
          itemCompleted({ type: "contextCompaction", id: "cc_1" }),
          notify("thread/tokenUsage/updated", { tokenUsage: { total: USAGE_TOTAL, last: USAGE_TOTAL } }),
          COMPLETE,
        ],
        [itemCompleted(agentMessage("again")), COMPLETE],
      ],
    });
    const thread = codex.startThread();
    const { events } = await thread.runStreamed("go");
    const seen: ThreadEvent[] = [];
    for await (const event of events) seen.push(event);
    const types = seen.map((event) => ("item" in event ? `${event.type}:${event.item.type}` : event.type));
    assert.deepEqual(types, [
      "thread.started",
      "turn.started",
      "item.started:todo_list",
      "item.started:command_execution",
      "item.delta",
      "item.completed:command_execution",
      "item.updated:todo_list",
      "item.delta",
      "item.delta",
      "item.completed:agent_message",
      "item.completed:app_server_item",
      "item.completed:todo_list",
      "turn.completed",
    ]);
    assert.deepEqual(seen[0], { type: "thread.started", thread_id: "thread-1" });
    assert.deepEqual(seen[5], {
      type: "item.completed",
      item: { id: "call_1", type: "command_execution", command: "/bin/bash -lc ls", aggregated_output: "a.txt\n", exit_code: 0, status: "completed" },
    });
    assert.deepEqual(seen[3], {
      type: "item.started",
      item: { id: "call_1", type: "command_execution", command: "/bin/bash -lc ls", aggregated_output: "", exit_code: null, status: "in_progress" },
    });
    assert.deepEqual(seen[7], { type: "item.delta", item_id: "msg_1", item_type: "agent_message", delta: "Do" });
    assert.deepEqual(seen[11], { type: "item.completed", item: { id: `plan_turn-1`, type: "todo_list", items: [{ text: "look", completed: true }] } });
    assert.deepEqual(seen.at(-1), {
      type: "turn.completed",
      usage: { input_tokens: 10, cached_input_tokens: 2, cache_write_input_tokens: 0, output_tokens: 5, reasoning_output_tokens: 1 },
      // A new thread: the turn's own usage is the whole total.
      turn_usage: { input_tokens: 10, cached_input_tokens: 2, cache_write_input_tokens: 0, output_tokens: 5, reasoning_output_tokens: 1 },
    });
    // run() ignores deltas; items come from item/completed.
    const turn = await thread.run("again");
    assert.equal(turn.finalResponse, "again");
    assert.deepEqual(turn.items, [{ id: "msg_1", type: "agent_message", text: "again" }]);
    assert.equal(thread.id, "thread-1");
  });
});

describe("app-server framing traps", () => {
  test("U+2028 and U+2029 inside a JSON string do not split the message", async () => {
    const text = "line\u2028separator\u2029paragraph";
    await using codex = fakeAppServer({ turns: [[itemCompleted(agentMessage(text)), COMPLETE]] });
    assert.equal((await codex.startThread().run("go")).finalResponse, text);
  });

  test("a multi-byte character split across two writes is decoded intact", async () => {
    const text = "naïve — 完成 🎉";
    const line = Buffer.from(`${JSON.stringify({ method: "item/completed", params: { threadId: "thread-1", turnId: "turn-1", item: agentMessage(text) } })}\n`);
    const cut = line.indexOf(Buffer.from("🎉")) + 2;
    await using codex = fakeAppServer({
      turns: [[{ rawBase64: line.subarray(0, cut).toString("base64") }, { rawBase64: line.subarray(cut).toString("base64") }, COMPLETE]],
    });
    assert.equal((await codex.startThread().run("go")).finalResponse, text);
  });

  test("an error that will be retried, then a completion: not a failure", async () => {
    await using codex = fakeAppServer({
      turns: [[notify("error", { error: { message: "Reconnecting... 2/5", codexErrorInfo: null }, willRetry: true }), itemCompleted(agentMessage("recovered")), COMPLETE]],
    });
    const { events, error } = await collectTurn(codex);
    assert.equal(error, undefined);
    assert.deepEqual(events.map((event) => event.type), ["thread.started", "turn.started", "error", "item.completed", "turn.completed"]);
  });

  test("turn/completed with status failed is turn.failed, and run() rejects with its message", async () => {
    const failed = [notify("error", { error: { message: "model said no", codexErrorInfo: null }, willRetry: false }), { complete: "failed", error: "model said no" }];
    await using codex = fakeAppServer({ turns: [failed, failed] });
    await assert.rejects(codex.startThread().run("go"), (error: unknown) => error instanceof CodexTurnFailedError && error.message === "model said no");
    const { events, error } = await collectTurn(codex);
    assert.equal(error, undefined);
    assert.deepEqual(events.at(-1), { type: "turn.failed", error: { message: "model said no" } });
  });

  test("a completed turn, then the app-server exits non-zero: the turn completed, and the next turn starts a new app-server", async () => {
    const recorder = new TurnRecorder();
    try {
      await using codex = fakeAppServer({ turns: [[itemCompleted(agentMessage("done")), COMPLETE, { exit: 3 }], [itemCompleted(agentMessage("next")), COMPLETE]] });
      const thread = codex.startThread();
      assert.equal((await thread.run("go")).finalResponse, "done");
      assert.equal((await thread.run("again")).finalResponse, "next");
      const [first, second] = recorder.starts;
      assert.equal(recorder.starts.length, 2, "a start the dead process never answered is not a turn of its own");
      assert.notEqual(first?.pid, second?.pid, "a fresh process served the second turn");
    } finally {
      recorder.close();
    }
  });
});

describe("app-server: bad output goes to what it concerns, and the stream goes on", () => {
  test("a line that is not JSON, naming no thread, is counted and dropped; the turn goes on", async () => {
    const dropped: unknown[] = [];
    const listener = (message: unknown): void => void dropped.push(message);
    diagnostics_channel.subscribe(APP_SERVER_DROPPED_CHANNEL, listener);
    try {
      await using codex = fakeAppServer({ turns: [[{ raw: "this is not json\n" }, { raw: '{"id":999,"result":{}}\n' }, itemCompleted(agentMessage("fine")), COMPLETE]] });
      assert.equal((await codex.startThread().run("go")).finalResponse, "fine");
      assert.deepEqual(
        dropped.map((message) => (message as { reason: string }).reason),
        ["codex app-server printed a line that is not JSON", "reply to an unknown request id"],
      );
    } finally {
      diagnostics_channel.unsubscribe(APP_SERVER_DROPPED_CHANNEL, listener);
    }
  });

  test("invalid UTF-8 in a message naming a thread fails that thread's turn; the process serves the next turn", async () => {
    const bad = Buffer.concat([Buffer.from('{"method":"item/completed","params":{"threadId":"thread-1","turnId":"turn-1","item":{"type":"agentMessage","id":"m","text":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}}}\n')]);
    const recorder = new TurnRecorder();
    try {
      await using codex = fakeAppServer({ turns: [[{ rawBase64: bad.toString("base64") }, { hang: true }], [itemCompleted(agentMessage("ok")), COMPLETE]] });
      const { error } = await collectTurn(codex);
      assert.ok(error instanceof CodexParseError, String(error));
      assert.match(error.message, /not valid UTF-8/);
      assert.equal((await codex.startThread().run("next")).finalResponse, "ok");
      assert.equal(recorder.starts[0]?.pid, recorder.starts[1]?.pid, "the same process");
    } finally {
      recorder.close();
    }
  });

  test("a line over maxLineBytes fails the turn it names; the lines after it are read", async () => {
    const huge = JSON.stringify({ method: "item/completed", params: { threadId: "thread-1", turnId: "turn-1", item: agentMessage("x".repeat(100_000)) } });
    await using codex = fakeAppServer({ turns: [[{ raw: `${huge}\n` }, { hang: true }], [itemCompleted(agentMessage("after")), COMPLETE]] }, { maxLineBytes: 64 * 1024 });
    const { error } = await collectTurn(codex);
    assert.ok(error instanceof CodexParseError);
    assert.match(error.message, /longer than 65536 bytes/);
    assert.equal((await codex.startThread().run("next")).finalResponse, "after");
  });

  test("a known message with a wrong shape fails the turn with a clear error", async () => {
    await using codex = fakeAppServer({ turns: [[itemCompleted({ type: "agentMessage", id: "m", text: 42 }), { hang: true }]] });
    const { error } = await collectTurn(codex);
    assert.ok(error instanceof CodexParseError);
    assert.match(error.message, /invalid item\/completed: agentMessage item: "text" must be a string/);
  });
});

describe("app-server requests: timeouts, overload, exits", () => {
  test("-32001 (overloaded, no data) is retried with backoff; past the retries it is an error", async () => {
    const record = recordFile();
    {
      await using codex = fakeAppServer({ overload: { "thread/start": 2 }, record });
      assert.equal((await codex.startThread().run("go")).finalResponse, "");
    }
    assert.equal(readRecordLines(record).filter((message) => message.method === "thread/start").length, 3);
    await using refused = fakeAppServer({ overload: { "thread/start": 100 } });
    await assert.rejects(refused.startThread().run("go"), (error: unknown) => error instanceof CodexRpcError && error.rpcCode === -32001 && error.method === "thread/start");
  });

  test("a request waiting to be retried after -32001 when the app-server exits fails with the exit, not never", async () => {
    await using codex = fakeAppServer({ overload: { "thread/start": 1 }, exitAfterOverload: true });
    await assert.rejects(codex.startThread().run("go"), (error: unknown) => error instanceof CodexExitError && error.exitCode === 3);
  });

  test("a request that gets no answer times out after requestTimeoutMs", async () => {
    await using codex = fakeAppServer({ silent: ["turn/start"] }, { requestTimeoutMs: 300 });
    await assert.rejects(codex.startThread().run("go"), (error: unknown) => error instanceof CodexTimeoutError && error.kind === "request" && /turn\/start/.test(error.message));
  });

  test("start-up is not a request: an app-server slower to start than requestTimeoutMs still serves", async () => {
    await using codex = fakeAppServer({ initializeDelayMs: 300 }, { requestTimeoutMs: 50 });
    assert.equal((await codex.startThread().run("go")).finalResponse, "");
  });

  test("the app-server dying mid-turn fails the turn with its exit; the thread resumes on a new process", async () => {
    const record = recordFile();
    await using codex = fakeAppServer({ record, stderr: "fatal: scripted crash\n", turns: [[itemCompleted(agentMessage("partial")), { exit: 7 }], [itemCompleted(agentMessage("resumed")), COMPLETE]] });
    const thread = codex.startThread();
    const { events } = await thread.runStreamed("go");
    const seen: string[] = [];
    const error = await (async () => {
      try {
        for await (const event of events) seen.push(event.type);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    assert.ok(error instanceof CodexExitError);
    assert.equal(error.exitCode, 7);
    assert.match(error.stderr, /scripted crash/);
    assert.deepEqual(seen, ["thread.started", "turn.started", "item.completed"], "the events before the crash arrived");
    assert.equal((await thread.run("again")).finalResponse, "resumed");
    const methods = readRecordLines(record).map((message) => message.method);
    assert.deepEqual(methods.filter((method) => method === "thread/start" || method === "thread/resume"), ["thread/start", "thread/resume"]);
  });

  test("restarts are limited: beyond maxRestarts in restartWindowMs, calls fail at once with the last exit", async () => {
    await using codex = fakeAppServer({ turns: [[{ exit: 9 }], [{ exit: 9 }], [{ exit: 9 }]], stderr: "boom\n" }, { maxRestarts: 1, restartWindowMs: 60_000 });
    await assert.rejects(codex.startThread().run("1"), CodexExitError);
    await assert.rejects(codex.startThread().run("2"), CodexExitError);
    const startedAt = performance.now();
    await assert.rejects(codex.startThread().run("3"), (error: unknown) => error instanceof CodexExitError && /restarted 1 times in 60 s/.test(error.message) && /exited with code 9/.test(error.message));
    assert.ok(performance.now() - startedAt < 100, "failed fast");
  });

  test("secrets never appear in an app-server's exit error", async () => {
    const apiKey = "sk-app-server-secret-9876";
    await using codex = fakeAppServer({ stderr: `auth failed for ${apiKey}\n`, turns: [[{ exit: 1 }]] }, { apiKey });
    const error = await codex.startThread().run("go").then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof CodexExitError);
    for (const text of [error.message, error.stderr, inspect(error), inspect(codex, { showHidden: true, depth: 5 })]) {
      assert.ok(!text.includes(apiKey), `secret leaked in: ${text.slice(0, 200)}`);
    }
    assert.match(error.message, /\[REDACTED\]/);
  });
});

describe("app-server server requests: every kind is answered, never accepted by default", () => {
  const REQUESTS: [string, Record<string, unknown>][] = [
    ["item/commandExecution/requestApproval", { threadId: "$THREAD", turnId: "$TURN", itemId: "c1", startedAtMs: 0, command: "rm -rf /" }],
    ["item/fileChange/requestApproval", { threadId: "$THREAD", turnId: "$TURN", itemId: "f1", startedAtMs: 0 }],
    ["item/permissions/requestApproval", { threadId: "$THREAD", turnId: "$TURN", itemId: "p1", startedAtMs: 0, cwd: "/", permissions: {} }],
    ["item/tool/requestUserInput", { threadId: "$THREAD", turnId: "$TURN", itemId: "q1", isBlocking: true, questions: [{ id: "q", header: "Q", question: "Proceed?" }] }],
    ["mcpServer/elicitation/request", { threadId: "$THREAD", turnId: "$TURN", serverName: "s", mode: "url", message: "m", url: "http://x", elicitationId: "e" }],
    ["item/tool/call", { threadId: "$THREAD", turnId: "$TURN", callId: "t1", tool: "mine", arguments: {} }],
    ["account/chatgptAuthTokens/refresh", { reason: "unauthorized" }],
    ["attestation/generate", {}],
    ["applyPatchApproval", { conversationId: "$THREAD", callId: "a1", fileChanges: {} }],
    ["execCommandApproval", { conversationId: "$THREAD", callId: "e1", command: ["ls"], cwd: "/", parsedCmd: [] }],
    ["some/futureRequest", { threadId: "$THREAD" }],
  ];

  function replies(record: string): unknown[] {
    return readRecordLines(record)
      .filter((entry) => "reply" in entry)
      .map((entry) => {
        const reply = entry.reply as Record<string, unknown>;
        return "error" in reply ? { error: (reply.error as { code: number }).code } : reply.result;
      });
  }

  test("with no handler: the safe default for each kind, announced as approval events", async () => {
    const record = recordFile();
    await using codex = fakeAppServer({ record, turns: [[...REQUESTS.map(([request, params]) => ({ request, params })), COMPLETE]] });
    const { events, error } = await collectTurn(codex);
    assert.equal(error, undefined);
    assert.deepEqual(replies(record), [
      { decision: "decline" },
      { decision: "decline" },
      { permissions: {}, scope: "turn" },
      { answers: {} },
      { action: "decline" },
      { contentItems: [{ type: "inputText", text: "declined by codex-sdk (no handler decided)" }], success: false },
      { error: -32000 },
      { error: -32000 },
      { decision: { denied: { rejection: "declined by codex-sdk (no handler decided)" } } },
      { decision: { denied: { rejection: "declined by codex-sdk (no handler decided)" } } },
      { error: -32601 },
    ]);
    const requested = events.filter((event) => event.type === "approval.requested").map((event) => event.type === "approval.requested" && event.request.kind);
    // The account-wide ones name no thread: decided quietly, with no turn to show them to.
    assert.deepEqual(requested, ["command", "file_change", "permissions", "user_input", "mcp_elicitation", "dynamic_tool_call", "apply_patch_approval", "exec_command_approval"]);
    const resolved = events.filter((event) => event.type === "approval.resolved");
    assert.ok(resolved.every((event) => event.type === "approval.resolved" && event.decided_by === "default"));
  });

  test("a handler's decision, a throwing handler, a wrong decision and a slow one", async () => {
    const record = recordFile();
    const command = (id: string): Record<string, unknown> => ({ request: "item/commandExecution/requestApproval", params: { threadId: "$THREAD", turnId: "$TURN", itemId: id, startedAtMs: 0, command: id } });
    const seen: ApprovalRequest[] = [];
    await using codex = fakeAppServer(
      { record, turns: [[command("accept-me"), command("throw"), command("maybe"), command("slow"), COMPLETE]] },
      {
        approvalTimeoutMs: 200,
        onApproval: async (request, { signal }) => {
          seen.push(request);
          if (request.kind !== "command") return undefined;
          if (request.params.command === "accept-me") return request.decide("accept");
          if (request.params.command === "throw") throw new Error("handler bug");
          if (request.params.command === "maybe") return request.decide("maybe" as never);
          // Slow: never answers by itself; the SDK's timeout aborts the signal.
          await new Promise((resolve) => signal.addEventListener("abort", resolve));
          return request.decide("accept");
        },
      },
    );
    const { events, error } = await collectTurn(codex);
    assert.equal(error, undefined);
    assert.deepEqual(replies(record), [{ decision: "accept" }, { decision: "decline" }, { decision: "decline" }, { decision: "decline" }]);
    const decidedBy = events.flatMap((event) => (event.type === "approval.resolved" ? [event.decided_by] : []));
    assert.deepEqual(decidedBy, ["handler", "error", "error", "timeout"]);
    assert.equal(seen[0]?.threadId, "thread-1");
    assert.equal(seen[0]?.turnId, "turn-1");
  });
});

describe("exec rejects what needs the app-server", () => {
  test("steer, interrupt and onApproval name the transport they need", async () => {
    const codex = fakeCodex({ steps: [simpleTurn()] });
    const thread = codex.startThread();
    await assert.rejects(thread.steer("more"), (error: unknown) => error instanceof CodexUnsupportedError && error.requiredTransport === "app-server" && /transport: "app-server"/.test(error.message));
    await assert.rejects(thread.interrupt(), CodexUnsupportedError);
    assert.throws(() => new Codex({ onApproval: () => undefined }), CodexUnsupportedError);
    assert.throws(() => codex.startThread({ onApproval: () => undefined }), CodexUnsupportedError);
  });
});

describe("app-server: limits and the turn's options", () => {
  test("idleTimeoutMs: no notification for that long ends the turn, and it is interrupted on the app-server", async () => {
    const record = recordFile();
    await using codex = fakeAppServer({ record, turns: [[itemCompleted(agentMessage("then silence")), { hang: true }]] }, { idleTimeoutMs: 300 });
    const { events, error } = await collectTurn(codex);
    assert.ok(error instanceof CodexTimeoutError && error.kind === "idle", String(error));
    assert.equal(events.at(-1)?.type, "item.completed", "the events before the silence arrived");
    assert.deepEqual(readRecordLines(record).filter((message) => message.method === "turn/interrupt").map((message) => message.params), [{ threadId: "thread-1", turnId: "turn-1" }]);
  });

  test("maxConcurrentTurns holds back turns of other threads; an aborted signal starts nothing", async () => {
    const recorder = new TurnRecorder();
    try {
      await using codex = fakeAppServer({ turns: [[itemCompleted(agentMessage("1")), COMPLETE], [itemCompleted(agentMessage("2")), COMPLETE], [itemCompleted(agentMessage("3")), COMPLETE]] }, { maxConcurrentTurns: 1 });
      const answers = await Promise.all([1, 2, 3].map((n) => codex.startThread().run(`t${n}`).then((turn) => turn.finalResponse)));
      assert.deepEqual(answers.sort(), ["1", "2", "3"]);
      assert.equal(recorder.maxActive, 1);
      await assert.rejects(codex.startThread().run("never", { signal: AbortSignal.abort() }), { name: "AbortError" });
      assert.equal(recorder.starts.length, 3, "the aborted turn never started");
    } finally {
      recorder.close();
    }
  });

  test("interrupt() on a thread with no turn running does nothing; options exec alone has are refused by name", async () => {
    await using codex = fakeAppServer({});
    const thread = codex.startThread();
    await thread.interrupt();
    assert.throws(() => codex.startThread({ oss: true }), /oss cannot be expressed over the app-server transport \(it is a flag of codex exec\); use transport "exec" for it/);
    assert.throws(() => codex.startThread({ localProvider: "ollama" }), /localProvider cannot be expressed over the app-server transport/);
    assert.throws(() => codex.startThread({ approvalPolicy: "on-failure" }), /approvalPolicy "on-failure" cannot be expressed/);
    await assert.rejects(thread.run("x", { cyberAccessProgram: "standard" }), /cyberAccessProgram cannot be expressed/);
  });

  test("notifications for threads this Codex does not know are counted and dropped", async () => {
    const dropped: unknown[] = [];
    const listener = (message: unknown): void => void dropped.push(message);
    diagnostics_channel.subscribe(APP_SERVER_DROPPED_CHANNEL, listener);
    try {
      await using codex = fakeAppServer({ turns: [[{ notify: "item/completed", params: { threadId: "someone-else", turnId: "t", item: agentMessage("not ours") } }, itemCompleted(agentMessage("ours")), COMPLETE]] });
      assert.equal((await codex.startThread().run("go")).finalResponse, "ours");
      assert.deepEqual(dropped, [{ reason: "notification for an unknown thread", method: "item/completed" }]);
    } finally {
      diagnostics_channel.unsubscribe(APP_SERVER_DROPPED_CHANNEL, listener);
    }
  });
});

describe("app-server connection: odd messages and a stubborn process", () => {
  test("a missing executable is a CodexSpawnError naming the path", async () => {
    await using codex = new Codex({ transport: "app-server", codexPathOverride: "/nonexistent/codex" });
    await assert.rejects(codex.startThread().run("go"), (error: unknown) => error instanceof CodexSpawnError && error.errno === "ENOENT" && error.path === "/nonexistent/codex");
  });

  test("a reply that cannot be read rejects the request it answers; an error without a code is still an error", async () => {
    {
      await using codex = fakeAppServer({ rawReply: { "thread/start": '{"id":$ID,"result":{"thread":' } });
      await assert.rejects(codex.startThread().run("go"), (error: unknown) => error instanceof CodexParseError && /not JSON/.test(error.message));
    }
    await using codex = fakeAppServer({ rawReply: { "thread/start": '{"id":$ID,"error":{"message":"weird"}}' } });
    await assert.rejects(codex.startThread().run("go"), (error: unknown) => error instanceof CodexRpcError && error.rpcCode === 0 && /weird/.test(error.message));
  });

  test("messages of no known form are dropped, and the stream goes on", async () => {
    const dropped: string[] = [];
    const listener = (message: unknown): void => void dropped.push((message as { reason: string }).reason);
    diagnostics_channel.subscribe(APP_SERVER_DROPPED_CHANNEL, listener);
    try {
      const odd = ['{"method":"item/completed","params":[1]}', '{"id":{"x":1},"method":"item/tool/call","params":{}}', '{"neither":true}', "[1,2]"];
      await using codex = fakeAppServer({ turns: [[...odd.map((line) => ({ raw: `${line}\n` })), itemCompleted(agentMessage("fine")), COMPLETE]] });
      assert.equal((await codex.startThread().run("go")).finalResponse, "fine");
      assert.deepEqual(dropped, [
        "codex app-server sent item/completed with params that are not an object",
        "codex app-server sent item/tool/call with an id that is neither a string nor a number",
        "codex app-server sent a message that is neither a request, a reply nor a notification",
        "codex app-server printed a message that is not a JSON object",
      ]);
    } finally {
      diagnostics_channel.unsubscribe(APP_SERVER_DROPPED_CHANNEL, listener);
    }
  });

  test("close() escalates: an app-server that ignores end of input and SIGTERM is killed after killGraceMs twice", async () => {
    const recorder = new TurnRecorder();
    try {
      const codex = fakeAppServer({ ignoreEof: true, ignoreSigterm: true }, { killGraceMs: 200 });
      await codex.startThread().run("go");
      const startedAt = performance.now();
      await codex.close();
      const took = performance.now() - startedAt;
      assert.ok(took >= 400, `close() took ${Math.round(took)} ms`);
      const pid = recorder.starts[0]?.pid ?? 0;
      assert.throws(() => process.kill(pid, 0), /ESRCH/);
    } finally {
      recorder.close();
    }
  });
});

describe("app-server management requests (fake app-server)", () => {
  test("listThreads sends every filter; paged lists are read to the end", async () => {
    const record = recordFile();
    const thread = (id: string) => ({ id, preview: id, source: "vscode", turns: [] });
    await using codex = fakeAppServer({
      record,
      replies: {
        "thread/list": [{ data: [thread("a")], nextCursor: null }],
        "model/list": [{ data: [{ id: "m1" }], nextCursor: "next" }, { data: [{ id: "m2" }], nextCursor: null }],
        "mcpServerStatus/list": [{ data: [{ name: "s1" }], nextCursor: "n" }, { data: [{ name: "s2" }] }],
        "thread/read": [{ thread: thread("a") }],
        "thread/turns/list": [
          { data: [{ id: "t1", status: "completed", items: [{ type: "userMessage", id: "u", content: [{ type: "text", text: "hi" }, { type: "image", url: "x" }] }, { type: "agentMessage", id: "m", text: "yo" }] }], nextCursor: "c2" },
          { data: [{ id: "t2", status: "failed", items: [], error: { message: "no" }, startedAt: 1, completedAt: 2, durationMs: 3 }] },
        ],
      },
    });
    const page = await codex.listThreads({ limit: 5, cursor: "c", archived: false, cwd: ["/a", "/b"], searchTerm: "x", sortDirection: "asc", sortKey: "created_at", sourceKinds: ["cli"] });
    assert.deepEqual(page, { data: [{ id: "a", preview: "a", source: "vscode" }], nextCursor: null });
    assert.deepEqual((await codex.listModels()).map((model) => model.id), ["m1", "m2"]);
    assert.deepEqual((await codex.mcpServers()).map((server) => server.name), ["s1", "s2"]);
    const details = await codex.readThread("a", { turns: true });
    assert.deepEqual(details.turns?.map((turn) => [turn.id, turn.status, turn.input, turn.items.length, turn.error?.message ?? null, turn.durationMs]), [
      ["t1", "completed", "hi", 1, null, null],
      ["t2", "failed", "", 0, "no", 3],
    ]);
    const sent = readRecordLines(record);
    assert.deepEqual(sent.find((message) => message.method === "thread/list")?.params, {
      sourceKinds: ["cli"],
      limit: 5,
      cursor: "c",
      archived: false,
      cwd: ["/a", "/b"],
      searchTerm: "x",
      sortDirection: "asc",
      sortKey: "created_at",
    });
    assert.deepEqual(sent.filter((message) => message.method === "thread/turns/list").map((message) => (message.params as { cursor?: string }).cursor), [undefined, "c2"]);
  });

  test("watch(): a watcher that aborts gets nothing after it, even events already buffered", async () => {
    const background = (turnId: string, text: string): FakeTurnStep[] => [
      { notify: "turn/started", params: { threadId: "$THREAD", turn: { id: turnId, items: [], status: "inProgress" } } },
      { notify: "item/completed", params: { threadId: "$THREAD", turnId, item: agentMessage(text), completedAtMs: 0 } },
      { notify: "turn/completed", params: { threadId: "$THREAD", turn: { id: turnId, items: [], status: "completed", error: null } } },
    ];
    await using codex = fakeAppServer({
      reply: { "thread/goal/set": { goal: { threadId: "t", objective: "Keep going", status: "active", tokenBudget: null } } },
      // Two turns in one write: the second is buffered by the time the watcher aborts on the first's end.
      after: { "thread/goal/set": [{ raw: [...background("bg-1", "first"), ...background("bg-2", "second")].map((step) => `${JSON.stringify({ method: step.notify, params: step.params })}\n`).join("") }] },
    });
    const thread = codex.startThread();
    const controller = new AbortController();
    const seen: string[] = [];
    const watching = (async () => {
      for await (const event of thread.watch({ signal: controller.signal })) {
        seen.push(event.type === "item.completed" && event.item.type === "agent_message" ? event.item.text : event.type);
        if (event.type === "turn.completed") controller.abort();
      }
    })();
    await thread.setGoal({ objective: "Keep going", status: "active" });
    await watching;
    assert.deepEqual(seen, ["thread.started", "turn.started", "first", "turn.completed"]);
  });

  test("a login aborted before it starts sends nothing; a failed one without a reason says so", async () => {
    const record = recordFile();
    await using codex = fakeAppServer({
      record,
      reply: { "account/login/start": { type: "chatgptDeviceCode", loginId: "l", userCode: "c", verificationUrl: "u" } },
      after: { "account/login/start": [{ notify: "account/login/completed", params: { loginId: "l", success: false } }] },
    });
    await assert.rejects(codex.login({ apiKey: "sk-never-sent-1234", signal: AbortSignal.abort() }), /The login was aborted/);
    await assert.rejects(codex.login({ deviceCode: { onCode: () => undefined } }), /The login failed: no reason given/);
    assert.equal(readRecordLines(record).filter((message) => message.method === "account/login/start").length, 1);
  });
});

describe("app-server: a turn asked for is the thread's turn, even before it started", () => {
  test("interrupt() right after run(): the turn ends with CodexAbortError and turn/start is never sent", async () => {
    const record = recordFile();
    await using codex = fakeAppServer({ record });
    const thread = codex.startThread();
    const pending = thread.run("go");
    await thread.interrupt();
    await assert.rejects(pending, (error: unknown) => error instanceof CodexAbortError && /thread\.interrupt\(\) was called/.test(error.message));
    assert.ok(!readRecordLines(record).some((message) => message.method === "turn/start"));
    // The thread still works.
    assert.equal((await thread.run("again")).finalResponse, "");
  });

  test("interrupt() once the turn exists: turn/interrupt goes out, and the turn ends with CodexAbortError", async () => {
    const record = recordFile();
    await using codex = fakeAppServer({ record, turns: [[{ hang: true }]] });
    const thread = codex.startThread();
    const { events } = await thread.runStreamed("go");
    const first = await events.next(); // thread.started: turn/start is on its way
    assert.equal(first.value?.type, "thread.started");
    const interrupted = thread.interrupt();
    await assert.rejects(
      (async () => {
        for await (const event of events) void event;
      })(),
      CodexAbortError,
    );
    await interrupted;
    const methods = readRecordLines(record).map((message) => message.method);
    assert.deepEqual(methods.filter((method) => method === "turn/start" || method === "turn/interrupt"), ["turn/start", "turn/interrupt"]);
  });

  test("interrupt() while turn/start goes unanswered: the turn still ends, within killGraceMs", async () => {
    const record = recordFile();
    await using codex = fakeAppServer({ record, silent: ["turn/start"] }, { killGraceMs: 50 });
    const thread = codex.startThread();
    const pending = thread.run("go");
    // The fake never answers: only its record shows that turn/start was sent.
    await pollUntil(() => (readRecordLines(record).some((message) => message.method === "turn/start") ? true : undefined), "turn/start was sent");
    await thread.interrupt();
    await assert.rejects(pending, CodexAbortError);
  });

  test("steer() right after run() reaches the turn once it has started", async () => {
    const record = recordFile();
    await using codex = fakeAppServer({ record, turns: [[{ hang: true }]] });
    const thread = codex.startThread();
    const pending = thread.run("go");
    await thread.steer("and also this");
    const steer = readRecordLines(record).find((message) => message.method === "turn/steer");
    assert.deepEqual(steer?.params, { threadId: "thread-1", expectedTurnId: "turn-1", input: [{ type: "text", text: "and also this", text_elements: [] }] });
    await thread.interrupt();
    await assert.rejects(pending, CodexAbortError);
  });

  test("steer() on a turn that ends before it starts, or with no turn asked for, is CodexNoActiveTurnError", async () => {
    await using codex = fakeAppServer({});
    const thread = codex.startThread();
    await assert.rejects(thread.steer("nothing runs"), CodexNoActiveTurnError);
    const controller = new AbortController();
    const pending = thread.run("go", { signal: controller.signal });
    const steering = thread.steer("too late");
    controller.abort();
    await assert.rejects(pending, CodexAbortError);
    await assert.rejects(steering, CodexNoActiveTurnError);
  });
});

describe("app-server: reviews, list filters, a watcher already aborted", () => {
  test("review() sends each kind of target as review/start's; its turn runs as any other", async () => {
    const record = recordFile();
    const reviewed = { notify: "turn/completed", params: { threadId: "$THREAD", turn: { id: "turn-r", items: [], status: "completed", error: null } } };
    await using codex = fakeAppServer({ record, reply: { "review/start": { turn: { id: "turn-r", items: [], status: "inProgress" }, reviewThreadId: "$THREAD" } }, after: { "review/start": [reviewed] } });
    for (const request of [{ uncommitted: true }, { base: "main" }, { commit: "abc123", title: "Fix it" }, { commit: "def456" }, { instructions: "Look at the tests" }] as const) {
      const turn = await codex.review(request);
      assert.equal(turn.finalResponse, "");
    }
    const targets = readRecordLines(record).filter((message) => message.method === "review/start").map((message) => (message.params as { target: unknown }).target);
    assert.deepEqual(targets, [
      { type: "uncommittedChanges" },
      { type: "baseBranch", branch: "main" },
      { type: "commit", sha: "abc123", title: "Fix it" },
      { type: "commit", sha: "def456" },
      { type: "custom", instructions: "Look at the tests" },
    ]);
  });

  test("listThreads takes several working directories; readConfig a cwd; a watcher whose signal aborted already yields nothing", async () => {
    const record = recordFile();
    await using codex = fakeAppServer({ record, reply: { "thread/list": { data: [], nextCursor: null }, "config/read": { config: {}, origins: {} } } });
    await codex.listThreads({ cwd: ["/a", "/b"] });
    await codex.readConfig({ cwd: "/a" });
    const sent = readRecordLines(record);
    assert.deepEqual((sent.find((message) => message.method === "thread/list")?.params as { cwd: unknown }).cwd, ["/a", "/b"]);
    assert.deepEqual(sent.find((message) => message.method === "config/read")?.params, { cwd: "/a" });
    const events: unknown[] = [];
    for await (const event of codex.startThread().watch({ signal: AbortSignal.abort() })) events.push(event);
    assert.deepEqual(events, []);
  });
});

describe("app-server: restarts limited after failed starts, and the login's other turns", () => {
  test("an app-server that cannot start: each call fails with the spawn error, then past maxRestarts with the limit naming it", async () => {
    await using codex = fakeAppServer({}, { codexPathOverride: "/nonexistent/codex", maxRestarts: 1 });
    await assert.rejects(codex.listThreads(), CodexSpawnError);
    await assert.rejects(codex.listThreads(), CodexSpawnError);
    await assert.rejects(codex.listThreads(), (error: unknown) => error instanceof CodexExitError && error.exitCode === null && error.stderr === "" && /restarted 1 times.*The last exit: Failed to start codex at \/nonexistent\/codex: the file does not exist/.test(error.message));
  });

  test("a device-code login: another login's completion is not this one's; a reply of another login type means it did not start", async () => {
    const other = { notify: "account/login/completed", params: { loginId: "someone-else", success: false, error: "not yours" } };
    const mine = { notify: "account/login/completed", params: { loginId: "l", success: true } };
    await using codex = fakeAppServer({
      replies: { "account/login/start": [{ type: "chatgptDeviceCode", loginId: "l", userCode: "c", verificationUrl: "u" }, { type: "apiKey" }] },
      after: { "account/login/start": [other, mine] },
    });
    const codes: unknown[] = [];
    await codex.login({ deviceCode: { onCode: (code) => void codes.push(code) } });
    assert.deepEqual(codes, [{ verificationUrl: "u", userCode: "c" }]);
    await assert.rejects(codex.login({ deviceCode: { onCode: () => undefined } }), (error: unknown) => error instanceof Error && (error as { code?: string }).code === "CODEX_LOGIN" && /did not start/.test(error.message));
  });
});
