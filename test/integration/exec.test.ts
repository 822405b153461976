import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, test } from "node:test";
import { Codex, CodexAbortError, CodexTurnFailedError, type ThreadEvent } from "../../src/index.js";
import { applyPatch, delay, fail, message, reasoning, shell, usage } from "../../src/testing/index.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";
import { lastUserText, withModel, workspace } from "../helpers/scripted.js";

afterEach(() => assertNoProcessesLeft());

describe("real codex binary against the scripted model", () => {
  test("a plain message", async () => {
    await withModel([[message("Hello from the model"), usage({ input_tokens: 12, output_tokens: 3 })]], async (model) => {
      const thread = new Codex(model.codexOptions()).startThread({ skipGitRepoCheck: true, workingDirectory: workspace() });
      const turn = await thread.run("Say hello");
      assert.equal(turn.finalResponse, "Hello from the model");
      assert.equal(turn.usage?.input_tokens, 12);
      assert.equal(turn.usage?.output_tokens, 3);
      assert.match(thread.id ?? "", /^[0-9a-f-]{36}$/);
      assert.equal(lastUserText(model.requests[0] ?? {}), "Say hello");
    });
  });

  test("reasoning, a shell command and a message, streamed in order", async () => {
    await withModel([[reasoning("I should list files"), shell("echo from-the-shell")], [message("Listed")]], async (model) => {
      const { events } = await new Codex(model.codexOptions())
        .startThread({ skipGitRepoCheck: true, workingDirectory: workspace() })
        .runStreamed("List files");
      const seen: ThreadEvent[] = [];
      for await (const event of events) seen.push(event);
      const types = seen.map((event) => (event.type.startsWith("item.") && "item" in event ? `${event.type}:${event.item.type}` : event.type));
      assert.deepEqual(types.filter((t) => !t.endsWith(":error")), [
        "thread.started",
        "turn.started",
        "item.completed:reasoning",
        "item.started:command_execution",
        "item.completed:command_execution",
        "item.completed:agent_message",
        "turn.completed",
      ]);
      const started = seen.find((e) => e.type === "item.started" && e.item.type === "command_execution");
      assert.ok(started?.type === "item.started" && started.item.type === "command_execution");
      assert.equal(started.item.exit_code, null);
      assert.equal(started.item.status, "in_progress");
      const done = seen.find((e) => e.type === "item.completed" && e.item.type === "command_execution");
      assert.ok(done?.type === "item.completed" && done.item.type === "command_execution");
      assert.equal(done.item.exit_code, 0);
      assert.match(done.item.aggregated_output, /from-the-shell/);
      assert.equal(model.requests.length, 2);
    });
  });

  test("apply_patch writes a file under workspace-write and is refused under read-only", async () => {
    const patch = "*** Begin Patch\n*** Add File: hello.txt\n+patched content\n*** End Patch\n";
    for (const sandboxMode of ["workspace-write", "read-only"] as const) {
      const dir = workspace();
      await withModel([[applyPatch(patch)], [message("patched")]], async (model) => {
        const turn = await new Codex(model.codexOptions())
          .startThread({ skipGitRepoCheck: true, workingDirectory: dir, sandboxMode })
          .run("Create hello.txt");
        const change = turn.items.find((item) => item.type === "file_change");
        const file = path.join(dir, "hello.txt");
        if (sandboxMode === "workspace-write") {
          assert.equal(readFileSync(file, "utf8"), "patched content\n");
          assert.ok(change?.type === "file_change");
          assert.equal(change.status, "completed");
          assert.deepEqual(change.changes, [{ path: file, kind: "add" }]);
        } else {
          assert.equal(existsSync(file), false, "read-only sandbox must not write");
          assert.equal(change, undefined);
          // codex 0.169 reports the refusal to the model, not as an item.
          assert.match(JSON.stringify(model.requests[1]?.input), /patch rejected: writing is blocked by read-only sandbox/);
        }
      });
    }
  });

  test("outputSchema reaches the request as text.format and output is parsed", async () => {
    const schema = { type: "object", properties: { answer: { type: "string" } }, required: ["answer"], additionalProperties: false };
    await withModel([[message('{"answer":"42"}')]], async (model) => {
      const turn = await new Codex(model.codexOptions()).startThread({ skipGitRepoCheck: true }).run("Answer", { outputSchema: schema });
      const format = (model.requests[0]?.text as { format?: { type: string; schema: unknown } }).format;
      assert.equal(format?.type, "json_schema");
      assert.deepEqual(format?.schema, schema);
      assert.deepEqual(turn.output, { answer: "42" });
    });
  });

  test("a zod outputSchema: the model is asked for strict JSON Schema, and output comes back typed", async () => {
    const { z } = await import("zod");
    const Answer = z.object({ answer: z.string(), confidence: z.number().min(0).max(1) });
    for (const transport of ["exec", "app-server"] as const) {
      await withModel([[message('{"answer":"42","confidence":0.9}')]], async (model) => {
        await using codex = new Codex(model.codexOptions({ transport }));
        const turn = await codex.startThread({ skipGitRepoCheck: true }).run("Answer", { outputSchema: Answer });
        const answer: string = turn.output.answer;
        assert.equal(answer, "42");
        const format = (model.requests[0]?.text as { format?: { type: string; strict?: boolean; schema: Record<string, unknown> } }).format;
        assert.equal(format?.type, "json_schema");
        assert.equal(format?.schema.additionalProperties, false);
        assert.deepEqual(format?.schema.required, ["answer", "confidence"]);
      });
    }
  });

  test("resume across two Codex instances sharing CODEX_HOME", async () => {
    await withModel([[message("first answer")], [message("second answer")]], async (model) => {
      const dir = workspace();
      const first = new Codex(model.codexOptions()).startThread({ skipGitRepoCheck: true, workingDirectory: dir });
      await first.run("remember the word banana");
      assert.ok(first.id);
      const resumed = new Codex(model.codexOptions()).resumeThread(first.id, { skipGitRepoCheck: true, workingDirectory: dir });
      const turn = await resumed.run("what was the word?");
      assert.equal(turn.finalResponse, "second answer");
      assert.equal(resumed.id, first.id);
      // The second request carries the whole conversation, so the resume really loaded the thread.
      const history = JSON.stringify(model.requests[1]?.input);
      assert.match(history, /remember the word banana/);
      assert.match(history, /first answer/);
    });
  });

  test("a model HTTP 400 fails the turn with the server's message", async () => {
    await withModel([fail(400, "Invalid prompt: scripted rejection")], async (model) => {
      const thread = new Codex(model.codexOptions()).startThread({ skipGitRepoCheck: true });
      await assert.rejects(thread.run("x"), (error: unknown) => {
        assert.ok(error instanceof CodexTurnFailedError);
        assert.match(error.message, /Invalid prompt: scripted rejection/);
        return true;
      });
    });
  });

  test("a local image reaches the request", async () => {
    const dir = workspace();
    const image = path.join(dir, "pixel.png");
    // A valid 1x1 PNG.
    writeFileSync(image, Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64"));
    await withModel([[message("I see a pixel")]], async (model) => {
      await new Codex(model.codexOptions()).startThread({ skipGitRepoCheck: true }).run([
        { type: "text", text: "What is this?" },
        { type: "local_image", path: image },
      ]);
      const body = JSON.stringify(model.requests[0]?.input);
      assert.match(body, /"type":"input_image"/);
      assert.match(body, /data:image\/png;base64,/);
    });
  });

  test("modelReasoningEffort reaches the request", async () => {
    await withModel([[message("ok")]], async (model) => {
      await new Codex(model.codexOptions()).startThread({ skipGitRepoCheck: true, modelReasoningEffort: "high" }).run("x");
      assert.equal((model.requests[0]?.reasoning as { effort?: string }).effort, "high");
    });
  });

  test("abort mid-turn ends codex and rejects with AbortError", async () => {
    await withModel([delay(60_000, message("too late"))], async (model) => {
      const controller = new AbortController();
      const { events } = await new Codex(model.codexOptions()).startThread({ skipGitRepoCheck: true }).runStreamed("x", { signal: controller.signal });
      const seen: string[] = [];
      await assert.rejects(
        (async () => {
          for await (const event of events) {
            seen.push(event.type);
            if (event.type === "turn.started") controller.abort();
          }
        })(),
        (error: unknown) => error instanceof CodexAbortError && error.name === "AbortError",
      );
      assert.ok(seen.includes("thread.started"));
    });
  });
});
