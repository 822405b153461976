import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, test } from "node:test";
import { Codex as OfficialCodex } from "@openai/codex-sdk";
import { Codex } from "../../src/index.js";
// Options typed as the official SDK's (the narrower types), accepted by both.
import type { CodexOptions, Input, ThreadOptions, TurnOptions } from "@openai/codex-sdk";
import { FAKE_CODEX, lines, readRecord, recordPath, type FakeScenario } from "../helpers/fake-codex.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";
import { readCodexArgv } from "../helpers/codex-argv.js";

/**
 * Drop-in parity: the official SDK and ours, given the same options and the
 * same codex output, must build the same command line (as codex reads it:
 * ours attaches every value to its flag and puts thread ids after `--`) and
 * environment, and return results whose JSON is identical.
 */

function envWith(scenario: FakeScenario, extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? "", CODEX_SDK_TEST_TAG: process.env.CODEX_SDK_TEST_TAG ?? "", ...extra, FAKE_CODEX_SCENARIO: JSON.stringify(scenario) };
}

async function runBoth(
  options: { codex?: CodexOptions; thread?: ThreadOptions; turn?: TurnOptions; resumeId?: string },
  input: Input,
  steps = [lines(...REALISTIC_TURN)],
) {
  const results = [];
  for (const Impl of [OfficialCodex, Codex] as const) {
    const record = recordPath();
    const scenario = { record, steps };
    const codex = new Impl({ ...options.codex, codexPathOverride: FAKE_CODEX, env: envWith(scenario, options.codex?.env) });
    const thread = options.resumeId ? codex.resumeThread(options.resumeId, options.thread) : codex.startThread(options.thread);
    const turn = await thread.run(input, options.turn);
    results.push({ turn, record: readRecord(record), id: thread.id });
  }
  const [official, ours] = results;
  assert.ok(official && ours);
  return { official, ours };
}

const REALISTIC_TURN = [
  { type: "thread.started", thread_id: "019a0000-0000-7000-8000-000000000001" },
  { type: "turn.started" },
  { type: "item.completed", item: { id: "item_0", type: "reasoning", text: "**Planning** the change" } },
  { type: "item.started", item: { id: "item_1", type: "command_execution", command: "/bin/bash -lc ls", aggregated_output: "", exit_code: null, status: "in_progress" } },
  { type: "item.completed", item: { id: "item_1", type: "command_execution", command: "/bin/bash -lc ls", aggregated_output: "a.txt\n", exit_code: 0, status: "completed" } },
  { type: "item.started", item: { id: "item_2", type: "file_change", changes: [{ path: "/w/a.txt", kind: "add" }], status: "in_progress" } },
  { type: "item.completed", item: { id: "item_2", type: "file_change", changes: [{ path: "/w/a.txt", kind: "add" }], status: "completed" } },
  { type: "item.completed", item: { id: "item_3", type: "web_search", query: "q", action: { type: "search", query: "q" } } },
  { type: "item.completed", item: { id: "item_4", type: "todo_list", items: [{ text: "step ✓ ünïcødé", completed: true }] } },
  { type: "item.completed", item: { id: "item_5", type: "mcp_tool_call", server: "s", tool: "t", arguments: { a: 1 }, result: { content: [{ type: "text", text: "ok" }], structured_content: null }, status: "completed" } },
  { type: "error", message: "Reconnecting... 1/5" },
  { type: "item.completed", item: { id: "item_6", type: "agent_message", text: "Done — 完成" } },
  { type: "turn.completed", usage: { input_tokens: 100, cached_input_tokens: 20, output_tokens: 30, reasoning_output_tokens: 4 } },
];

afterEach(() => assertNoProcessesLeft());

/**
 * The JSON of a result or event without this SDK's documented additions
 * (a turn's own usage: `turnUsage` on `run()`'s result, `turn_usage` on
 * `turn.completed`), which the official SDK does not have.
 */
function officialShape(value: unknown): string {
  return JSON.stringify(value, (key, item: unknown) => (key === "turnUsage" || key === "turn_usage" ? undefined : item));
}

