import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TurnWorkerOptions } from "../../src/queue/index.js";
import { processesWhoseEnvironmentHas } from "./leaks.js";

const FIXTURE = fileURLToPath(new URL("../fixtures/queue-worker.ts", import.meta.url));

/** A TurnWorker running in a process of its own (another "machine": its own state directory). */
export interface WorkerProcess {
  child: ChildProcess;
  pid: number;
  stateDir: string;
  /** Resolves with the exit code or signal. */
  exited: Promise<number | NodeJS.Signals | null>;
  /** Everything it wrote to stdout and stderr. */
  output(): string;
}

export async function startWorker(options: Omit<TurnWorkerOptions, "stateDir"> & { drain?: "requeue" | "finish" }): Promise<WorkerProcess> {
  const stateDir = mkdtempSync(path.join(os.tmpdir(), "codex-sdk-worker-"));
  const child = spawn(process.execPath, ["--import", "tsx", FIXTURE, JSON.stringify({ ...options, stateDir })], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => child.once("exit", (code, signal) => resolve(signal ?? code)));
  await new Promise<void>((resolve, reject) => {
    const onData = (): void => {
      if (output.includes("ready\n")) {
        child.stdout?.off("data", onData);
        resolve();
      }
    };
    child.stdout?.on("data", onData);
    exited.then((how) => reject(new Error(`worker exited (${String(how)}) before it was ready:\n${output}`)));
  });
  return { child, pid: child.pid ?? 0, stateDir, exited, output: () => output };
}

/** Ends a worker process with SIGTERM (a draining close) and waits for it. */
export async function stopWorker(worker: WorkerProcess): Promise<void> {
  if (worker.child.exitCode !== null || worker.child.signalCode !== null) return;
  worker.child.kill("SIGTERM");
  await worker.exited;
}

/** Pids of live processes whose environment mentions `text` (a worker's state directory: the codex processes it started). */
export function processesMentioning(text: string): number[] {
  return processesWhoseEnvironmentHas(text);
}
