import { AsyncLocalStorage } from "node:async_hooks";
import diagnostics_channel from "node:diagnostics_channel";
import { performance } from "node:perf_hooks";
import { CodexError } from "./errors.js";
import type { RateLimitReason, ThreadEvent, Usage } from "./events.js";
import type { ThreadItem } from "./items.js";
import type { Redactor } from "./redact.js";

/**
 * Turn and item lifecycle published on `node:diagnostics_channel`, so an app
 * can feed metrics or traces (`codex-sdk/otel` turns them into OpenTelemetry
 * spans) without the SDK depending on either. Nothing is built unless a
 * subscriber is listening. Secrets never appear here.
 */

/**
 * Annotations of the turns started inside `turnAnnotations.run(values, fn)`
 * (shown on their start message). One store per process, whichever copy of
 * the package (the queue entry bundles its own) asks for it.
 */
export const turnAnnotations: AsyncLocalStorage<Readonly<Record<string, string | number>>> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for("codex-sdk.turnAnnotations")
] ??= new AsyncLocalStorage()) as AsyncLocalStorage<Readonly<Record<string, string | number>>>;

/** Published when a turn has started (exec: its process was spawned; app-server: `turn/start` is sent). */
export interface TurnStartMessage {
  /** A number that identifies the turn within this process (the same in its end message). */
  turnId: number;
  /** The thread's id, once known (null before the first turn of a new thread on exec). */
  threadId: string | null;
  /** How the turn began: a new thread, a resumed one, a fork or a review. */
  mode: "new" | "resume" | "fork" | "review";
  /** Process id of the codex running the turn (on app-server, the shared app-server's). */
  pid: number | undefined;
  /** The transport running the turn. */
  transport: "exec" | "app-server";
  /** The model, when known at the start (the thread options', the config's, or the one the app-server opened the thread with). */
  model: string | undefined;
  /** The sandbox asked for in the thread options, if any. */
  sandbox: string | undefined;
  /**
   * What the code running the turn said about it (a queue worker: the job,
   * the attempt, the worker, the time the turn waited in the queue), as
   * attribute names and values; absent when nothing was said.
   */
  annotations?: Readonly<Record<string, string | number>>;
}

/** Published once per turn, when it has settled and its process tree is gone. */
export interface TurnEndMessage {
  /** The same number as in the turn's start message. */
  turnId: number;
  /** The thread's id, once known. */
  threadId: string | null;
  /** From the start message to now. */
  durationMs: number;
  /** How the turn ended: completed, failed (`turn.failed`), an error (see `error`), or cancelled by its consumer. */
  outcome: "completed" | "failed" | "error" | "cancelled";
  /** Name and (redacted) message of the error: for outcome `error`, and for `failed` (`turn.failed`'s message). */
  error?: {
    /** The error's class name. */
    name: string;
    /** Its `code`, for a `CodexError`. */
    code: string | undefined;
    /** Its message, secrets redacted. */
    message: string;
  };
  /** The transport that ran the turn. */
  transport: "exec" | "app-server";
  /** The thread's running token total after the turn (`turn.completed`'s `usage`), when it completed. */
  usage?: Usage;
  /**
   * The tokens this turn used itself (the running total after it, less the
   * total before it), when that is known: sum these, not `usage`. Unknown
   * only for the first turn of a thread resumed or forked over exec whose
   * session file codex keeps elsewhere than `CODEX_HOME`.
   */
  turnUsage?: Usage;
  /** The model the turn used, when known (the thread options', the config's, or what codex reports). */
  model?: string;
}

/** Published when an item starts (`item.started`) and when it completes (`item.completed`; also for items reported only completed). */
export interface ItemMessage {
  /** The turn the item belongs to (as in the turn's messages). */
  turnId: number;
  /** The thread's id, once known. */
  threadId: string | null;
  /** The item, as it starts or completes. */
  item: ThreadItem;
}

/** Channel of {@link TurnStartMessage}s. */
export const TURN_START_CHANNEL = "codex-sdk:turn:start";
/** Channel of {@link TurnEndMessage}s. */
export const TURN_END_CHANNEL = "codex-sdk:turn:end";
/** Channel of {@link ItemMessage}s for items that start. */
export const ITEM_START_CHANNEL = "codex-sdk:item:start";
/** Channel of {@link ItemMessage}s for items that complete. */
export const ITEM_END_CHANNEL = "codex-sdk:item:end";

/** Channel of {@link TurnRetryMessage}s (`retry`). */
export const TURN_RETRY_CHANNEL = "codex-sdk:turn:retry";
/** Channel of {@link RateLimitWaitMessage}s (`rateLimit`). */
export const RATE_LIMIT_WAIT_CHANNEL = "codex-sdk:rate-limit:waiting";

/** Published when a failed turn is to run again. */
export interface TurnRetryMessage {
  /** The thread's id, once known. */
  threadId: string | null;
  /** The attempt that comes next (2 for the first retry). */
  attempt: number;
  /** The wait before it. */
  delayMs: number;
  /** Why the last attempt failed (secrets redacted). */
  error: string;
}

