import type { ThreadEvent } from "../events.js";
import type { Input } from "../input.js";
import type { CodexOptions, ThreadOptions, TurnOptions } from "../options.js";
import type { Turn } from "../thread.js";

/** Where Redis is: ioredis's connection options (host, port, password, db, tls ...). */
export interface QueueConnection {
  /** Host name or address. Default `127.0.0.1`. */
  host?: string;
  /** Port. Default 6379. */
  port?: number;
  /** Redis user (ACL). */
  username?: string;
  /** Redis password: a secret, never shown in errors. */
  password?: string;
  /** Database number. */
  db?: number;
  /** TLS options, as for `tls.connect()`. */
  tls?: Record<string, unknown>;
}

/** Options shared by {@link TurnQueue} and {@link TurnWorker}. */
export interface QueueBaseOptions {
  /** Redis. */
  connection: QueueConnection;
  /** The queue's name: producers and workers of one queue use the same. Letters, digits, `-` and `_`. Default `"codex"`. */
  name?: string;
  /** A first connection to Redis that takes longer fails with `CodexQueueError` (never a hang). Default 10 000 ms. */
  connectTimeoutMs?: number;
}

/** Options of {@link TurnQueue}. */
export interface TurnQueueOptions extends QueueBaseOptions {
  /** How long a finished job, its result and its events are kept. Default 24 h. */
  retentionMs?: number;
}

/** Where a queued turn runs. */
export type QueueWorkspace =
  /** A git repository every worker can fetch from and push to: the turn runs in a worker-local checkout; what it changed is committed and pushed to `refs/codex/<threadId>`, where the thread's next turn starts. */
  | {
      /** The repository: `url` (a path or URL every worker can fetch from and push to) and `ref` (where a new thread starts; default `HEAD`). */
      git: {
        /** A path or URL every worker can fetch from and push to. */
        url: string;
        /** Where a new thread starts: a branch, tag or ref. Default `HEAD`. */
        ref?: string;
      };
    }
  /** A directory every worker sees (a shared volume): the user's choice, with no transaction over it. */
  | {
      /** An absolute path, the same on every worker. */
      path: string;
    };

/** Turn options a queued turn can carry: everything but `signal` (cancel the job instead) and `toJsonSchema` (schemas are turned into JSON Schema on the producer). */
export type QueuedTurnOptions = Omit<TurnOptions, "signal" | "toJsonSchema">;

/** What a worker does with a job whose previous attempt was interrupted (its worker died or lost its lock). */
export type OnInterrupted = "fail" | "rerun";

/** A turn to run on a worker. */
export interface TurnRequest {
  /** The turn's input, as for `thread.run()`. Local image paths must exist on the worker. */
  input: Input;
  /** The thread to continue; omit to start a new thread. */
  threadId?: string;
  /** The thread's options (`workingDirectory` is set by the workspace). */
  threadOptions?: ThreadOptions;
  /** The turn's options. */
  turnOptions?: QueuedTurnOptions;
  /** Where the turn runs; none: a fresh temporary directory. */
  workspace?: QueueWorkspace;
  /** The same key always yields the same job and result: a second enqueue never runs the turn again. */
  idempotencyKey?: string;
  /**
   * After a worker died mid-turn: `"fail"` (default) fails the job with
   * `CodexWorkerLostError` (nothing runs twice); `"rerun"` runs the turn
   * again from the state before it (nothing of the lost attempt was kept).
   */
  onInterrupted?: OnInterrupted;
}

/** The worker that runs an attempt. */
export interface WorkerIdentity {
  /** Host name of its machine. */
  host: string;
  /** Its process id. */
  pid: number;
}

/** The job was put in the queue. */
export interface TurnQueuedEvent {
  /** Always `"turn.queued"`. */
  type: "turn.queued";
  /** The job's id. */
  job_id: string;
  /** The thread it continues; null for a new thread. */
  thread_id: string | null;
}

