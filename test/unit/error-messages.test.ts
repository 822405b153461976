import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { afterEach, describe, test } from "node:test";
import { CodexExitError, CodexTurnFailedError } from "../../src/index.js";
import { summarizeStderr } from "../../src/process/stderr-summary.js";
import { COMPLETE, collectTurn, fakeAppServer } from "../helpers/fake-app-server.js";
import { collect, lines, THREAD_STARTED, TURN_STARTED } from "../helpers/fake-codex.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";

/** Error messages lead with the cause; what codex printed around it stays on the error's fields. */

afterEach(() => assertNoProcessesLeft());

const PATH_ALIASES = 'WARNING: proceeding, even though we could not create PATH aliases: Refusing to create helper binaries under temporary dir "/tmp" (codex_home: AbsolutePathBuf("/tmp/x"))';
const BUBBLEWRAP = "\u001b[2m2026-12-03T17:33:50.969254Z\u001b[0m \u001b[31mERROR\u001b[0m \u001b[2mcodex_app_server\u001b[0m\u001b[2m:\u001b[0m Codex could not find bubblewrap on PATH. Install bubblewrap with your OS package manager.";
const BACKTRACE = "\nStack backtrace:\n   0: <unknown>\n   1: <unknown>\n  10: <unknown>\n";

describe("summarizeStderr", () => {
  test("codex's Error: line first; the PATH-aliases warning, the bubblewrap notice, the prompt notice, colour codes and the backtrace left out", () => {
    const stderr = `${PATH_ALIASES}\n${BUBBLEWRAP}\nReading prompt from stdin...\nError: thread/resume: no rollout found (code -32600)\n${BACKTRACE}`;
    assert.equal(summarizeStderr(stderr), "Error: thread/resume: no rollout found (code -32600)");
    assert.equal(summarizeStderr(`some detail\nError: the cause\n`), "Error: the cause\nsome detail");
    assert.equal(summarizeStderr(`\u001b[31mred\u001b[0m text\n`), "red text");
  });

  test("text with nothing to clean is returned as codex wrote it (the official SDK's messages stay the same)", () => {
    for (const stderr of ["error: unexpected argument '--bogus'\n", "", "two\nlines\n"]) assert.equal(summarizeStderr(stderr), stderr);
  });
});

describe("exit errors lead with what happened and codex's own error", () => {
  test("exec: `Codex Exec exited with code 1: Error: …`, the whole tail on stderr", async () => {
    const stderr = `${PATH_ALIASES}\nReading prompt from stdin...\nError: No such file or directory (os error 2)\n${BACKTRACE}`;
    const { error } = await collect([{ stderr }, { exit: 1 }]);
    assert.ok(error instanceof CodexExitError);
    assert.equal(error.message, "Codex Exec exited with code 1: Error: No such file or directory (os error 2)");
    assert.equal(error.stderr, stderr);
  });

  test("app-server: a killed app-server's error says so first, without the noise or colour codes", async () => {
    await using codex = fakeAppServer({ stderr: `${PATH_ALIASES}\n${BUBBLEWRAP}\n`, turns: [[{ kill: "SIGKILL" }]] });
    const { error } = await collectTurn(codex);
    assert.ok(error instanceof CodexExitError);
    assert.equal(error.message, "codex app-server was killed by signal SIGKILL");
    assert.match(error.stderr, /could not find bubblewrap/, "the whole tail stays on stderr");
  });
});

describe("a failed turn's message", () => {
  const body = { error: { message: "bad request: the prompt is too long", type: "invalid_request_error", code: null, param: null } };

  test("exec: the provider's JSON error body becomes its message; the JSON stays on the error", async () => {
    const { events, error } = await collect([lines(THREAD_STARTED, TURN_STARTED, { type: "turn.failed", error: { message: JSON.stringify(body) } })]);
    assert.equal(error, undefined, "runStreamed yields turn.failed (the event carries the failure)");
    assert.equal(events.at(-1)?.type, "turn.failed");
    const failed = new CodexTurnFailedError(JSON.stringify(body));
    assert.equal(failed.message, "bad request: the prompt is too long");
    assert.deepEqual(failed.details, body);
    assert.equal(failed.codexMessage, JSON.stringify(body));
    const plain = new CodexTurnFailedError("stream disconnected");
    assert.deepEqual([plain.message, plain.details], ["stream disconnected", undefined]);
    // Other shapes of a body: a string error, a top-level message; and what is not a body at all.
    assert.equal(new CodexTurnFailedError('{"error":"quota exhausted"}').message, "quota exhausted");
    assert.equal(new CodexTurnFailedError('{"message":"overloaded"}').message, "overloaded");
    for (const text of ['{"error":{"code":1}}', "{not json", '["a"]', "{}"]) {
      const failed = new CodexTurnFailedError(text);
      assert.equal(failed.message, text, text);
    }
    assert.deepEqual(new CodexTurnFailedError("{}").details, {});
  });

  test("app-server: run() rejects with the body's message", async () => {
    await using codex = fakeAppServer({ turns: [[{ complete: "failed", error: JSON.stringify(body) }]] });
    await assert.rejects(codex.startThread().run("go"), (error: unknown) => error instanceof CodexTurnFailedError && error.message === "bad request: the prompt is too long" && (error.details as typeof body).error.type === "invalid_request_error");
    void COMPLETE;
  });
});
