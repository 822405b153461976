import { createHash, randomUUID } from "node:crypto";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { CodexConfigError } from "../errors.js";
import { normalizeInput, requirePrompt } from "../input.js";
import type { ThreadOptions } from "../options.js";
import { resolveOutputSchema } from "../output-schema.js";
import { validateThreadId, validateThreadOptions, validateTurnOptions } from "../validate-options.js";
import { CodexQueueError } from "./errors.js";
import { QueuedThread } from "./queued-thread.js";
import { JOB_FORMAT, Keys, type JobData } from "./records.js";
import { isPositiveInteger } from "../checks.js";
import { baseSettings, connect, disconnect, whenReady } from "./redis.js";
import { TurnJob, type JobContext } from "./turn-job.js";
import type { QueuedTurnOptions, QueueWorkspace, TurnQueueOptions, TurnRequest } from "./types.js";
import { checkWorkspace } from "./workspace.js";

/**
 * Puts turns in a queue that {@link TurnWorker}s on any machine run. Every
 * method needs Redis: when it cannot be reached within `connectTimeoutMs`,
 * the call fails with `CodexQueueError`.
 */
export class TurnQueue {
  readonly #options: TurnQueueOptions;
  readonly #keys: Keys;
  readonly #client: Redis;
  readonly #bull: Queue;
  readonly #ready: Promise<void>;
  readonly #retentionMs: number;
  readonly #context: JobContext;
  #closed = false;

  constructor(options: TurnQueueOptions) {
    const { name, connectTimeoutMs } = baseSettings(options, "TurnQueueOptions");
    this.#retentionMs = options.retentionMs ?? 24 * 3600_000;
    isPositiveInteger(this.#retentionMs, "TurnQueueOptions.retentionMs");
    this.#options = options;
    this.#keys = new Keys(name);
    this.#client = connect(options.connection);
    // Errors are reported by the calls that meet them; ioredis would otherwise print each reconnection attempt.
    this.#client.on("error", () => {});
    this.#bull = new Queue(name, { connection: this.#client, prefix: `${this.#keys.prefix}:bull` });
    this.#bull.on("error", () => {});
    this.#ready = whenReady(this.#client, options.connection, connectTimeoutMs);
    this.#ready.catch(() => {});
    this.#context = {
      client: this.#client,
      bull: this.#bull,
      keys: this.#keys,
      retentionMs: this.#retentionMs,
      connect: () => {
        const reader = connect(this.#options.connection);
        reader.on("error", () => {});
        return reader;
      },
    };
  }

  /**
   * Puts a turn in the queue. Options are checked here, as `startThread()`
   * and `run()` check them (`CodexConfigError`). With an `idempotencyKey`
   * already used, returns that job: the turn is never run twice.
   */
  async enqueue(request: TurnRequest): Promise<TurnJob> {
    const { data, schema, jobId } = await this.#prepare(request);
    await this.#usable();
    if ((await this.#bull.getJob(jobId)) !== undefined || (await this.#client.exists(this.#keys.job(jobId).outcome)) === 1) {
      return new TurnJob(jobId, this.#context, schema);
    }
    data.ticket = await this.#client.incr(this.#keys.tickets);
    const events = this.#keys.job(jobId).events;
    await this.#client.xadd(events, "*", "event", JSON.stringify({ type: "turn.queued", job_id: jobId, thread_id: data.threadId }));
    const age = Math.ceil(this.#retentionMs / 1000);
    await this.#bull.add("turn", data, { jobId, attempts: 1, removeOnComplete: { age }, removeOnFail: { age } });
    if (data.threadId !== null) await this.#client.zadd(this.#keys.thread(data.threadId).pending, "NX", data.ticket, jobId);
    return new TurnJob(jobId, this.#context, schema);
  }

  /** The handle of an existing job, from any process; `CodexQueueError` when there is none. */
  async job(id: string): Promise<TurnJob> {
    if (typeof id !== "string" || id === "") throw new CodexConfigError("queue.job(id): a job id is required");
    await this.#usable();
    const known = (await this.#bull.getJob(id)) !== undefined || (await this.#client.exists(this.#keys.job(id).outcome)) === 1;
    if (!known) throw new CodexQueueError(`No job ${JSON.stringify(id)} in queue ${JSON.stringify(this.#bull.name)} (never enqueued, or expired with its retention)`);
    return new TurnJob(id, this.#context);
  }

  /**
   * A thread whose turns run through the queue, with `run()` and
   * `runStreamed()` as on `Thread`. Without an id, its first turn starts a
   * new thread.
   */
  thread(threadId?: string, options: { threadOptions?: ThreadOptions; workspace?: QueueWorkspace } = {}): QueuedThread {
    if (threadId !== undefined) validateThreadId(threadId, "queue.thread(threadId)");
    if (options.threadOptions !== undefined) validateThreadOptions(options.threadOptions);
    return new QueuedThread(this, threadId ?? null, options);
  }

  /** Releases every connection; a program that closed its queues and workers exits by itself. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#bull.close().catch(() => {});
    await disconnect(this.#client);
  }

  async #usable(): Promise<void> {
    if (this.#closed) throw new CodexQueueError("This TurnQueue was closed");
    await this.#ready;
  }

  async #prepare(request: TurnRequest): Promise<{ data: JobData; schema: StandardSchemaV1 | undefined; jobId: string }> {
    if (typeof request !== "object" || request === null) throw new CodexConfigError("enqueue(request): an object with the turn's input is required");
    requirePrompt(normalizeInput(request.input));
    if (request.threadId !== undefined) validateThreadId(request.threadId, "TurnRequest.threadId");
    const threadOptions = request.threadOptions ?? {};
    validateThreadOptions(threadOptions);
    const { signal, ...turnOptions } = (request.turnOptions ?? {}) as QueuedTurnOptions & { signal?: unknown };
    if (signal !== undefined) throw new CodexConfigError("TurnRequest.turnOptions.signal: a queued turn is cancelled with job.cancel(), not a signal");
    validateTurnOptions(turnOptions);
    if (request.workspace !== undefined) checkWorkspace(request.workspace);
    const onInterrupted = request.onInterrupted ?? "fail";
    if (onInterrupted !== "fail" && onInterrupted !== "rerun") throw new CodexConfigError(`TurnRequest.onInterrupted: "fail" or "rerun", got ${JSON.stringify(onInterrupted)}`);
    let schema: StandardSchemaV1 | undefined;
    if (turnOptions.outputSchema !== undefined) {
      const resolved = await resolveOutputSchema(turnOptions.outputSchema, undefined);
      turnOptions.outputSchema = resolved.jsonSchema;
      schema = resolved.standard;
    }
    const key = request.idempotencyKey;
    if (key !== undefined && (typeof key !== "string" || key === "")) throw new CodexConfigError("TurnRequest.idempotencyKey: a non-empty string is required");
    const jobId = key === undefined ? randomUUID() : `key-${createHash("sha256").update(key).digest("hex").slice(0, 40)}`;
    const data: JobData = {
      format: JOB_FORMAT,
      input: request.input,
      threadId: request.threadId ?? null,
      threadOptions,
      turnOptions,
      workspace: request.workspace ?? null,
      onInterrupted,
      ticket: 0,
      enqueuedAt: Date.now(),
      retentionMs: this.#retentionMs,
    };
    return { data, schema, jobId };
  }
}