/** A worker started an attempt of the turn. */
export interface TurnAttemptEvent {
  /** Always `"turn.attempt"`. */
  type: "turn.attempt";
  /** The attempt's number, from 1. */
  attempt: number;
  /** The worker that runs it. */
  worker: WorkerIdentity;
  /** Milliseconds from enqueue to this attempt's start. */
  queue_wait_ms: number;
}

/** The turn was handed back to the queue; what the attempt did was not kept. */
export interface TurnRequeuedEvent {
  /** Always `"turn.requeued"`. */
  type: "turn.requeued";
  /** `"rate_limited"` (the model's rate limit), `"worker_shutdown"` (a draining worker), or `"worker_lost"` (a rerun after a worker died). */
  reason: "rate_limited" | "worker_shutdown" | "worker_lost";
  /** When the job may start again (rate limits). */
  delay_ms?: number;
  /** The worker that was lost (`worker_lost`). */
  worker?: WorkerIdentity;
}

/** The job was cancelled; it will not run (again). */
export interface TurnCancelledEvent {
  /** Always `"turn.cancelled"`. */
  type: "turn.cancelled";
  /** The reason given to `job.cancel()`. */
  reason: string;
}

/** Events only a queued turn has. */
export type QueueEvent = TurnQueuedEvent | TurnAttemptEvent | TurnRequeuedEvent | TurnCancelledEvent;

/** What `job.events()` yields: the turn's `ThreadEvent`s, as `runStreamed()` yields them, and the queue's own. */
export type QueuedTurnEvent = ThreadEvent | QueueEvent;

/** The result of a queued turn: the `Turn` of `thread.run()`, and where and how it ran. */
export interface QueuedTurn extends Turn {
  /** The thread the turn ran on (new for a job without `threadId`). */
  threadId: string;
  /** Attempts it took (more than one after a rerun, a rate limit or a drain). */
  attempts: number;
  /** With a git workspace: the commit the turn's changes were pushed as (`refs/codex/<threadId>`). */
  commit?: string;
}

/** The state of a job, as BullMQ reports it, or `"unknown"` for one that no longer exists. */
export type JobState = "waiting" | "delayed" | "active" | "completed" | "failed" | "prioritized" | "waiting-children" | "unknown";

/** Options of {@link TurnWorker}. */
export interface TurnWorkerOptions extends QueueBaseOptions {
  /** Turns this worker runs at once. Default 1. */
  concurrency?: number;
  /** The worker's own directory (never on a network file system): a fresh `CODEX_HOME` per attempt and the git checkouts live here. A `home/` inside it holds files copied into each attempt's home (`config.toml`, `auth.json`). */
  stateDir: string;
  /** How the worker runs codex: the `Codex`'s options (`env.CODEX_HOME` is set by the worker). */
  codex?: CodexOptions;
  /** BullMQ's job lock, and the worker's lease on its thread: a worker silent for this long is taken for dead. Default 30 000 ms. */
  lockDuration?: number;
  /** How often stalled jobs are looked for. Default 30 000 ms. */
  stalledInterval?: number;
  /** How often a job may stall before BullMQ fails it. Default 1. */
  maxStalledCount?: number;
  /** Queue-wide rate limit: at most `max` turns start per `duration` ms, across every worker. */
  limiter?: {
    /** Turns that may start per `duration`. */
    max: number;
    /** The window, in milliseconds. */
    duration: number;
  };
  /** How long a turn refused by the model's rate limit waits before it runs again, when the error does not say. Default 30 000 ms. */
  rateLimitDelayMs?: number;
}

/** Options of `worker.close()`. */
export interface WorkerCloseOptions {
  /** `"requeue"` (default): interrupt running turns, keep nothing of them and hand them back; `"finish"`: wait for them. */
  drain?: "requeue" | "finish";
  /** With `"finish"`, turns still running after this long are handed back. Default: no limit. */
  timeoutMs?: number;
}