describe("drop-in parity with @openai/codex-sdk 0.163", () => {
  test("run() returns byte-identical JSON for the same codex output", async () => {
    const { official, ours } = await runBoth({ thread: { skipGitRepoCheck: true } }, "hi");
    assert.equal(officialShape(ours.turn), JSON.stringify(official.turn));
    // The one addition: a new thread's first turn used its whole running total.
    assert.deepEqual((ours.turn as { turnUsage?: unknown }).turnUsage, ours.turn.usage);
    assert.equal(ours.id, official.id);
    assert.equal(ours.turn.usage?.cache_write_input_tokens, 0);
  });

  test("runStreamed() yields byte-identical events", async () => {
    const collected: string[][] = [];
    for (const Impl of [OfficialCodex, Codex] as const) {
      const codex = new Impl({ codexPathOverride: FAKE_CODEX, env: envWith({ steps: [lines(...REALISTIC_TURN)] }) });
      const { events } = await codex.startThread().runStreamed("hi");
      const seen: string[] = [];
      for await (const event of events) seen.push(officialShape(event));
      collected.push(seen);
    }
    assert.deepEqual(collected[1], collected[0]);
    assert.equal(collected[1]?.length, REALISTIC_TURN.length);
  });

  test("every thread option builds the same command line and stdin", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "codex-sdk-parity-"));
    const image = path.join(dir, "a.png");
    writeFileSync(image, "png");
    const { official, ours } = await runBoth(
      {
        codex: {
          baseUrl: "http://127.0.0.1:9/v1",
          apiKey: "sk-test-parity-key",
          config: { model_providers: { x: { name: "X", base_url: "http://h/v1", retries: 3, nested: { flag: true } } }, list: [1, "two"], "shell_environment_policy": { inherit: "all" } },
          configOverrides: ['model_verbosity="low"'],
          env: { CUSTOM: "1" },
        },
        thread: {
          model: "gpt-5.5",
          threadSource: "unit-test",
          sandboxMode: "workspace-write",
          workingDirectory: dir,
          skipGitRepoCheck: true,
          modelReasoningEffort: "high",
          networkAccessEnabled: false,
          webSearchMode: "cached",
          approvalPolicy: "on-request",
          additionalDirectories: [dir, os.tmpdir()],
        },
        turn: { outputSchema: { type: "object", properties: { a: { type: "string" } } }, cyberAccessProgram: "standard" },
      },
      [{ type: "text", text: "first" }, { type: "local_image", path: image }, { type: "text", text: "second" }],
      [lines(...REALISTIC_TURN.slice(0, 2), { type: "item.completed", item: { id: "m", type: "agent_message", text: '{"a":"b"}' } }, REALISTIC_TURN.at(-1))],
    );
    const schemaIndex = official.record.args.indexOf("--output-schema");
    assert.ok(schemaIndex > 0);
    // The schema lives in a fresh temp dir per turn: compare everything but that path.
    const normalize = (args: string[]) => readCodexArgv(args).map((part) => ("flag" in part && part.flag === "--output-schema" ? { flag: part.flag, value: "<schema>" } : part));
    // One flag more: the API key is blanked in the commands the agent runs (codex passes its environment on).
    const hideKey = { flag: "--config", value: 'shell_environment_policy.set.CODEX_API_KEY=""' };
    const oursRead = normalize(ours.record.args);
    const hidden = oursRead.findIndex((part) => "flag" in part && part.value === hideKey.value);
    assert.deepEqual(oursRead[hidden], hideKey);
    assert.deepEqual([...oursRead.slice(0, hidden), ...oursRead.slice(hidden + 1)], normalize(official.record.args));
    // Ours writes every value attached to its flag, so that no value can be read as a flag.
    assert.ok(ours.record.args.includes(`--cd=${dir}`) && !ours.record.args.includes("--cd"));
    assert.equal(ours.record.stdin, official.record.stdin);
    assert.equal(ours.record.stdin, "first\n\nsecond");
    for (const key of ["CODEX_API_KEY", "CODEX_INTERNAL_ORIGINATOR_OVERRIDE", "CUSTOM", "PATH"]) {
      assert.equal(ours.record.env[key], official.record.env[key], key);
    }
    assert.equal(ours.record.env.HOME, undefined, "env given: process.env is not inherited");
    assert.deepEqual((ours.turn as { output?: unknown }).output, { a: "b" });
  });

  test("outputSchema with a final response that is not JSON: both resolve with the text", async () => {
    const refusal = [lines(...REALISTIC_TURN.slice(0, 2), { type: "item.completed", item: { id: "m", type: "agent_message", text: "I can't help with that." } }, REALISTIC_TURN.at(-1))];
    const schema = { type: "object", properties: { a: { type: "string" } }, required: ["a"], additionalProperties: false };
    const { official, ours } = await runBoth({ turn: { outputSchema: schema } }, "hi", refusal);
    assert.equal(ours.turn.finalResponse, official.turn.finalResponse);
    assert.equal(JSON.stringify(ours.turn.items), JSON.stringify(official.turn.items));
    assert.equal(JSON.stringify(ours.turn.usage), JSON.stringify(official.turn.usage));
    assert.ok((ours.turn as { outputError?: unknown }).outputError instanceof Error, "ours says why there is no output");
  });

  test("a non-zero exit rejects with the same message", async () => {
    const messages: string[] = [];
    for (const Impl of [OfficialCodex, Codex] as const) {
      const codex = new Impl({ codexPathOverride: FAKE_CODEX, env: envWith({ steps: [{ stderr: "error: unexpected argument '--bogus'\n" }, { exit: 2 }] }) });
      const error = await codex.startThread().run("hi").then(() => undefined, (e: unknown) => e);
      assert.ok(error instanceof Error);
      messages.push(error.message);
    }
    assert.equal(messages[1], messages[0]);
    assert.equal(messages[0], "Codex Exec exited with code 2: error: unexpected argument '--bogus'\n");
  });

  test("resumeThread() and webSearchEnabled build the same command line", async () => {
    for (const webSearchEnabled of [true, false]) {
      const { official, ours } = await runBoth({ resumeId: "thread-abc", thread: { webSearchEnabled, threadSource: "ignored-on-resume" } }, "again");
      assert.deepEqual(readCodexArgv(ours.record.args), readCodexArgv(official.record.args));
      // The thread id comes after "--": whatever it holds, codex reads it as the id.
      assert.deepEqual(ours.record.args.slice(-3), ["resume", "--", "thread-abc"]);
    }
  });
});
