import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { getEventListeners } from "node:events";
import { readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { afterEach, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { Codex, CodexAbortError, CodexClosedError, CodexTimeoutError } from "../../src/index.js";
import { SESSION_TAG_VAR, TURN_TAG_VAR } from "../../src/process/watchdog.js";
import { agentMessage, fakeCodex, lines, simpleTurn, THREAD_STARTED, TURN_STARTED } from "../helpers/fake-codex.js";
import { assertNoProcessesLeft, processesWithTag } from "../helpers/leaks.js";
import { TurnRecorder } from "../helpers/telemetry.js";

afterEach(() => assertNoProcessesLeft());

const HANG = { hang: true };
/** The variables that tag what the SDK starts (src/process/watchdog.ts). */
const SDK_TAGS = [TURN_TAG_VAR, SESSION_TAG_VAR];

describe("timeouts and kill escalation", () => {
  test("turnTimeoutMs ends a hung turn with a timeout error", async () => {
    const startedAt = performance.now();
    await assert.rejects(fakeCodex({ steps: [HANG] }).startThread().run("x", { turnTimeoutMs: 200 }), (error: unknown) => {
      assert.ok(error instanceof CodexTimeoutError);
      assert.equal(error.kind, "turn");
      assert.equal(error.timeoutMs, 200);
      return true;
    });
    assert.ok(performance.now() - startedAt >= 200);
  });

  test("idleTimeoutMs fires after the last event, and the events before it are delivered", async () => {
    const codex = fakeCodex({ steps: [lines(THREAD_STARTED, TURN_STARTED), HANG] }, { idleTimeoutMs: 1000 });
    const { events } = await codex.startThread().runStreamed("x");
    const seen: string[] = [];
    await assert.rejects(
      (async () => {
        for await (const event of events) seen.push(event.type);
      })(),
      (error: unknown) => error instanceof CodexTimeoutError && error.kind === "idle",
    );
    assert.deepEqual(seen, ["thread.started", "turn.started"]);
  });

  test("a codex that lingers after its last event is ended 5 s later, and the turn completes", async () => {
    const startedAt = performance.now();
    const turn = await fakeCodex({ steps: [simpleTurn("done"), HANG] }).startThread().run("x");
    assert.equal(turn.finalResponse, "done");
    const waited = performance.now() - startedAt;
    assert.ok(waited >= 4_900, `ended after ${Math.round(waited)} ms`);
  });

  test("a codex that ignores SIGTERM is killed after killGraceMs", async () => {
    const recorder = new TurnRecorder();
    try {
      const controller = new AbortController();
      const { events } = await fakeCodex({ steps: [{ ignoreSigterm: true }, lines(THREAD_STARTED), HANG] })
        .startThread()
        .runStreamed("x", { signal: controller.signal, killGraceMs: 300 });
      let abortedAt = 0;
      await assert.rejects(
        (async () => {
          for await (const event of events) {
            // thread.started comes after the fake installed its SIGTERM handler.
            if (event.type === "thread.started") {
              abortedAt = performance.now();
              controller.abort();
            }
          }
        })(),
        CodexAbortError,
      );
      assert.ok(performance.now() - abortedAt >= 300, "waited for the grace period");
      const pid = recorder.starts[0]?.pid;
      assert.ok(pid);
      assert.equal(processesWithTag().includes(pid), false);
    } finally {
      recorder.close();
    }
  });
});

describe("process tree cleanup", () => {
  for (const detached of [false, true]) {
    test(`a ${detached ? "setsid-detached" : "background"} grandchild is ended when the turn completes normally`, async () => {
      const turn = await fakeCodex({ steps: [{ spawn: "exec sleep 1000", detached }, simpleTurn("done")] }).startThread().run("x");
      assert.equal(turn.finalResponse, "done");
      // afterEach: nothing tagged may survive.
    });
  }

  test("codex runs in a session and process group of its own: a Ctrl-C aimed at the app does not reach it", async () => {
    const codex = fakeCodex({ steps: [lines(THREAD_STARTED), HANG] });
    const recorder = new TurnRecorder();
    const controller = new AbortController();
    try {
      const turn = codex.startThread().run("x", { signal: controller.signal });
      const [start] = await recorder.started(1);
      const pid = start?.pid ?? 0;
      // "pid (comm) state ppid pgrp session ...": comm may hold spaces, so split after ")".
      const stat = (of: number | "self") => readFileSync(`/proc/${of}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      const [, , pgrp, session] = stat(pid);
      assert.equal(Number(pgrp), pid, "codex leads its own process group");
      assert.equal(Number(session), pid, "and its own session");
      assert.notEqual(session, stat("self")[3]);
      controller.abort();
      await assert.rejects(turn, CodexAbortError);
    } finally {
      recorder.close();
      await codex.close();
    }
  });

  test("a leftover that dropped the SDK's tags but stayed in codex's process group is ended once codex exits", async () => {
    // Only the kill of codex's group can find it: the sweep looks for the tags it never had. (Started without them,
    // and exec'd before spawn returns: a shell that dropped them itself would carry them until its exec.)
    const codex = fakeCodex({ steps: [{ spawn: ["sleep", "1000"], unsetEnv: SDK_TAGS }, simpleTurn("done")] });
    const turn = await codex.startThread().run("x");
    assert.equal(turn.finalResponse, "done");
    await codex.close();
    await assertNoProcessesLeft();
  });

  test("a leftover that escaped every tag and holds stdout open does not hold the turn: it ends killGraceMs after codex exits", async () => {
    // Without the SDK's tags (the test's own stays, so this test can end it), in a session of its own.
    const codex = fakeCodex({ steps: [{ spawn: ["sleep", "1000"], unsetEnv: SDK_TAGS, detached: true, holdStdout: true }, simpleTurn("done")] }, { killGraceMs: 300 });
    try {
      const turn = await codex.startThread().run("x");
      assert.equal(turn.finalResponse, "done", "every event before the exit arrived");
      assert.equal(processesWithTag().length, 1, "the escapee still holds the pipe: only the give-up ended the turn");
    } finally {
      for (const pid of processesWithTag()) process.kill(pid, "SIGKILL");
    }
  });

  test("a grandchild is ended when the consumer breaks out of the loop", async () => {
    const { events } = await fakeCodex({ steps: [{ spawn: "exec sleep 1000", detached: true }, lines(THREAD_STARTED), HANG] }).startThread().runStreamed("x");
    let broke = false;
    for await (const event of events) {
      if (event.type === "thread.started") {
        broke = true;
        break;
      }
    }
    assert.ok(broke, "the turn was running (its grandchild started) when the consumer broke out");
    // The setsid-detached grandchild left codex's group: the sweep ends it.
    await assertNoProcessesLeft();
  });
});

describe("load", () => {
  for (const limit of [1, 2]) {
    test(`maxConcurrentTurns: ${limit}: no more turns run at once, and they start in FIFO order`, async () => {
      const names = ["A", "B", "C", "D", "E"];
      const byStdin = Object.fromEntries(
        names.map((name) => [name, { steps: [lines({ type: "thread.started", thread_id: name }, TURN_STARTED, agentMessage(name), { type: "turn.completed", usage: { input_tokens: 0, cached_input_tokens: 0, output_tokens: 0, reasoning_output_tokens: 0 } })] }]),
      );
      const codex = fakeCodex({ byStdin } as never, { maxConcurrentTurns: limit });
      const recorder = new TurnRecorder();
      const startOrder: string[] = [];
      try {
        await Promise.all(
          names.map(async (name) => {
            const { events } = await codex.startThread().runStreamed(name);
            for await (const event of events) if (event.type === "thread.started") startOrder.push(event.thread_id);
          }),
        );
        // Without the limit all five spawn at once (a start is published at spawn, an end only after exit).
        assert.equal(recorder.maxActive, limit);
        assert.equal(recorder.starts.length, names.length);
        if (limit === 1) assert.deepEqual(startOrder, names);
      } finally {
        recorder.close();
      }
    });
  }

  test("maxConcurrentTurns: a queued turn can be aborted while it waits", async () => {
    const codex = fakeCodex({ byStdin: { hold: { steps: [lines(THREAD_STARTED), HANG] }, "*": { steps: [simpleTurn()] } } } as never, { maxConcurrentTurns: 1 });
    const recorder = new TurnRecorder();
    try {
      const holder = new AbortController();
      const first = codex.startThread().run("hold", { signal: holder.signal });
      await recorder.started(1);
      const waiting = new AbortController();
      const second = codex.startThread().run("quick", { signal: waiting.signal });
      waiting.abort();
      await assert.rejects(second, (error: unknown) => error instanceof CodexAbortError && /while waiting to start/.test(error.message));
      assert.equal(recorder.starts.length, 1, "the aborted turn never started a process");
      holder.abort();
      await assert.rejects(first, CodexAbortError);
      const third = await codex.startThread().run("quick");
      assert.equal(third.finalResponse, "hello");
    } finally {
      recorder.close();
    }
  });

  test("500 sequential turns leave no file descriptor, listener or temp file behind", async () => {
    const fastCodex = { codexPathOverride: fileURLToPath(new URL("../fixtures/fast-codex.sh", import.meta.url)) };
    const signal = new AbortController().signal;
    const schema = { type: "object" };
    const snapshot = () => ({
      fds: readdirSync("/proc/self/fd").length,
      abortListeners: getEventListeners(signal, "abort").length,
      processListeners: process.eventNames().reduce((sum, name) => sum + process.listenerCount(name), 0),
      schemaDirs: readdirSync(os.tmpdir()).filter((name) => name.startsWith("codex-output-schema-")).length,
    });
    // Warm up once so lazily created handles (the watchdog's pipe) are not counted as growth.
    const warmUp = new Codex(fastCodex);
    await warmUp.startThread().run("warm-up", { signal });
    await warmUp.close();
    const before = snapshot();
    const codex = new Codex(fastCodex);
    for (let i = 0; i < 500; i += 1) {
      const turn = await codex.startThread().run("x", { signal, outputSchema: i % 2 === 0 ? schema : undefined });
      assert.equal(turn.finalResponse, '{"ok":true}');
    }
    // Every turn's cleanup, the sweep passes included, is over once close() resolves.
    await codex.close();
    assert.deepEqual(snapshot(), before);
  });
});

describe("close()", () => {
  test("ends running and queued turns, refuses new ones, and resolves once everything they started is gone", async () => {
    const codex = fakeCodex({ steps: [{ spawn: "exec sleep 1000", detached: true }, lines(THREAD_STARTED), HANG] }, { maxConcurrentTurns: 1 });
    const recorder = new TurnRecorder();
    try {
      const running = settled(codex.startThread().run("x"));
      await recorder.started(1);
      const queued = settled(codex.startThread().run("y"));
      await codex.close();
      // No polling: close() returned after a clean sweep pass, so nothing this file started is left.
      assert.deepEqual(processesWithTag(), []);
      const [runningError, queuedError] = await Promise.all([running, queued]);
      assert.ok(runningError instanceof CodexAbortError && /Codex\.close\(\) was called/.test(runningError.message));
      assert.ok(queuedError instanceof CodexAbortError && /while waiting to start/.test(queuedError.message));
      assert.equal(recorder.starts.length, 1, "the queued turn never started a process");
      await assert.rejects(codex.startThread().run("z"), CodexClosedError);
      await codex.close(); // idempotent
    } finally {
      recorder.close();
    }
  });

  test("waits for the sweep after a turn that completed, and does not wait for its whole schedule", async () => {
    const codex = fakeCodex({ steps: [{ spawn: "exec sleep 1000", detached: true }, simpleTurn("done")] });
    const turn = await codex.startThread().run("x");
    assert.equal(turn.finalResponse, "done");
    const closing = performance.now();
    await codex.close();
    assert.deepEqual(processesWithTag(), []);
    // The safety-net pass is planned 250 ms after the turn; close() runs the passes now instead.
    assert.ok(performance.now() - closing < 250, `close() took ${Math.round(performance.now() - closing)} ms`);
  });

  test("await using closes the Codex at the end of the scope", async () => {
    let escaped: Codex | undefined;
    {
      await using codex = fakeCodex({ steps: [simpleTurn("scoped")] });
      escaped = codex;
      assert.equal((await codex.startThread().run("x")).finalResponse, "scoped");
    }
    await assert.rejects(escaped.startThread().run("again"), CodexClosedError);
  });
});

/** What a promise settles with: its error, or undefined (so a rejection is handled at once). */
function settled(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}
