import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { afterEach, describe, test } from "node:test";
import { Codex, CodexTurnFailedError, type ThreadEvent } from "../../src/index.js";
import { delay, fail, message, shell, startScriptedModel, truncate, usage, webSearch } from "../../src/testing/index.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";
import { withModel } from "../helpers/scripted.js";

afterEach(() => assertNoProcessesLeft());

async function events(model: Awaited<ReturnType<typeof startScriptedModel>>, prompt = "x"): Promise<ThreadEvent[]> {
  const { events } = await new Codex(model.codexOptions()).startThread({ skipGitRepoCheck: true }).runStreamed(prompt);
  const seen: ThreadEvent[] = [];
  for await (const event of events) seen.push(event);
  return seen;
}

describe("codex-sdk/testing: the scripted model", () => {
  test("starts in milliseconds, and close() removes its CODEX_HOME (twice is fine)", async () => {
    const startedAt = performance.now();
    const model = await startScriptedModel([]);
    const took = performance.now() - startedAt;
    assert.ok(took < 500, `took ${took} ms`);
    assert.match(model.url, /^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    assert.ok(existsSync(model.codexHome));
    await model.close();
    await model.close();
    assert.equal(existsSync(model.codexHome), false);
    assert.equal(existsSync(model.home), false);
  });

  test("strict: a request beyond the script fails the turn and says what codex asked for", async () => {
    await withModel([[shell("echo 1")]], async (model) => {
      await assert.rejects(new Codex(model.codexOptions()).startThread({ skipGitRepoCheck: true }).run("x"), (error: unknown) => {
        assert.ok(error instanceof CodexTurnFailedError);
        assert.match(error.message, /scripted model: unexpected request #2 \(the script has 1 response\); codex asked: the output of tool call/);
        return true;
      });
      assert.equal(model.unexpectedRequests.length, 1);
    });
  });

  test("truncate(): the stream ends before response.completed and the turn fails", async () => {
    await withModel([[message("partial"), truncate()]], async (model) => {
      const seen = await events(model);
      const failed = seen.at(-1);
      assert.ok(failed?.type === "turn.failed");
      assert.match(failed.error.message, /stream closed before response\.completed/);
    });
  });

  test("fail(): a 4xx carries the message; a 5xx gets codex's generic text; no retries", async () => {
    await withModel([fail(403, "scripted permission denied"), fail(500, "scripted outage")], async (model) => {
      const codex = new Codex(model.codexOptions());
      await assert.rejects(codex.startThread({ skipGitRepoCheck: true }).run("x"), /scripted permission denied/);
      await assert.rejects(codex.startThread({ skipGitRepoCheck: true }).run("x"), /experiencing high demand/);
      assert.equal(model.requests.length, 2, "one request per turn: no retries");
    });
  });

  test("webSearch() becomes a web_search item with its query", async () => {
    await withModel([[webSearch("codex sdk docs"), message("found it")]], async (model) => {
      const seen = await events(model);
      const search = seen.find((event) => event.type === "item.completed" && event.item.type === "web_search");
      assert.ok(search?.type === "item.completed" && search.item.type === "web_search");
      assert.equal(search.item.query, "codex sdk docs");
      assert.deepEqual(search.item.action, { type: "search", query: "codex sdk docs" });
    });
  });

  test("usage() sets the turn's token counts", async () => {
    await withModel([[message("ok"), usage({ input_tokens: 100, cached_input_tokens: 40, output_tokens: 7, reasoning_output_tokens: 3 })]], async (model) => {
      const turn = await new Codex(model.codexOptions()).startThread({ skipGitRepoCheck: true }).run("x");
      assert.deepEqual(turn.usage, { input_tokens: 100, cached_input_tokens: 40, cache_write_input_tokens: 0, output_tokens: 7, reasoning_output_tokens: 3 });
    });
  });

  test("delay() holds the answer back", async () => {
    await withModel([delay(300, message("late"))], async (model) => {
      const startedAt = performance.now();
      const turn = await new Codex(model.codexOptions()).startThread({ skipGitRepoCheck: true }).run("x");
      assert.equal(turn.finalResponse, "late");
      assert.ok(performance.now() - startedAt >= 300);
    });
  });

  test("one server serves several Codex instances and concurrent turns", async () => {
    const turns = 6;
    await withModel(Array.from({ length: turns }, () => [message("same answer")]), async (model) => {
      const results = await Promise.all(
        Array.from({ length: turns }, (_, i) => new Codex(model.codexOptions()).startThread({ skipGitRepoCheck: true }).run(`prompt ${i}`)),
      );
      assert.deepEqual(results.map((turn) => turn.finalResponse), Array(turns).fill("same answer"));
      assert.equal(model.requests.length, turns);
    });
  });

  test("hermetic: commands run with the temporary HOME, so no shell profile of this machine runs", async () => {
    await withModel([[shell('echo "home=$HOME"')], [message("ok")]], async (model) => {
      assert.notEqual(model.home, os.homedir());
      assert.ok(existsSync(model.home));
      const turn = await new Codex(model.codexOptions()).startThread({ skipGitRepoCheck: true, sandboxMode: "danger-full-access" }).run("x");
      const command = turn.items.find((item) => item.type === "command_execution");
      assert.ok(command?.type === "command_execution");
      assert.equal(command.aggregated_output.trim(), `home=${model.home}`);
    });
  });

  test("codexOptions(extra) merges config and env on top", async () => {
    await withModel([[message("ok")]], async (model) => {
      const options = model.codexOptions({ config: { model_reasoning_effort: "low" }, env: { EXTRA_VAR: "1" } });
      assert.equal(options.env?.EXTRA_VAR, "1");
      assert.equal(options.env?.CODEX_HOME, model.codexHome);
      assert.equal(options.env?.HOME, model.home);
      await new Codex(options).startThread({ skipGitRepoCheck: true }).run("x");
      assert.equal((model.requests[0]?.reasoning as { effort?: string }).effort, "low");
    });
  });
});
