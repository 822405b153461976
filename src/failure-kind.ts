import type { ThreadItem } from "./items.js";

/**
 * What kind of failure a failed turn's message reports. codex reports a
 * model call that failed with text only (exec) or text and a code the
 * app-server does not always fill in (a 429 is "responseTooManyFailedAttempts",
 * a stream cut short "other"), so the kind is read from the text, the same on
 * both transports. The messages are codex 0.169's (see test/unit/failure-kind.test.ts).
 */

/**
 * The kinds of turn failure: passing ones (`rate_limit`, `server_overloaded`,
 * `server_error`, `connection_failed`, `stream_disconnected`) and lasting
 * ones (`usage_limit`, `quota`, `context_window`, `bad_request`,
 * `unauthorized`, `other`).
 */
export type TurnFailureKind =
  | "rate_limit"
  | "server_overloaded"
  | "server_error"
  | "connection_failed"
  | "stream_disconnected"
  | "usage_limit"
  | "quota"
  | "context_window"
  | "bad_request"
  | "unauthorized"
  | "other";

/** Kinds that pass: the same turn may well succeed a little later. */
export const TRANSIENT_FAILURES: ReadonlySet<TurnFailureKind> = new Set(["rate_limit", "server_overloaded", "server_error", "connection_failed", "stream_disconnected"]);

/** First match wins: lasting kinds are looked for before the HTTP status (a quota error comes as a 429). */
const PATTERNS: readonly (readonly [TurnFailureKind, RegExp])[] = [
  ["usage_limit", /usage limit|usage_limit_reached|usage_not_included/i],
  ["quota", /quota|insufficient_quota|billing/i],
  ["context_window", /context window|context_length_exceeded|maximum context length/i],
  ["unauthorized", /\b401\b|\b403\b|unauthori[sz]ed|forbidden|invalid api key|incorrect api key/i],
  ["rate_limit", /\b429\b|too many requests|rate.?limit/i],
  ["server_overloaded", /\b503\b|overloaded|high demand|server_is_overloaded|slow_down/i],
  ["stream_disconnected", /stream disconnected|stream closed|connection reset|idle timeout waiting for sse/i],
  ["server_error", /\b50[0-9]\b|internal server error|server_error/i],
  ["connection_failed", /error sending request|connection refused|connection failed|dns error|timed out connecting|tcp connect/i],
  ["bad_request", /\b400\b|\b404\b|\b422\b|bad request|invalid_request_error/i],
];

/** The kind of failure `message` (a `turn.failed`'s `error.message`) reports. */
export function failureKind(message: string): TurnFailureKind {
  for (const [kind, pattern] of PATTERNS) if (pattern.test(message)) return kind;
  return "other";
}

/** The wait a provider's message names ("try again in 1.5s", "retry after 20 seconds", "try again in 350ms"), in milliseconds. */
export function waitNamedIn(message: string): number | undefined {
  const match = /(?:try again in|retry after|retry-after:?)\s*([\d.]+)\s*(ms|milliseconds?|s|sec|seconds?)?\b/i.exec(message);
  if (match === null) return undefined;
  const value = Number(match[1]);
  if (!Number.isFinite(value)) return undefined;
  return Math.ceil(match[2]?.toLowerCase().startsWith("m") ? value : value * 1000);
}

/** Items whose effects a second run of the turn would repeat (a retry of the turn, a queued turn put back). */
export function hasSideEffects(item: ThreadItem): boolean {
  return item.type === "command_execution" || item.type === "file_change" || item.type === "mcp_tool_call";
}
