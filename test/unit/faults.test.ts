import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { chmodSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inspect } from "node:util";
import { afterEach, describe, test } from "node:test";
import {
  Codex,
  CodexAbortError,
  CodexConfigError,
  CodexError,
  CodexExitError,
  CodexOutputParseError,
  CodexParseError,
  CodexSpawnError,
  CodexTurnFailedError,
} from "../../src/index.js";
import {
  agentMessage,
  collect,
  fakeCodex,
  lines,
  simpleTurn,
  THREAD_STARTED,
  TURN_COMPLETED,
  TURN_STARTED,
} from "../helpers/fake-codex.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";

afterEach(() => assertNoProcessesLeft());


const BEFORE = lines(THREAD_STARTED, TURN_STARTED, agentMessage("kept"));

describe("bad output from codex: clear error, nothing before it lost", () => {
  test("a line that is not JSON fails with a parse error quoting it", async () => {
    const { events, error } = await collect([BEFORE, { stdout: "this is not json\n" }, { hang: true }]);
    assert.equal(events.length, 3);
    assert.ok(error instanceof CodexParseError);
    assert.match(error.message, /not JSON/);
    assert.match(error.message, /this is not json/);
    assert.equal(error.lineNumber, 4);
    assert.equal(error.code, "CODEX_PARSE");
  });

  test("a quoted line is bounded", async () => {
    const { error } = await collect([{ stdout: `{"broken": "${"x".repeat(100_000)}\n` }, { hang: true }]);
    assert.ok(error instanceof CodexParseError);
    assert.ok(error.message.length < 2_000, `message is ${error.message.length} chars`);
  });

  test("invalid UTF-8 fails with a parse error", async () => {
    const bad = Buffer.concat([Buffer.from('{"type":"error","message":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')]);
    const { events, error } = await collect([BEFORE, { stdoutBase64: bad.toString("base64") }, { hang: true }]);
    assert.equal(events.length, 3);
    assert.ok(error instanceof CodexParseError);
    assert.match(error.message, /not valid UTF-8/);
  });

  test("a UTF-8 character split across chunks is decoded intact", async () => {
    const text = "naïve — 完成 🎉";
    const bytes = Buffer.from(`${JSON.stringify({ type: "item.completed", item: { id: "i", type: "agent_message", text } })}\n`);
    const cut = bytes.indexOf(Buffer.from("🎉")) + 2;
    const { events, error } = await collect([
      lines(THREAD_STARTED),
      { stdoutBase64: bytes.subarray(0, cut).toString("base64") },
      { stdoutBase64: bytes.subarray(cut).toString("base64") },
      lines(TURN_COMPLETED),
    ]);
    assert.equal(error, undefined);
    const message = events[1];
    assert.ok(message?.type === "item.completed" && message.item.type === "agent_message");
    assert.equal(message.item.text, text);
  });

  test("a 64 MiB event (a command with a huge output) reaches the consumer", async () => {
    const size = 64 * 1024 * 1024;
    const { events, error } = await collect([lines(THREAD_STARTED), { bigMessage: size }, lines(TURN_COMPLETED)]);
    assert.equal(error, undefined);
    const big = events[1];
    assert.ok(big?.type === "item.completed" && big.item.type === "agent_message");
    assert.equal(big.item.text.length, size);
    assert.equal(events.at(-1)?.type, "turn.completed");
  });

  test("a line over maxLineBytes fails with a clear error after the events before it", async () => {
    const { events, error } = await collect([BEFORE, { stdoutBytes: 64 * 1024 * 1024, newline: true }, { hang: true }], { maxLineBytes: 1024 * 1024 });
    assert.equal(events.length, 3);
    assert.ok(error instanceof CodexParseError);
    assert.match(error.message, /longer than 1048576 bytes/);
    assert.throws(() => new Codex({ maxLineBytes: 0 }), /maxLineBytes must be a positive integer/);
    assert.throws(() => new Codex({ maxLineBytes: 2 ** 40 }), /maxLineBytes must be at most/);
  });

  test("a partial last line without a newline is still read", async () => {
    const last = JSON.stringify(TURN_COMPLETED);
    const { events, error } = await collect([lines(THREAD_STARTED, agentMessage("a")), { stdout: last }]);
    assert.equal(error, undefined);
    assert.equal(events.at(-1)?.type, "turn.completed");
  });

  test("\\r\\n line endings and blank lines are accepted", async () => {
    const { events, error } = await collect([{ stdout: `${JSON.stringify(THREAD_STARTED)}\r\n\n${JSON.stringify(TURN_COMPLETED)}\r\n` }]);
    assert.equal(error, undefined);
    assert.deepEqual(events.map((e) => e.type), ["thread.started", "turn.completed"]);
  });

  test("exit 0 without turn.completed is an error after the events", async () => {
    const { events, error } = await collect([BEFORE, { exit: 0 }]);
    assert.equal(events.length, 3);
    assert.ok(error instanceof CodexExitError);
    assert.equal(error.message, "Codex Exec exited with code 0 before the turn completed: ");
    assert.equal(error.exitCode, 0);
  });

  test("a non-zero exit after some events carries code and stderr, worded as the official SDK words it", async () => {
    const { events, error } = await collect([BEFORE, { stderr: "boom: config is broken\n" }, { exit: 3 }]);
    assert.equal(events.length, 3);
    assert.ok(error instanceof CodexExitError);
    assert.equal(error.exitCode, 3);
    assert.equal(error.signal, null);
    assert.equal(error.message, "Codex Exec exited with code 3: boom: config is broken\n");
    assert.match(error.stderr, /boom/);
  });

  test("death by a signal is reported with the signal", async () => {
    const { events, error } = await collect([BEFORE, { kill: "SIGKILL" }]);
    assert.equal(events.length, 3);
    assert.ok(error instanceof CodexExitError);
    assert.equal(error.signal, "SIGKILL");
    assert.equal(error.message, "Codex Exec exited with signal SIGKILL: ");
  });

  test("megabytes of stderr never block, and only a 64 KiB tail is kept", async () => {
    const { error } = await collect([{ stderrBytes: 8 * 1024 * 1024 }, { stderr: "\nTHE END" }, { exit: 1 }]);
    assert.ok(error instanceof CodexExitError);
    assert.ok(error.stderr.length <= 64 * 1024);
    assert.ok(error.stderr.endsWith("THE END"));
  });

  test("a known event with a wrong shape fails validation", async () => {
    const { error } = await collect([lines({ type: "thread.started" }), { hang: true }]);
    assert.ok(error instanceof CodexParseError);
    assert.match(error.message, /thread\.started: "thread_id" must be a string/);
  });

  test("unknown event and item types arrive as typed unknown variants", async () => {
    const future = { type: "turn.plan_updated", plan: [1] };
    const futureItem = { type: "item.completed", item: { id: "x", type: "hologram", beams: 3 } };
    const { events, error } = await collect([lines(THREAD_STARTED, future, futureItem, TURN_COMPLETED)]);
    assert.equal(error, undefined);
    assert.deepEqual(events[1], { type: "unknown", event: future });
    assert.deepEqual(events[2], { type: "item.completed", item: { id: "x", type: "unknown", item: futureItem.item } });
  });
});

