import diagnostics_channel from "node:diagnostics_channel";

/**
 * Turn lifecycle published on `node:diagnostics_channel`, so an app can feed
 * metrics or OpenTelemetry spans without the SDK depending on either.
 * Nothing is built unless a subscriber is listening. Secrets never appear here.
 */

/** Published when a turn's process has been started. */
export interface TurnStartMessage {
  turnId: number;
  threadId: string | null;
  mode: "new" | "resume" | "fork" | "review";
  pid: number | undefined;
}

/** Published once per turn, when it has settled and its process tree is gone. */
export interface TurnEndMessage {
  turnId: number;
  threadId: string | null;
  durationMs: number;
  outcome: "completed" | "failed" | "error" | "cancelled";
  /** Name and (redacted) message of the error, for outcome `error`. */
  error?: { name: string; code: string | undefined; message: string };
}

/** Channel names. */
export const TURN_START_CHANNEL = "codex-sdk:turn:start";
export const TURN_END_CHANNEL = "codex-sdk:turn:end";

export const turnStartChannel = diagnostics_channel.channel(TURN_START_CHANNEL);
export const turnEndChannel = diagnostics_channel.channel(TURN_END_CHANNEL);
