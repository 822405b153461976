import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { afterEach, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import {
  Codex,
  CodexAbortError,
  CodexExitError,
  CodexTimeoutError,
  type ThreadEvent,
  type TurnOptions,
} from "../../src/index.js";
import { message, shell, type ScriptedModel } from "../../src/testing/index.js";
import { assertNoProcessesLeft, processesWithTag } from "../helpers/leaks.js";
import { tagged } from "../helpers/process-table.js";
import { withModel } from "../helpers/scripted.js";
import { TurnRecorder } from "../helpers/telemetry.js";

/**
 * Chaos: kill things on purpose while codex runs a real command (`sleep 1000`
 * through its shell tool) and check in the OS process table that the whole
 * tree is gone within 2 s. Deterministic: every step waits on an event or a
 * process exit; the only polling is of the process table, bounded by 2 s.
 */

afterEach(() => assertNoProcessesLeft(2000));

const SLEEP = /\bsleep 1000\b/;

/**
 * Starts a turn whose command sleeps, runs `fn` once the command runs, and
 * always returns the iterator afterwards: a failed assertion must not leave
 * the turn running (it would hold this test file open).
 */
async function withLongCommand(
  model: ScriptedModel,
  turnOptions: TurnOptions,
  fn: (turn: { events: AsyncGenerator<ThreadEvent>; sleepers: number[]; codexPid: number }) => Promise<void>,
): Promise<void> {
  const recorder = new TurnRecorder();
  const { events } = await new Codex(model.codexOptions()).startThread({ skipGitRepoCheck: true }).runStreamed("run it", turnOptions);
  try {
    const { sleepers } = await startLongCommand(events);
    const codexPid = recorder.starts[0]?.pid;
    assert.ok(codexPid, "telemetry gave codex's pid");
    await fn({ events, sleepers, codexPid });
  } finally {
    recorder.close();
    await events.return(undefined);
  }
}

/** Reads events until the command has started; resolves once its process runs. */
async function startLongCommand(events: AsyncGenerator<ThreadEvent>) {
  {
    const seen: ThreadEvent[] = [];
    for (;;) {
      const next = await events.next();
      assert.ok(!next.done, "the turn ended before the command started");
      seen.push(next.value);
      if (next.value.type === "item.started" && next.value.item.type === "command_execution") break;
    }
    return { seen, sleepers: await commandProcesses() };
  }
}

/**
 * codex reports item.started as it launches the command: the shell may not
 * have exec'd `sleep` yet. The process table has no event for that, so poll it (bounded).
 */
async function commandProcesses(): Promise<number[]> {
  const deadline = performance.now() + 5000;
  for (;;) {
    const found = tagged(SLEEP);
    if (found.length > 0) return found;
    assert.ok(performance.now() < deadline, "the command never started");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function signalIfAlive(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone (e.g. the shell wrapper exited once sleep died)
  }
}

async function drain(events: AsyncGenerator<ThreadEvent>): Promise<unknown> {
  try {
    for await (const _ of events) void _;
    return undefined;
  } catch (error) {
    return error;
  }
}

/** Resolves once nothing the test started is alive; fails if that takes over 2 s from `since`. */
async function goneWithin2s(since: number): Promise<void> {
  await assertNoProcessesLeft(2000);
  const took = performance.now() - since;
  assert.ok(took <= 2000, `the tree took ${Math.round(took)} ms to go`);
}

describe("chaos: the turn's process tree is gone within 2 s", { timeout: 60_000 }, () => {
  test("SIGKILL to codex mid-stream: the turn fails with the signal, its command is ended", async () => {
    await withModel([[shell("sleep 1000")]], async (model) => {
      await withLongCommand(model, {}, async ({ events, codexPid }) => {
        const killedAt = performance.now();
        process.kill(codexPid, "SIGKILL");
        const error = await drain(events);
        assert.ok(error instanceof CodexExitError);
        assert.equal(error.signal, "SIGKILL");
        await goneWithin2s(killedAt);
      });
    });
  });

  test("SIGKILL to a descendant (the running command): codex reports it and the turn goes on", async () => {
    await withModel([[shell("sleep 1000")], [message("the command was killed")]], async (model) => {
      await withLongCommand(model, {}, async ({ events, sleepers }) => {
        for (const pid of sleepers) signalIfAlive(pid, "SIGKILL");
        const rest: ThreadEvent[] = [];
        for await (const event of events) rest.push(event);
        const done = rest.find((event) => event.type === "item.completed" && event.item.type === "command_execution");
        assert.ok(done?.type === "item.completed" && done.item.type === "command_execution");
        assert.notEqual(done.item.exit_code, 0);
        assert.equal(rest.at(-1)?.type, "turn.completed");
      });
    });
  });

  test("abort via signal", async () => {
    await withModel([[shell("sleep 1000")]], async (model) => {
      const controller = new AbortController();
      await withLongCommand(model, { signal: controller.signal }, async ({ events }) => {
        const abortedAt = performance.now();
        controller.abort();
        assert.ok((await drain(events)) instanceof CodexAbortError);
        await goneWithin2s(abortedAt);
      });
    });
  });

  test("a consumer that breaks out of the loop", async () => {
    await withModel([[shell("sleep 1000")]], async (model) => {
      await withLongCommand(model, {}, async ({ events }) => {
        const stoppedAt = performance.now();
        await events.return(undefined);
        await goneWithin2s(stoppedAt);
      });
    });
  });

  test("a consumer that throws inside the loop", async () => {
    await withModel([[shell("sleep 1000")]], async (model) => {
      const { events } = await new Codex(model.codexOptions()).startThread({ skipGitRepoCheck: true }).runStreamed("run it");
      let thrownAt = 0;
      await assert.rejects(
        (async () => {
          for await (const event of events) {
            if (event.type === "item.started" && event.item.type === "command_execution") {
              assert.ok((await commandProcesses()).length > 0, "the command is running");
              thrownAt = performance.now();
              throw new Error("consumer failure");
            }
          }
        })(),
        /consumer failure/,
      );
      await goneWithin2s(thrownAt);
    });
  });

  test("a turn timeout", async () => {
    await withModel([[shell("sleep 1000")]], async (model) => {
      const startedAt = performance.now();
      await withLongCommand(model, { turnTimeoutMs: 3000 }, async ({ events }) => {
        const error = await drain(events);
        assert.ok(error instanceof CodexTimeoutError);
        await goneWithin2s(startedAt + 3000);
      });
    });
  });

  test("normal completion after a command that left a process in the background", async () => {
    await withModel([[shell("(setsid sleep 1000 &) ; echo started")], [message("done")]], async (model) => {
      const turn = await new Codex(model.codexOptions()).startThread({ skipGitRepoCheck: true }).run("x");
      const completedAt = performance.now();
      assert.equal(turn.finalResponse, "done");
      await goneWithin2s(completedAt);
    });
  });

  test("the parent Node process dies by SIGKILL mid-turn", async () => {
    const fixture = fileURLToPath(new URL("../fixtures/parent-of-turn.ts", import.meta.url));
    const parent = spawn(process.execPath, ["--import", "tsx", fixture], { stdio: ["ignore", "pipe", "inherit"] });
    const exited = once(parent, "exit");
    const lines = createInterface({ input: parent.stdout });
    // A fixture that dies first must fail the test, not leave it waiting for a line.
    const line = await Promise.race([once(lines, "line").then(([text]) => String(text)), exited.then(() => "(exited)")]);
    try {
      assert.equal(line, "RUNNING");
      assert.ok((await commandProcesses()).length > 0, "the command is running");
    } catch (error) {
      parent.kill("SIGKILL");
      throw error;
    }
    const killedAt = performance.now();
    parent.kill("SIGKILL");
    await exited;
    await goneWithin2s(killedAt);
    assert.deepEqual(processesWithTag(), []);
  });
});
