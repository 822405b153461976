import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { mapItem, mapUsage, TurnEventMapper } from "../../src/app-server/mapping.js";
import { NO_USAGE } from "../../src/turn/usage.js";
import { InvalidEventError } from "../../src/json-checks.js";

/** The app-server → exec mapping on its own: every item kind, and the messages of a wrong shape. */

describe("mapItem: app-server items as exec prints them", () => {
  test("file changes, MCP calls, collab calls, web searches and agent messages", () => {
    assert.deepEqual(
      mapItem({ type: "fileChange", id: "f", status: "declined", changes: [{ path: "/a", kind: { type: "update", move_path: null }, diff: "" }, { path: "/b", kind: { type: "delete" }, diff: "" }] }),
      { id: "f", type: "file_change", changes: [{ path: "/a", kind: "update" }, { path: "/b", kind: "delete" }], status: "declined" },
    );
    assert.deepEqual(
      mapItem({ type: "mcpToolCall", id: "m", server: "s", tool: "t", arguments: { a: 1 }, status: "completed", result: { content: [{ type: "text", text: "ok" }], structuredContent: { x: 1 }, _meta: { m: 1 } }, durationMs: 5 }),
      { id: "m", type: "mcp_tool_call", server: "s", tool: "t", arguments: { a: 1 }, status: "completed", result: { content: [{ type: "text", text: "ok" }], structured_content: { x: 1 }, _meta: { m: 1 } } },
    );
    assert.deepEqual(mapItem({ type: "mcpToolCall", id: "m", server: "s", tool: "t", arguments: null, status: "failed", error: { message: "boom" } }), {
      id: "m",
      type: "mcp_tool_call",
      server: "s",
      tool: "t",
      arguments: null,
      status: "failed",
      error: { message: "boom" },
    });
    // codex 0.171 names the MCP server's environment (null: the local one); older app-servers do not, and then neither do we.
    const call = { type: "mcpToolCall", id: "m", server: "s", tool: "t", arguments: null, status: "completed" };
    assert.equal((mapItem({ ...call, environmentId: "env-1" }) as { environment_id?: unknown }).environment_id, "env-1");
    assert.equal((mapItem({ ...call, environmentId: null }) as { environment_id?: unknown }).environment_id, null);
    assert.equal("environment_id" in (mapItem(call) as object), false);
    assert.deepEqual(
      mapItem({ type: "collabAgentToolCall", id: "c", tool: "spawn_agent", senderThreadId: "t1", receiverThreadIds: ["t2"], prompt: null, agentsStates: {}, status: "inProgress" }),
      { id: "c", type: "collab_tool_call", tool: "spawn_agent", sender_thread_id: "t1", receiver_thread_ids: ["t2"], prompt: null, agents_states: {}, status: "in_progress" },
    );
    assert.deepEqual(mapItem({ type: "webSearch", id: "w", query: "q" }), { id: "w", type: "web_search", query: "q" });
    assert.deepEqual(mapItem({ type: "agentMessage", id: "a", text: "hi", phase: "final_answer" }), { id: "a", type: "agent_message", text: "hi", phase: "final_answer" });
    assert.deepEqual(mapItem({ type: "reasoning", id: "r", summary: ["one", "two"], content: [] }), { id: "r", type: "reasoning", text: "one\ntwo" });
    assert.deepEqual(mapItem({ type: "reasoning", id: "r" }), { id: "r", type: "reasoning", text: "" });
    assert.equal(mapItem({ type: "userMessage", id: "u", content: [] }), null);
  });

  test("kinds exec does not have are typed extension items; unknown kinds are kept as unknown", () => {
    for (const kind of ["plan", "imageView", "contextCompaction", "enteredReviewMode", "exitedReviewMode", "sleep", "dynamicToolCall"]) {
      const item = { type: kind, id: "x" };
      assert.deepEqual(mapItem(item), { id: "x", type: "app_server_item", kind, item });
    }
    const future = { type: "hologram", id: "h", beams: 3 };
    assert.deepEqual(mapItem(future), { id: "h", type: "unknown", item: future });
  });

  test("a wrong shape names the field", () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ type: "agentMessage", text: "no id" }, /item: "id" must be a string/],
      [{ id: "x" }, /item: "type" must be a string/],
      [{ type: "commandExecution", id: "c", command: "ls", status: "running" }, /"status" must be one of inProgress, completed, failed, declined; got "running"/],
      [{ type: "commandExecution", id: "c", command: "ls", status: "completed", exitCode: "0" }, /"exitCode" must be a number or null/],
      [{ type: "commandExecution", id: "c", command: "ls", status: "completed", aggregatedOutput: 1 }, /"aggregatedOutput" must be a string or null/],
      [{ type: "fileChange", id: "f", status: "completed", changes: ["x"] }, /changes\[0\] must be an object/],
      [{ type: "fileChange", id: "f", status: "completed", changes: [{ path: "/a", kind: { type: "rename" } }] }, /kind.type must be add, delete or update/],
      [{ type: "reasoning", id: "r", summary: [1] }, /"summary" must be a list of strings/],
      [{ type: "mcpToolCall", id: "m", tool: "t", status: "completed" }, /"server" must be a string/],
    ];
    for (const [item, message] of cases) assert.throws(() => mapItem(item), (error: unknown) => error instanceof InvalidEventError && message.test(error.message), JSON.stringify(item));
  });
});

describe("TurnEventMapper", () => {
  test("usage, errors, plans and the notifications a consumer does not need", () => {
    const mapper = new TurnEventMapper("t1", NO_USAGE);
    assert.deepEqual(mapper.map("thread/status/changed", { status: { type: "active" } }), []);
    assert.deepEqual(mapper.map("thread/tokenUsage/updated", { tokenUsage: { total: { inputTokens: 3, cachedInputTokens: 1, outputTokens: 2, reasoningOutputTokens: 0, totalTokens: 5 } } }), []);
    assert.deepEqual(mapper.totalUsage, { input_tokens: 3, cached_input_tokens: 1, cache_write_input_tokens: 0, output_tokens: 2, reasoning_output_tokens: 0 });
    assert.deepEqual(mapper.map("error", { error: { message: "Reconnecting... 1/5" }, willRetry: true }), [{ type: "error", message: "Reconnecting... 1/5" }]);
    assert.deepEqual(mapper.map("hook/started", { hook: "x" }), [{ type: "unknown", event: { method: "hook/started", hook: "x" } }]);
    assert.deepEqual(mapper.map("item/fileChange/outputDelta", { itemId: "f", delta: "+x" }), [{ type: "item.delta", item_id: "f", item_type: "file_change", delta: "+x" }]);
    assert.throws(() => mapper.map("turn/plan/updated", { plan: ["not a step"] }), /plan\[0\] must be an object/);
    assert.throws(() => mapper.map("thread/tokenUsage/updated", { tokenUsage: { total: { inputTokens: "3" } } }), /"inputTokens" must be a number/);
    const failed = mapper.finish({ status: "failed", error: null });
    assert.deepEqual(failed.events, [{ type: "turn.failed", error: { message: "The turn failed" } }]);
    assert.deepEqual(new TurnEventMapper("t2", NO_USAGE).finish({ status: "interrupted" }), { events: [], status: "interrupted" });
  });

  test("mapUsage keeps cache writes when the app-server reports them", () => {
    assert.equal(mapUsage({ inputTokens: 1, cachedInputTokens: 0, cacheWriteInputTokens: 7, outputTokens: 1, reasoningOutputTokens: 0 }).cache_write_input_tokens, 7);
  });
});
