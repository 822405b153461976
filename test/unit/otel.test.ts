import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { instrumentCodex } from "../../src/otel/index.js";
import { collect, lines, THREAD_STARTED, TURN_COMPLETED, TURN_STARTED } from "../helpers/fake-codex.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";

afterEach(() => assertNoProcessesLeft());

/** Tool spans for every item kind and outcome, from exact event streams (the fake codex). */
test("tool spans: a failed command, a failed patch, an MCP call, a command still running when the turn ended; an exit error on the turn", async () => {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const instrumentation = instrumentCodex({ tracer: provider.getTracer("unit") });
  try {
    const command = (status: string, exit: number | null, id = "c1") => ({ id, type: "command_execution", command: "false", aggregated_output: "", exit_code: exit, status });
    const patch = { id: "p1", type: "file_change", changes: [{ path: "/a", kind: "add" }], status: "failed" };
    const mcp = { id: "m1", type: "mcp_tool_call", server: "docs", tool: "search", arguments: {}, status: "completed" };
    await collect([
      lines(
        THREAD_STARTED,
        TURN_STARTED,
        { type: "item.started", item: command("in_progress", null) },
        { type: "item.completed", item: command("failed", 1) },
        { type: "item.completed", item: patch },
        { type: "item.started", item: mcp },
        { type: "item.completed", item: mcp },
        { type: "item.started", item: command("in_progress", null, "c2") },
      ),
      { stderr: "killed\n" },
      { exit: 2 },
    ]);
    await collect([lines(THREAD_STARTED, TURN_STARTED, { type: "turn.failed", error: { message: "nope" } })]);
    await collect([lines(THREAD_STARTED, TURN_STARTED, TURN_COMPLETED)]);
    const spans = exporter.getFinishedSpans();
    const named = (name: string) => spans.filter((span) => span.name === name);
    const [failedCommand, runningCommand] = named("execute_tool shell");
    assert.equal(failedCommand?.attributes["process.exit.code"], 1);
    assert.equal(failedCommand?.status.code, 2);
    assert.equal(runningCommand?.status.message, "the turn ended first");
    assert.equal(named("execute_tool apply_patch")[0]?.status.code, 2);
    assert.equal(named("execute_tool docs.search")[0]?.attributes["codex.item.status"], "completed");
    const turns = named("invoke_agent codex");
    assert.deepEqual(turns.map((span) => span.attributes["codex.turn.outcome"]), ["error", "failed", "completed"]);
    assert.equal(turns[0]?.attributes["error.type"], "CODEX_EXIT");
    assert.equal(turns[1]?.attributes["error.type"], "turn_failed");
    assert.equal(turns[0]?.attributes["gen_ai.request.model"], undefined, "no model asked for: none recorded");
  } finally {
    instrumentation.disable();
    await provider.shutdown();
  }
});
