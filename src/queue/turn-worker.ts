import os from "node:os";
import path from "node:path";
import { Queue, Worker, type Job } from "bullmq";
import type { Redis } from "ioredis";
import { CodexConfigError } from "../errors.js";
import { Redactor } from "../redact.js";
import { validateCodexOptions } from "../validate-options.js";
import { Attempt, type WorkerContext } from "./attempt.js";
import { Keys } from "./records.js";
import { isPositiveInteger } from "../checks.js";
import { baseSettings, connect, disconnect, whenReady } from "./redis.js";
import type { TurnWorkerOptions, WorkerCloseOptions, WorkerIdentity } from "./types.js";

/**
 * Runs queued turns. Takes jobs as soon as it is made, up to `concurrency`
 * at once; each attempt gets a fresh `CODEX_HOME` under `stateDir`, with the
 * thread's history restored from Redis, and publishes the new history only
 * when the turn ends.
 */
export class TurnWorker {
  /** This worker's host name and pid, as events and errors name it. */
  readonly identity: WorkerIdentity = { host: os.hostname(), pid: process.pid };
  readonly #client: Redis;
  readonly #subscriber: Redis;
  readonly #queue: Queue;
  readonly #worker: Worker;
  readonly #attempts = new Map<string, Attempt>();
  readonly #ready: Promise<void>;
  #closing: Promise<void> | undefined;

  constructor(options: TurnWorkerOptions) {
    const { name, connectTimeoutMs } = baseSettings(options, "TurnWorkerOptions");
    if (typeof options.stateDir !== "string" || !path.isAbsolute(options.stateDir)) {
      throw new CodexConfigError(`TurnWorkerOptions.stateDir: an absolute path on this machine, got ${JSON.stringify(options.stateDir)}`);
    }
    const lockDuration = options.lockDuration ?? 30_000;
    for (const [key, value] of Object.entries({ concurrency: options.concurrency, lockDuration, stalledInterval: options.stalledInterval, rateLimitDelayMs: options.rateLimitDelayMs })) {
      if (value !== undefined) isPositiveInteger(value, `TurnWorkerOptions.${key}`);
    }
    if (options.codex !== undefined) validateCodexOptions(options.codex);
    const keys = new Keys(name);
    const prefix = `${keys.prefix}:bull`;
    this.#client = connect(options.connection);
    this.#client.on("error", () => {});
    this.#subscriber = connect(options.connection);
    this.#subscriber.on("error", () => {});
    this.#queue = new Queue(name, { connection: this.#client, prefix });
    this.#queue.on("error", () => {});
    const context: WorkerContext = {
      client: this.#client,
      bull: this.#queue,
      keys,
      worker: this.identity,
      leaseMs: lockDuration,
      stateDir: options.stateDir,
      codex: options.codex ?? {},
      rateLimitDelayMs: options.rateLimitDelayMs ?? 30_000,
      redactor: Redactor.fromOptions({ apiKey: options.codex?.apiKey, env: options.codex?.env, baseUrl: options.codex?.baseUrl, config: options.codex?.config }),
    };
    this.#worker = new Worker(name, (job: Job, token?: string) => this.#process(context, job, token), {
      connection: this.#client,
      prefix,
      concurrency: options.concurrency ?? 1,
      lockDuration,
      ...(options.stalledInterval === undefined ? {} : { stalledInterval: options.stalledInterval }),
      maxStalledCount: options.maxStalledCount ?? 1,
      ...(options.limiter === undefined ? {} : { limiter: options.limiter }),
      name: `${this.identity.host}:${this.identity.pid}`,
    });
    // Connection errors are passing (the clients reconnect); a turn's own errors end in its job.
    this.#worker.on("error", () => {});
    // A cancel for a turn that runs here stops it at once.
    this.#subscriber.subscribe(keys.cancelChannel).catch(() => {});
    this.#subscriber.on("message", (_channel: string, jobId: string) => this.#attempts.get(jobId)?.interrupt("cancel"));
    this.#ready = whenReady(this.#client, options.connection, connectTimeoutMs);
    this.#ready.catch(() => {});
  }

  /** Resolves once Redis answered; `CodexQueueError` when it cannot be reached within `connectTimeoutMs`. */
  ready(): Promise<void> {
    return this.#ready;
  }

  /** Turns running on this worker now. */
  get running(): number {
    return this.#attempts.size;
  }

  /**
   * Stops taking jobs and releases every connection. `drain: "requeue"`
   * (default) interrupts running turns, keeps nothing of them and hands
   * them back to the queue; `"finish"` waits for them (up to `timeoutMs`,
   * then hands back the rest). Ends every codex process it started.
   */
  async close(options: WorkerCloseOptions = {}): Promise<void> {
    const drain = options.drain ?? "requeue";
    if (drain !== "requeue" && drain !== "finish") throw new CodexConfigError(`worker.close({ drain }): "requeue" or "finish", got ${JSON.stringify(drain)}`);
    this.#closing ??= this.#close(drain, options.timeoutMs);
    return this.#closing;
  }

  async #close(drain: "requeue" | "finish", timeoutMs: number | undefined): Promise<void> {
    if (this.#client.status !== "ready") {
      // Redis was never reached, or is gone: BullMQ's close would wait for it forever. Turns that run cannot publish; they stop.
      this.#interruptAll();
      await Promise.all([disconnect(this.#client), disconnect(this.#subscriber)]);
      await this.#worker.close(true);
      return;
    }
    const closed = this.#worker.close();
    let timer: NodeJS.Timeout | undefined;
    if (drain === "requeue") this.#interruptAll();
    else if (timeoutMs !== undefined) timer = setTimeout(() => this.#interruptAll(), timeoutMs);
    try {
      await closed;
    } finally {
      clearTimeout(timer);
      await this.#queue.close().catch(() => {});
      await disconnect(this.#subscriber);
      await disconnect(this.#client);
    }
  }

  #interruptAll(): void {
    for (const attempt of this.#attempts.values()) attempt.interrupt("requeue");
  }

  async #process(context: WorkerContext, job: Job, token: string | undefined): Promise<string> {
    const attempt = new Attempt(context, job, token);
    const id = job.id ?? "";
    this.#attempts.set(id, attempt);
    try {
      if (this.#closing !== undefined) attempt.interrupt("requeue");
      return await attempt.run();
    } finally {
      if (this.#attempts.get(id) === attempt) this.#attempts.delete(id);
    }
  }
}