describe("turn outcomes", () => {
  test("turn.failed: run() rejects with the model's message; runStreamed ends with the event", async () => {
    const failed = [lines(THREAD_STARTED, TURN_STARTED, { type: "error", message: "model said no" }, { type: "turn.failed", error: { message: "model said no" } }), { exit: 1 }];
    await assert.rejects(fakeCodex({ steps: failed }).startThread().run("x"), (error: unknown) => {
      assert.ok(error instanceof CodexTurnFailedError);
      assert.equal(error.message, "model said no");
      return true;
    });
    const { events, error } = await collect(failed);
    assert.equal(error, undefined);
    assert.equal(events.at(-1)?.type, "turn.failed");
  });

  test("spawn failure names the path and errno", async () => {
    const codex = new Codex({ codexPathOverride: "/nonexistent/codex" });
    await assert.rejects(codex.startThread().run("x"), (error: unknown) => {
      assert.ok(error instanceof CodexSpawnError);
      assert.equal(error.errno, "ENOENT");
      assert.equal(error.path, "/nonexistent/codex");
      assert.match(error.message, /\/nonexistent\/codex: the file does not exist/);
      return true;
    });
  });

  test("a file that is not executable fails with EACCES", async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "codex-sdk-noexec-")), "codex");
    writeFileSync(file, "#!/bin/sh\n");
    chmodSync(file, 0o644);
    await assert.rejects(new Codex({ codexPathOverride: file }).startThread().run("x"), (error: unknown) => {
      assert.ok(error instanceof CodexSpawnError);
      assert.equal(error.errno, "EACCES");
      return true;
    });
  });

  test("a child that exits without reading stdin gives an exit error, not an EPIPE crash", async () => {
    const { error } = await fakeCodex({ skipStdin: true, steps: [{ stderr: "no stdin for me" }, { exit: 2 }] })
      .startThread()
      .runStreamed("p".repeat(4 * 1024 * 1024))
      .then(async ({ events }) => {
        try {
          for await (const _ of events) void _;
          return { error: undefined };
        } catch (e) {
          return { error: e };
        }
      });
    assert.ok(error instanceof CodexExitError);
    assert.equal(error.exitCode, 2);
  });

  test("a 10 MiB prompt reaches codex intact", async () => {
    const { readRecord, recordPath } = await import("../helpers/fake-codex.js");
    const record = recordPath();
    const prompt = "ü".repeat(5 * 1024 * 1024) + "END";
    await fakeCodex({ record, steps: [simpleTurn()] }).startThread().run(prompt);
    assert.equal(readRecord(record).stdin, prompt);
  });

  test("outputSchema: output is the parsed final response; a response that is not JSON resolves, with the reason", async () => {
    const schema = { type: "object" };
    const ok = await fakeCodex({ steps: [simpleTurn('{"n":1}')] }).startThread().run("x", { outputSchema: schema });
    assert.deepEqual(ok.output, { n: 1 });
    assert.equal("outputError" in ok, false);
    const plain = await fakeCodex({ steps: [simpleTurn("{}")] }).startThread().run("x");
    assert.equal("output" in plain, false);
    // A refusal is not JSON: the official SDK resolves with the text, and so do we.
    const refusal = await fakeCodex({ steps: [simpleTurn("I can't help with that.")] }).startThread().run("x", { outputSchema: schema });
    assert.equal(refusal.finalResponse, "I can't help with that.");
    assert.equal("output" in refusal, false);
    assert.ok(refusal.outputError instanceof CodexOutputParseError);
    assert.equal(refusal.outputError.text, "I can't help with that.");
    assert.match(refusal.outputError.message, /not valid JSON/);
  });
});

