import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { after, before } from "node:test";
import { Redis } from "ioredis";
import { TurnQueue, type QueuedTurnEvent, type TurnJob, type TurnWorkerOptions } from "../../src/queue/index.js";
import type { ScriptedModel, ScriptedResponse } from "../../src/testing/index.js";
import { assertNoProcessesLeft } from "./leaks.js";
import { RedisServer } from "./redis.js";
import { lastUserText } from "./scripted.js";
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

/** Answers by the turn's prompt: `first` to the prompt, `then` after a tool call. */
export function byPrompt(table: Record<string, { first: ScriptedResponse; then?: ScriptedResponse }>) {
  return (request: Record<string, unknown>): ScriptedResponse | undefined => {
    const input = request.input as { type?: string }[];
    const entry = table[lastUserText(request)];
    if (entry === undefined) return undefined;
    return input.at(-1)?.type === "function_call_output" ? entry.then : entry.first;
  };
}

/** A prompt's answer: `first` to its first ask, `later` (default: `first`) after; `asked` resolves at the first ask. */
export function onFirstAsk(first: ScriptedResponse, later: ScriptedResponse = first): { asked: Promise<void>; entry: { first: ScriptedResponse } } {
  let count = 0;
  let reached!: () => void;
  const asked = new Promise<void>((resolve) => (reached = resolve));
  return {
    asked,
    entry: {
      get first(): ScriptedResponse {
        count += 1;
        if (count > 1) return later;
        reached();
        return first;
      },
    },
  };
}

export async function firstEvent(job: TurnJob, type: QueuedTurnEvent["type"]): Promise<QueuedTurnEvent> {
  for await (const event of job.events()) if (event.type === type) return event;
  throw new Error(`no ${type} event`);
}

export async function collect(job: TurnJob): Promise<QueuedTurnEvent[]> {
  const events: QueuedTurnEvent[] = [];
  for await (const event of job.events()) events.push(event);
  return events;
}


/** A suite's Redis, its client, the queue of the test running, and the workers and models it started. */
export interface QueueSuite {
  readonly redis: RedisServer;
  readonly client: Redis;
  /** The queue the running test uses (set by `fresh()`, or by the test). */
  queue: TurnQueue;
  /** A new queue `name`, and `count` worker processes for it running the model's turns (app-server, concurrency 2). */
  fresh(name: string, model: ScriptedModel, count: number, extra?: Record<string, unknown>): Promise<WorkerProcess[]>;
  /** Stops the workers (SIGTERM), closes the queue and the model. */
  finish(started: WorkerProcess[], model: ScriptedModel): Promise<void>;
  /** The published version of a thread in queue `name`. */
  stateVersion(name: string, threadId: string): Promise<string | null>;
}

/**
 * Sets up a describe block's private redis-server; after the block, closes
 * whatever a failing test left open (queues, models, workers), stops Redis,
 * and checks that nothing the block started is still running.
 */
export function queueSuite(timing: { lockDuration: number; stalledInterval: number }): QueueSuite {
  const redis = new RedisServer();
  const workers: WorkerProcess[] = [];
  const models: ScriptedModel[] = [];
  const queues: TurnQueue[] = [];
  let client: Redis | undefined;
  let current: TurnQueue | undefined;
  before(async () => {
    await redis.start();
    client = new Redis(redis.connection);
  });
  after(async () => {
    for (const worker of workers) await stopWorker(worker);
    for (const queue of queues) await queue.close();
    for (const model of models) await model.close();
    client?.disconnect();
    await redis.stop();
    await assertNoProcessesLeft(5000);
  });
  const suite: QueueSuite = {
    redis,
    get client(): Redis {
      if (client === undefined) throw new Error("the suite's Redis is not started");
      return client;
    },
    get queue(): TurnQueue {
      if (current === undefined) throw new Error("no queue yet");
      return current;
    },
    set queue(queue: TurnQueue) {
      current = queue;
      queues.push(queue);
    },
    async fresh(name, model, count, extra = {}) {
      suite.queue = new TurnQueue({ connection: redis.connection, name });
      models.push(model);
      const started = await Promise.all(
        Array.from({ length: count }, () => startWorker({ connection: redis.connection, name, concurrency: 2, codex: model.codexOptions({ transport: "app-server" }), ...timing, ...extra })),
      );
      workers.push(...started);
      return started;
    },
    async finish(started, model) {
      for (const worker of started) await stopWorker(worker);
      await suite.queue.close();
      await model.close();
    },
    stateVersion: (name, threadId) => suite.client.hget(`codex-sdk:${name}:thread:${threadId}:state`, "version"),
  };
  return suite;
}
