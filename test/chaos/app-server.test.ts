import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { performance } from "node:perf_hooks";
import { afterEach, describe, test } from "node:test";
import { Codex, CodexAbortError, CodexExitError, CodexTimeoutError } from "../../src/index.js";
import { message, shell } from "../../src/testing/index.js";
import { commandProcesses, drain, goneWithin2s, killParentMidTurn, SLEEP, untilCommandRuns } from "../helpers/chaos.js";
import { assertNoProcessesLeft, processesWithTag } from "../helpers/leaks.js";
import { pollUntil } from "../helpers/poll.js";
import { tagged } from "../helpers/process-table.js";
import { lastUserText, withModel } from "../helpers/scripted.js";
import { TurnRecorder } from "../helpers/telemetry.js";

/**
 * Chaos on the app-server transport: codex 0.169 leaves a command running
 * when its turn is interrupted; the SDK must end it. Every check is against
 * the OS process table.
 */

afterEach(() => assertNoProcessesLeft(2000));

/** A responder: the long command for the prompt "long", a message for anything else. */
function responder(request: Record<string, unknown>): ReturnType<typeof shell>[] | ReturnType<typeof message>[] {
  const input = request.input as { type?: string }[];
  if (input.at(-1)?.type === "function_call_output") return [message("the command ended")];
  const text = lastUserText(request);
  return text === "long" ? [shell("sleep 1000")] : [message(`answer to ${text}`)];
}

/** The app-server's pid: the only one telemetry reports. */
function appServerPid(recorder: TurnRecorder): number {
  const pid = recorder.starts[0]?.pid;
  assert.ok(pid, "telemetry gave the app-server's pid");
  return pid;
}

describe("chaos (app-server): no process of an ended turn outlives it, and the app-server goes on", { timeout: 60_000 }, () => {
  for (const how of ["thread.interrupt()", "abort via signal", "turn timeout", "a consumer that breaks out"] as const) {
    test(`${how} with a command running: the command is ended within 2 s; other threads go on over the same process`, async () => {
      const recorder = new TurnRecorder();
      try {
        await withModel(responder, async (model) => {
          await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
          const controller = new AbortController();
          const thread = codex.startThread({ skipGitRepoCheck: true, sandboxMode: "danger-full-access" });
          const { events } = await thread.runStreamed("long", {
            signal: how === "abort via signal" ? controller.signal : undefined,
            turnTimeoutMs: how === "turn timeout" ? 3000 : undefined,
          });
          await untilCommandRuns(events);
          const pid = appServerPid(recorder);
          const endedAt = performance.now();
          if (how === "thread.interrupt()") {
            const [error] = await Promise.all([drain(events), thread.interrupt()]);
            assert.ok(error instanceof CodexAbortError, String(error));
            assert.match((error as Error).message, /thread\.interrupt\(\) was called/);
          } else if (how === "abort via signal") {
            controller.abort();
            assert.ok((await drain(events)) instanceof CodexAbortError);
          } else if (how === "turn timeout") {
            const error = await drain(events);
            assert.ok(error instanceof CodexTimeoutError && error.kind === "turn", String(error));
          } else {
            await events.return(undefined);
          }
          // The command is gone; the app-server is not.
          await assertCommandGone(how === "turn timeout" ? performance.now() : endedAt);
          assert.ok(processesWithTag().includes(pid), "the app-server still runs");
          const other = await codex.startThread({ skipGitRepoCheck: true }).run("another thread");
          assert.equal(other.finalResponse, "answer to another thread");
          assert.equal(recorder.starts.at(-1)?.pid, pid, "served by the same process");
        });
      } finally {
        recorder.close();
      }
    });
  }

  test("the app-server killed by SIGKILL mid-turn: the turn fails with the signal, its command is ended, and the next turn works on a new process with the thread's history", async () => {
    const recorder = new TurnRecorder();
    try {
      await withModel(responder, async (model) => {
        await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
        const thread = codex.startThread({ skipGitRepoCheck: true, sandboxMode: "danger-full-access" });
        const { events } = await thread.runStreamed("long");
        await untilCommandRuns(events);
        const pid = appServerPid(recorder);
        const killedAt = performance.now();
        process.kill(pid, "SIGKILL");
        const error = await drain(events);
        assert.ok(error instanceof CodexExitError, String(error));
        assert.equal(error.signal, "SIGKILL");
        await goneWithin2s(killedAt);
        const next = await thread.run("after the crash");
        assert.equal(next.finalResponse, "answer to after the crash");
        assert.notEqual(recorder.starts.at(-1)?.pid, pid, "a new process");
        assert.match(JSON.stringify(model.requests.at(-1)?.input), /long/, "the thread was resumed with its history");
      });
    } finally {
      recorder.close();
    }
  });

  test("close() during a running command: the turn rejects, and once close() resolves nothing is left", async () => {
    await withModel(responder, async (model) => {
      const codex = new Codex(model.codexOptions({ transport: "app-server" }));
      const { events } = await codex.startThread({ skipGitRepoCheck: true, sandboxMode: "danger-full-access" }).runStreamed("long");
      await untilCommandRuns(events);
      const error = drain(events);
      await codex.close();
      assert.deepEqual(processesWithTag(), [], "close() resolved after the sweep");
      assert.ok((await error) instanceof CodexAbortError);
    });
  });

  test("a command a completed turn left in the background runs on until close()", async () => {
    await withModel([[shell("(setsid sleep 1000 &) ; echo started")], [message("done")]], async (model) => {
      const codex = new Codex(model.codexOptions({ transport: "app-server" }));
      const turn = await codex.startThread({ skipGitRepoCheck: true, sandboxMode: "danger-full-access" }).run("x");
      assert.equal(turn.finalResponse, "done");
      assert.ok((await commandProcesses()).length > 0, "the background command runs after its turn");
      await codex.close();
      assert.deepEqual(tagged(SLEEP), []);
    });
  });

  test("the parent Node process dies by SIGKILL mid-turn: the app-server and its command are gone within 2 s", async () => {
    await killParentMidTurn("app-server");
  });
});

/** The turn's command is gone within 2 s of `since` (the app-server may stay). */
async function assertCommandGone(since: number): Promise<void> {
  const withinMs = since + 2000 - performance.now();
  await pollUntil(() => (tagged(SLEEP).length === 0 ? true : undefined), `the command outlived its turn by more than 2 s`, withinMs);
}