describe("abort and early stop", () => {
  test("abort mid-turn rejects with AbortError and ends the process", async () => {
    const controller = new AbortController();
    const { events } = await fakeCodex({ steps: [BEFORE, { hang: true }] }).startThread().runStreamed("x", { signal: controller.signal });
    const seen: string[] = [];
    await assert.rejects(
      (async () => {
        for await (const event of events) {
          seen.push(event.type);
          if (seen.length === 3) controller.abort();
        }
      })(),
      (error: unknown) => error instanceof CodexAbortError && error.name === "AbortError" && error instanceof Error,
    );
    assert.equal(seen.length, 3);
  });

  test("an already aborted signal starts nothing", async () => {
    const { readRecord, recordPath } = await import("../helpers/fake-codex.js");
    const record = recordPath();
    await assert.rejects(fakeCodex({ record, steps: [simpleTurn()] }).startThread().run("x", { signal: AbortSignal.abort() }), { name: "AbortError" });
    assert.throws(() => readRecord(record), /ENOENT/);
  });

  test("break out of runStreamed ends codex and removes the schema file", async () => {
    const before = schemaDirs();
    const { events } = await fakeCodex({ steps: [BEFORE, { hang: true }] }).startThread().runStreamed("x", { outputSchema: { type: "object" } });
    for await (const event of events) {
      if (event.type === "thread.started") break;
    }
    assert.deepEqual(schemaDirs(), before);
  });

  test("an exception thrown in the loop ends codex too", async () => {
    const { events } = await fakeCodex({ steps: [BEFORE, { hang: true }] }).startThread().runStreamed("x");
    await assert.rejects(
      (async () => {
        for await (const _ of events) throw new Error("consumer bug");
      })(),
      /consumer bug/,
    );
  });

  test("the schema file is removed after success, failure and abort", async () => {
    const before = schemaDirs();
    const schema = { type: "object" };
    await fakeCodex({ steps: [simpleTurn("{}")] }).startThread().run("x", { outputSchema: schema });
    await assert.rejects(fakeCodex({ steps: [{ exit: 1 }] }).startThread().run("x", { outputSchema: schema }));
    await assert.rejects(fakeCodex({ steps: [{ hang: true }] }).startThread().run("x", { outputSchema: schema, signal: AbortSignal.timeout(100) }));
    assert.deepEqual(schemaDirs(), before);
  });
});

