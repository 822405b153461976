import type { Input } from "../input.js";
import type { ThreadOptions } from "../options.js";
import { CodexQueueError } from "./errors.js";
import type { OnInterrupted, QueuedTurn, QueuedTurnOptions, QueueWorkspace, WorkerIdentity } from "./types.js";

/** The version of the job format; a worker refuses a job of another with a clear error. */
export const JOB_FORMAT = 1;

/** A job as stored in BullMQ: plain JSON, checked by the producer. */
export interface JobData {
  format: number;
  input: Input;
  threadId: string | null;
  threadOptions: ThreadOptions;
  turnOptions: QueuedTurnOptions;
  workspace: QueueWorkspace | null;
  onInterrupted: OnInterrupted;
  /** Orders the turns of one thread: lower runs first. */
  ticket: number;
  enqueuedAt: number;
  retentionMs: number;
}

/** A job's final record. */
export type Outcome =
  | { status: "completed"; turn: QueuedTurn }
  | { status: "failed"; error: { code: string; message: string; worker?: WorkerIdentity } }
  | { status: "cancelled"; reason: string };

/** Redis key names of one queue. */
export class Keys {
  readonly prefix: string;
  constructor(name: string) {
    this.prefix = `codex-sdk:${name}`;
  }
  get tickets(): string {
    return `${this.prefix}:tickets`;
  }
  get cancelChannel(): string {
    return `${this.prefix}:cancel`;
  }
  job(id: string): { owner: string; open: string; attempts: string; outcome: string; cancel: string; events: string; thread: string } {
    const base = `${this.prefix}:job:${id}`;
    return {
      owner: `${base}:owner`,
      open: `${base}:open`,
      attempts: `${base}:attempts`,
      outcome: `${base}:outcome`,
      cancel: `${base}:cancel`,
      events: `${base}:events`,
      thread: `${base}:thread`,
    };
  }
  thread(id: string): { pending: string; lease: string; state: string; rollout: string } {
    const base = `${this.prefix}:thread:${id}`;
    return { pending: `${base}:pending`, lease: `${base}:lease`, state: `${base}:state`, rollout: `${base}:rollout` };
  }
  /** The keys of the END_ATTEMPT script, in its order; a job with no thread yet has placeholder thread keys, which it never writes. */
  endAttempt(jobId: string, threadId: string | null): string[] {
    const job = this.job(jobId);
    const thread = this.thread(threadId ?? "none");
    return [job.owner, job.open, job.outcome, job.events, thread.pending, thread.lease, thread.state, thread.rollout];
  }
}

/** The job's data, or a `CodexQueueError` saying why a worker cannot run it (written by an incompatible SDK version, or not by this SDK). */
export function readJobData(data: unknown): JobData {
  const record = typeof data === "object" && data !== null ? (data as Partial<JobData>) : {};
  if (record.format !== JOB_FORMAT) {
    throw new CodexQueueError(
      `This job was written by an incompatible version of codex-sdk (job format ${JSON.stringify(record.format ?? null)}; this worker reads format ${JOB_FORMAT}): run it with a worker of the producer's version`,
    );
  }
  return record as JobData;
}

export function parseOutcome(text: string): Outcome {
  return JSON.parse(text) as Outcome;
}
