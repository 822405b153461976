import type { StandardSchemaV1 } from "@standard-schema/spec";
import type { Job, Queue } from "bullmq";
import type { Redis } from "ioredis";
import { CODEX_ERROR_CODES, CodexAbortError, CodexConfigError, CodexError, CodexTurnFailedError, type CodexErrorCode } from "../errors.js";
import { validateOutput } from "../output-schema.js";
import { CodexQueueError, CodexWorkerLostError } from "./errors.js";
import { readEvents } from "./event-reader.js";
import { parseOutcome, type Keys, type Outcome } from "./records.js";
import { runScript } from "./redis.js";
import { END_ATTEMPT } from "./scripts.js";
import type { JobState, QueuedTurn, QueuedTurnEvent } from "./types.js";

/** What a job handle needs from its queue. */
export interface JobContext {
  client: Redis;
  bull: Queue;
  keys: Keys;
  retentionMs: number;
  /** A new connection for a blocking read. */
  connect(): Redis;
}

/** A queued turn: watch it, wait for it, cancel it, from any process. */
export class TurnJob {
  /** The job's id (derived from the idempotency key when there is one). */
  readonly id: string;
  readonly #context: JobContext;
  readonly #schema: StandardSchemaV1 | undefined;

  /** @internal Made by `TurnQueue.enqueue()` and `TurnQueue.job()`. */
  constructor(id: string, context: JobContext, schema?: StandardSchemaV1) {
    this.id = id;
    this.#context = context;
    this.#schema = schema;
  }

  /**
   * Every event of the turn, from the first (a late subscriber gets them
   * all), until `turn.completed`, `turn.failed` or `turn.cancelled`. After
   * a rerun the events of each attempt follow one another, each attempt
   * starting with `turn.attempt`.
   */
  events(): AsyncGenerator<QueuedTurnEvent> {
    const keys = this.#context.keys.job(this.id);
    return readEvents({
      client: this.#context.connect(),
      key: keys.events,
      orphaned: async () => {
        if ((await this.#context.client.exists(keys.outcome)) === 1) return undefined;
        const job = await this.#context.bull.getJob(this.id);
        // Failed by BullMQ itself (stalled too often), without a worker to say so.
        if (job === undefined) return { type: "turn.failed", error: { message: "The job no longer exists (removed, or expired with its retention)" } };
        if ((await job.getState()) === "failed") return { type: "turn.failed", error: { message: job.failedReason } };
        return undefined;
      },
    });
  }

  /** Waits for the turn; rejects as `thread.run()` would (`CodexTurnFailedError` ...), with `CodexWorkerLostError` after a lost worker, and `CodexAbortError` when cancelled. */
  async result(): Promise<QueuedTurn> {
    let final: QueuedTurnEvent | undefined;
    for await (const event of this.events()) final = event;
    const stored = await this.#context.client.get(this.#context.keys.job(this.id).outcome);
    const outcome: Outcome =
      stored !== null
        ? parseOutcome(stored)
        : { status: "failed", error: { code: "CODEX_QUEUE", message: final?.type === "turn.failed" ? final.error.message : "The job ended without a result" } };
    if (outcome.status === "cancelled") throw new CodexAbortError(`The job was cancelled: ${outcome.reason}`);
    if (outcome.status === "failed") throw errorOf(outcome.error);
    const turn = outcome.turn;
    if (this.#schema !== undefined) turn.output = await validateOutput(turn.finalResponse, this.#schema);
    return turn;
  }

  /**
   * Cancels the job: a waiting one never starts; a running one is
   * interrupted on the worker that runs it and ends as cancelled, never
   * retried. Resolves once the request is recorded (`events()` then ends
   * with `turn.cancelled`); a job that already ended is left as it is.
   */
  async cancel(reason = "cancelled"): Promise<void> {
    const { client, keys, retentionMs, bull } = this.#context;
    const job = keys.job(this.id);
    if ((await client.exists(job.outcome)) === 1) return;
    await client.set(job.cancel, reason, "PX", retentionMs);
    await client.publish(keys.cancelChannel, this.id);
    const queued = await bull.getJob(this.id);
    // An active job is locked and stays: its worker ends it.
    const removed = queued !== undefined && (await queued.remove().then(
      () => true,
      () => false,
    ));
    if (!removed) return;
    const threadId = (queued.data as { threadId?: string | null }).threadId ?? (await client.get(job.thread));
    await runScript(
      client,
      END_ATTEMPT,
      keys.endAttempt(this.id, threadId),
      ["", this.id, "finish", JSON.stringify({ status: "cancelled", reason } satisfies Outcome), JSON.stringify({ type: "turn.cancelled", reason }), retentionMs, "", "", "", "", ""],
    );
  }

  /** The job's state in BullMQ (`"unknown"` once it is removed). */
  async state(): Promise<JobState> {
    const job: Job | undefined = await this.#context.bull.getJob(this.id);
    return job === undefined ? "unknown" : ((await job.getState()) as JobState);
  }
}

/** The error a failed job's record stands for, with its code (the class where the code has one). */
function errorOf(error: { code: string; message: string; worker?: { host: string; pid: number } }): Error {
  if (error.code === "CODEX_WORKER_LOST" && error.worker !== undefined) return new CodexWorkerLostError(error.worker);
  if (error.code === "CODEX_CONFIG") return new CodexConfigError(error.message);
  if (error.code === "CODEX_QUEUE") return new CodexQueueError(error.message);
  if (error.code === "CODEX_TURN_FAILED" || !(CODEX_ERROR_CODES as readonly string[]).includes(error.code)) return new CodexTurnFailedError(error.message);
  return new CodexError(error.code as CodexErrorCode, error.message);
}