/** Published when a turn waits for the rate limiter. */
export interface RateLimitWaitMessage {
  /** The thread's id, once known. */
  threadId: string | null;
  /** The earliest it may start, in epoch milliseconds. */
  until: number;
  /** Which limit it waits for. */
  reason: RateLimitReason;
}

const turnRetryChannel = diagnostics_channel.channel(TURN_RETRY_CHANNEL);
const rateLimitWaitChannel = diagnostics_channel.channel(RATE_LIMIT_WAIT_CHANNEL);

/** Publishes a retry (nothing is built when nobody listens). */
export function publishRetry(message: TurnRetryMessage): void {
  if (turnRetryChannel.hasSubscribers) turnRetryChannel.publish(message);
}

/** Publishes a rate-limit wait. */
export function publishRateLimitWait(message: RateLimitWaitMessage): void {
  if (rateLimitWaitChannel.hasSubscribers) rateLimitWaitChannel.publish(message);
}

const turnStartChannel = diagnostics_channel.channel(TURN_START_CHANNEL);
const turnEndChannel = diagnostics_channel.channel(TURN_END_CHANNEL);
const itemStartChannel = diagnostics_channel.channel(ITEM_START_CHANNEL);
const itemEndChannel = diagnostics_channel.channel(ITEM_END_CHANNEL);

let turnCounter = 0;

/** How a turn ended, as telemetry reports it. */
export interface TurnOutcome {
  error: Error | undefined;
  failed: boolean;
  cancelled: boolean;
}

/** What a transport learned about a turn by its end. */
export interface TurnFacts {
  /** The tokens the turn used itself, when known. */
  turnUsage?: Usage | undefined;
  /** The model the turn used, when known. */
  model?: string | undefined;
}

/** True when someone listens to turn ends: work done only for telemetry can be skipped otherwise. */
export function turnEndsObserved(): boolean {
  return turnEndChannel.hasSubscribers;
}

/** One turn's telemetry: its start, its items as they are produced, its end. */
export class TurnTelemetry {
  readonly turnId = ++turnCounter;
  private startedAt = performance.now();
  private started = false;
  private pid: number | undefined;
  /** The thread's running total, from `turn.completed`. */
  usage: Usage | undefined;
  /** `turn.failed`'s message (already redacted, as every event is). */
  private failure: string | undefined;

  constructor(
    private readonly transport: "exec" | "app-server",
    private readonly threadId: () => string | null,
    private readonly details: { mode: TurnStartMessage["mode"]; model: string | undefined; sandbox: string | undefined },
  ) {}

  /** The turn has started on process `pid` (once; `end` implies it for a turn that failed to start). */
  start(pid: number | undefined = this.pid): void {
    if (this.started) return;
    this.started = true;
    this.startedAt = performance.now();
    if (!turnStartChannel.hasSubscribers) return;
    const { mode, model, sandbox } = this.details;
    const annotations = turnAnnotations.getStore();
    turnStartChannel.publish({ turnId: this.turnId, threadId: this.threadId(), mode, pid, transport: this.transport, model, sandbox, ...(annotations ? { annotations } : {}) } satisfies TurnStartMessage);
  }

  /** Sees every event as it is produced (before the consumer does). */
  event(event: ThreadEvent): void {
    if (event.type === "turn.completed") this.usage = event.usage;
    else if (event.type === "turn.failed") this.failure ??= event.error.message;
    else if (event.type === "item.started" && itemStartChannel.hasSubscribers) itemStartChannel.publish(this.itemMessage(event.item));
    else if (event.type === "item.completed" && itemEndChannel.hasSubscribers) itemEndChannel.publish(this.itemMessage(event.item));
  }

  /** The process the turn will run on, for a start published later. */
  runsOn(pid: number | undefined): void {
    this.pid = pid;
  }

  end(outcome: TurnOutcome, redactor: Redactor, facts: TurnFacts = {}): void {
    this.start();
    if (!turnEndChannel.hasSubscribers) return;
    const { error, failed, cancelled } = outcome;
    const message: TurnEndMessage = {
      turnId: this.turnId,
      threadId: this.threadId(),
      durationMs: performance.now() - this.startedAt,
      outcome: cancelled ? "cancelled" : error ? "error" : failed ? "failed" : "completed",
      transport: this.transport,
    };
    if (this.usage) message.usage = this.usage;
    if (facts.turnUsage) message.turnUsage = facts.turnUsage;
    const model = facts.model ?? this.details.model;
    if (model !== undefined) message.model = model;
    if (error && !cancelled) {
      message.error = {
        name: error.name,
        code: error instanceof CodexError ? error.code : undefined,
        message: redactor.redact(error.message),
      };
    } else if (message.outcome === "failed") {
      message.error = { name: "CodexTurnFailedError", code: "CODEX_TURN_FAILED", message: this.failure ?? "The turn failed" };
    }
    turnEndChannel.publish(message);
  }

  private itemMessage(item: ThreadItem): ItemMessage {
    return { turnId: this.turnId, threadId: this.threadId(), item };
  }
}
