import "./leaks.js";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { ThreadEvent } from "../../src/index.js";
import { assertNoProcessesLeft, processesWithTag } from "./leaks.js";
import { pollUntil } from "./poll.js";
import { tagged } from "./process-table.js";

/** The command the chaos turns run, as it shows in the process table. */
export const SLEEP = /\bsleep 1000\b/;

/**
 * codex reports item.started as it launches the command: the shell may not
 * have exec'd `sleep` yet. The process table has no event for that, so poll it (bounded).
 */
export function commandProcesses(pattern: RegExp = SLEEP): Promise<number[]> {
  return pollUntil(() => {
    const found = tagged(pattern);
    return found.length > 0 ? found : undefined;
  }, "the command never started");
}

/** Reads events until the command has started; resolves with its processes once they run. */
export async function untilCommandRuns(events: AsyncGenerator<ThreadEvent>): Promise<number[]> {
  for (;;) {
    const next = await events.next();
    assert.ok(!next.done, "the turn ended before the command started");
    if (next.value.type === "item.started" && next.value.item.type === "command_execution") break;
  }
  return commandProcesses();
}

/** Reads the rest of a turn; returns its error (undefined when it ended well). */
export async function drain(events: AsyncGenerator<ThreadEvent>): Promise<unknown> {
  try {
    for await (const _ of events) void _;
    return undefined;
  } catch (error) {
    return error;
  }
}

export function signalIfAlive(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone (e.g. the shell wrapper exited once sleep died)
  }
}

/** Resolves once nothing the test started is alive; fails if that takes over 2 s from `since`. */
export async function goneWithin2s(since: number): Promise<void> {
  await assertNoProcessesLeft(2000);
  const took = performance.now() - since;
  assert.ok(took <= 2000, `the tree took ${Math.round(took)} ms to go`);
}

/** Starts a Node process that runs a long command over `transport`, kills it by SIGKILL once the command runs, and checks the table. */
export async function killParentMidTurn(transport: "exec" | "app-server", withMcpServer = false): Promise<void> {
  const fixture = fileURLToPath(new URL("../fixtures/parent-of-turn.ts", import.meta.url));
  const args = ["--import", "tsx", fixture, transport, ...(withMcpServer ? ["mcp"] : [])];
  const parent = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
  const exited = once(parent, "exit");
  const lines = createInterface({ input: parent.stdout });
  // A fixture that dies first must fail the test, not leave it waiting for a line.
  const line = await Promise.race([once(lines, "line").then(([text]) => String(text)), exited.then(() => "(exited)")]);
  try {
    assert.equal(line, "RUNNING");
    assert.ok((await commandProcesses()).length > 0, "the command is running");
    if (withMcpServer) assert.ok(tagged(/mcp-server\.mjs/).length > 0, "codex started the MCP server");
  } catch (error) {
    parent.kill("SIGKILL");
    throw error;
  }
  const killedAt = performance.now();
  parent.kill("SIGKILL");
  await exited;
  await goneWithin2s(killedAt);
  assert.deepEqual(processesWithTag(), []);
}
