import diagnostics_channel from "node:diagnostics_channel";
import { performance } from "node:perf_hooks";
import { CodexError } from "./errors.js";
import type { Redactor } from "./redact.js";

/**
 * Turn lifecycle published on `node:diagnostics_channel`, so an app can feed
 * metrics or OpenTelemetry spans without the SDK depending on either.
 * Nothing is built unless a subscriber is listening. Secrets never appear here.
 */

/** Published when a turn has started (exec: its process was spawned; app-server: `turn/start` was sent). */
export interface TurnStartMessage {
  turnId: number;
  threadId: string | null;
  mode: "new" | "resume" | "fork" | "review";
  /** Process id of the codex running the turn (on app-server, the shared app-server's). */
  pid: number | undefined;
  /** The transport running the turn. */
  transport: "exec" | "app-server";
}

/** Published once per turn, when it has settled and its process tree is gone. */
export interface TurnEndMessage {
  turnId: number;
  threadId: string | null;
  durationMs: number;
  outcome: "completed" | "failed" | "error" | "cancelled";
  /** Name and (redacted) message of the error, for outcome `error`. */
  error?: { name: string; code: string | undefined; message: string };
  /** The transport that ran the turn. */
  transport: "exec" | "app-server";
}

/** Channel names. */
export const TURN_START_CHANNEL = "codex-sdk:turn:start";
export const TURN_END_CHANNEL = "codex-sdk:turn:end";

export const turnStartChannel = diagnostics_channel.channel(TURN_START_CHANNEL);
export const turnEndChannel = diagnostics_channel.channel(TURN_END_CHANNEL);

let turnCounter = 0;

/** How a turn ended, as telemetry reports it. */
export interface TurnOutcome {
  error: Error | undefined;
  failed: boolean;
  cancelled: boolean;
}

/** One turn's telemetry: its start, published at once, and its end. */
export class TurnTelemetry {
  readonly turnId = ++turnCounter;
  private readonly startedAt = performance.now();

  constructor(
    private readonly transport: "exec" | "app-server",
    private readonly threadId: () => string | null,
    start: { mode: TurnStartMessage["mode"]; pid: number | undefined },
  ) {
    if (turnStartChannel.hasSubscribers) {
      turnStartChannel.publish({ turnId: this.turnId, threadId: threadId(), mode: start.mode, pid: start.pid, transport } satisfies TurnStartMessage);
    }
  }

  end(outcome: TurnOutcome, redactor: Redactor): void {
    if (!turnEndChannel.hasSubscribers) return;
    const { error, failed, cancelled } = outcome;
    const message: TurnEndMessage = {
      turnId: this.turnId,
      threadId: this.threadId(),
      durationMs: performance.now() - this.startedAt,
      outcome: cancelled ? "cancelled" : error ? "error" : failed ? "failed" : "completed",
      transport: this.transport,
    };
    if (error && !cancelled) {
      message.error = {
        name: error.name,
        code: error instanceof CodexError ? error.code : undefined,
        message: redactor.redact(error.message),
      };
    }
    turnEndChannel.publish(message);
  }
}