describe("validation and secrets", () => {
  test("bad options fail at once with the option named", () => {
    const codex = fakeCodex({});
    assert.throws(() => codex.startThread({ sandboxMode: "wide-open" as never }), /ThreadOptions.sandboxMode must be one of/);
    assert.throws(() => new Codex({ config: { a: null as never } }), CodexConfigError);
    assert.throws(() => codex.startThread({ additionalDirectories: "dir" as never }), CodexConfigError);
  });

  test("bad input and turn options reject before anything starts", async () => {
    const thread = fakeCodex({}).startThread();
    await assert.rejects(thread.run([{ type: "audio" } as never]), /input\[0\] must be/);
    await assert.rejects(thread.run("x", { outputSchema: [] }), /outputSchema must be a plain JSON object/);
    await assert.rejects(thread.run("x", { turnTimeoutMs: -1 }), CodexConfigError);
  });

  test("the API key never appears in errors or util.inspect", async () => {
    const apiKey = "sk-very-secret-key-12345";
    const codex = fakeCodex({ steps: [{ stderr: `auth failed for key ${apiKey}\n` }, { stdout: `not json ${apiKey}\n` }, { hang: true }] }, { apiKey });
    const thread = codex.startThread();
    const error = await thread.run("x").then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof CodexError);
    for (const text of [error.message, inspect(error), inspect(codex, { showHidden: true, depth: 5 }), inspect(thread, { showHidden: true }), JSON.stringify(codex)]) {
      assert.ok(!text.includes(apiKey), `secret leaked in: ${text.slice(0, 300)}`);
    }
    assert.match(error.message, /\[REDACTED\]/);
  });

  test("errors are all instanceof Error with a code", () => {
    for (const error of [new CodexAbortError(), new CodexConfigError("x")]) {
      assert.ok(error instanceof Error);
      assert.ok(error instanceof CodexError);
      assert.equal(typeof error.code, "string");
    }
  });
});

function schemaDirs(): string[] {
  return readdirSync(os.tmpdir()).filter((name) => name.startsWith("codex-output-schema-")).sort();
}

/**
 * Framing and outcome traps other wrappers fell into. The app-server
 * transport runs the same cases in its own tests.
 */
describe("framing traps", () => {
  test("U+2028 and U+2029 inside a JSON string do not split the line", async () => {
    const text = "line\u2028separator\u2029paragraph";
    // JSON.stringify leaves both characters raw, as codex prints them.
    const { events, error } = await collect([lines(THREAD_STARTED, agentMessage(text), TURN_COMPLETED)]);
    assert.equal(error, undefined);
    assert.equal(events.length, 3);
    const message = events[1];
    assert.ok(message?.type === "item.completed" && message.item.type === "agent_message");
    assert.equal(message.item.text, text);
  });

  test('an "error" event ("Reconnecting... 2/5") followed by a completion is not a failure', async () => {
    const steps = [lines(THREAD_STARTED, TURN_STARTED, { type: "error", message: "Reconnecting... 2/5" }, agentMessage("recovered"), TURN_COMPLETED)];
    const turn = await fakeCodex({ steps }).startThread().run("x");
    assert.equal(turn.finalResponse, "recovered");
    const { events, error } = await collect(steps);
    assert.equal(error, undefined);
    assert.deepEqual(events.map((e) => e.type), ["thread.started", "turn.started", "error", "item.completed", "turn.completed"]);
  });

  test("turn.failed then exit 0: the turn failed", async () => {
    const steps = [lines(THREAD_STARTED, TURN_STARTED, { type: "turn.failed", error: { message: "model refused" } }), { exit: 0 }];
    await assert.rejects(fakeCodex({ steps }).startThread().run("x"), (error: unknown) => error instanceof CodexTurnFailedError && error.message === "model refused");
    const { events, error } = await collect(steps);
    assert.equal(error, undefined);
    assert.equal(events.at(-1)?.type, "turn.failed");
  });

  test("turn.completed then a non-zero exit: the terminal event decides, the turn completed", async () => {
    const steps = [lines(THREAD_STARTED, TURN_STARTED, agentMessage("done"), TURN_COMPLETED), { stderr: "panic while shutting down\n" }, { exit: 101 }];
    const turn = await fakeCodex({ steps }).startThread().run("x");
    assert.equal(turn.finalResponse, "done");
    const { events, error } = await collect(steps);
    assert.equal(error, undefined);
    assert.equal(events.at(-1)?.type, "turn.completed");
  });
});
