import { failureKind, type TurnFailureKind } from "./failure-kind.js";
import type { StandardSchemaV1 } from "@standard-schema/spec";

/**
 * Every error the SDK throws is a {@link CodexError}: `instanceof Error`, with a
 * stable `code` to switch on and a message that says what happened. Secrets
 * handed to the SDK are redacted from messages before an error is built.
 */

/** Every `code` an error of the SDK has: each is in the README's error table. */
export const CODEX_ERROR_CODES = [
  "CODEX_CONFIG",
  "CODEX_SPAWN",
  "CODEX_EXIT",
  "CODEX_TURN_FAILED",
  "CODEX_PARSE",
  "CODEX_OUTPUT_PARSE",
  "CODEX_ABORT",
  "CODEX_TIMEOUT",
  "CODEX_CLOSED",
  "CODEX_UNSUPPORTED",
  "CODEX_RPC",
  "CODEX_NO_ACTIVE_TURN",
  "CODEX_THREAD_NOT_FOUND",
  "CODEX_GOAL_ACTIVE",
  "CODEX_LOGIN",
  "CODEX_INTERNAL",
  "CODEX_QUEUE",
  "CODEX_WORKER_LOST",
  "CODEX_BUDGET_EXCEEDED",
  "CODEX_CONNECTION",
] as const;

/** The stable, machine-readable kind of an error of the SDK. */
export type CodexErrorCode = (typeof CODEX_ERROR_CODES)[number];

/**
 * Marks the SDK's errors, whichever copy of the package made them (an ESM
 * and a CJS copy loaded side by side, two versions in one tree): `instanceof`
 * and {@link CodexError.isCodexError} look at it, not at the class object.
 */
const BRAND = Symbol.for("codex-sdk.CodexError");

/** Base class of every error thrown by the SDK. */
export class CodexError extends Error {
  /** The code of this class's errors; undefined for the base class (any code). */
  static readonly code: CodexErrorCode | undefined = undefined;
  /** A stable, machine-readable kind, e.g. `"CODEX_EXIT"`. */
  readonly code: CodexErrorCode;

  constructor(code: CodexErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** True for an error of the SDK, from this copy of the package or another. */
  static isCodexError(value: unknown): value is CodexError {
    return typeof value === "object" && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }

  /**
   * `error instanceof CodexConfigError` holds for a `CodexConfigError` of any
   * copy of the package: the error's brand and code decide, not its class
   * object.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (!CodexError.isCodexError(value)) return false;
    const code = (this as { code?: CodexErrorCode }).code;
    return code === undefined || value.code === code;
  }
}

/** Invalid options or input, detected before any process starts. */
export class CodexConfigError extends CodexError {
  static override readonly code = "CODEX_CONFIG";
  constructor(message: string) {
    super("CODEX_CONFIG", message);
  }
}

/** The codex executable could not be found or started. */
export class CodexSpawnError extends CodexError {
  static override readonly code = "CODEX_SPAWN";
  /** The executable the SDK tried to run. */
  readonly path: string;
  /** The system error code, e.g. `ENOENT` or `EACCES`, when there is one. */
  readonly errno: string | undefined;

  constructor(message: string, path: string, errno: string | undefined, cause?: unknown) {
    super("CODEX_SPAWN", message, { cause });
    this.path = path;
    this.errno = errno;
  }
}

/** codex exited with a non-zero code or was killed by a signal before the turn ended. */
export class CodexExitError extends CodexError {
  static override readonly code = "CODEX_EXIT";
  /** Exit code, or `null` when the process was killed by a signal. */
  readonly exitCode: number | null;
  /** The signal that ended the process, if any. */
  readonly signal: NodeJS.Signals | null;
  /** The last part (at most 64 KiB) of what codex wrote to stderr, secrets redacted. */
  readonly stderr: string;

  constructor(message: string, exitCode: number | null, signal: NodeJS.Signals | null, stderr: string) {
    super("CODEX_EXIT", message);
    this.exitCode = exitCode;
    this.signal = signal;
    this.stderr = stderr;
  }
}

/**
 * The turn failed (`turn.failed`). The message is codex's, usually the
 * model's; when codex passed on the provider's JSON error body
 * (`{"error":{"message":"…"}}`), the message is the body's own message, and
 * the body is on `details`.
 */
export class CodexTurnFailedError extends CodexError {
  static override readonly code = "CODEX_TURN_FAILED";
  /** The failure's message exactly as codex reported it (`turn.failed`'s `error.message`). */
  readonly codexMessage: string;
  /** The provider's error body, when codex's message was one (JSON), parsed; else undefined. */
  readonly details: unknown;
  /** Extension: what kind of failure the message reports (`"rate_limit"`, `"server_error"`, `"context_window"` ...): see `retry`. */
  readonly kind: TurnFailureKind;

  constructor(message: string) {
    const details = jsonBody(message);
    super("CODEX_TURN_FAILED", messageOf(details) ?? message);
    this.codexMessage = message;
    this.details = details;
    this.kind = failureKind(message);
  }
}

/**
 * Extension (remote app-server): the connection to an app-server the SDK
 * did not start failed: it could not be made (`reason: "unreachable"`), the
 * server refused the token (`"auth"`), or it dropped (`"dropped"`; the turns
 * in flight fail with it, and the next call connects again).
 */
export class CodexConnectionError extends CodexError {
  static override readonly code = "CODEX_CONNECTION";
  /** What went wrong. */
  readonly reason: "unreachable" | "auth" | "dropped";
  /** The app-server's address (a token never appears in it). */
  readonly endpoint: string;

  constructor(reason: "unreachable" | "auth" | "dropped", endpoint: string, message: string) {
    super("CODEX_CONNECTION", message);
    this.reason = reason;
    this.endpoint = endpoint;
  }
}

/**
 * Extension: a turn refused before it started (or stopped, with
 * `budget.interrupt`) because the thread, or the `Codex`, has used its
 * `budget`. Nothing was started for a refused turn.
 */
export class CodexBudgetExceededError extends CodexError {
  static override readonly code = "CODEX_BUDGET_EXCEEDED";
  /** Which budget: the thread's or the `Codex`'s. */
  readonly scope: "thread" | "codex";
  /** Which limit: `maxTokens` or `maxCostUsd`. */
  readonly limit: "maxTokens" | "maxCostUsd";
  /** What was used (tokens, or US dollars) when the turn was refused or stopped. */
  readonly used: number;
  /** The budget's limit. */
  readonly budget: number;

  constructor(scope: "thread" | "codex", limit: "maxTokens" | "maxCostUsd", used: number, budget: number, running = false) {
    const what = limit === "maxTokens" ? `${used} tokens used of ${budget}` : `$${used.toFixed(4)} used of $${budget}`;
    super("CODEX_BUDGET_EXCEEDED", `The ${scope === "thread" ? "thread's" : "Codex's"} budget is spent (${what}): ${running ? "the turn was stopped" : "the turn was not started"}`);
    this.scope = scope;
    this.limit = limit;
    this.used = used;
    this.budget = budget;
  }
}

/** `text` parsed, when it is a JSON object. */
function jsonBody(text: string): Record<string, unknown> | undefined {
  if (!text.trimStart().startsWith("{")) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The message of an error body: `{ error: { message } }`, `{ error: "…" }` or `{ message }`. */
function messageOf(body: Record<string, unknown> | undefined): string | undefined {
  const error = body?.error;
  if (typeof error === "string") return error;
  if (typeof error === "object" && error !== null && typeof (error as { message?: unknown }).message === "string") return (error as { message: string }).message;
  return typeof body?.message === "string" ? body.message : undefined;
}

/** codex printed output the SDK cannot read: not JSON, not UTF-8, too long, or not a valid event. */
export class CodexParseError extends CodexError {
  static override readonly code = "CODEX_PARSE";
  /** A bounded excerpt of the offending line. */
  readonly line: string;
  /** 1-based number of the line on codex's stdout. */
  readonly lineNumber: number;

  constructor(message: string, line: string, lineNumber: number, cause?: unknown) {
    super("CODEX_PARSE", message, { cause });
    this.line = line;
    this.lineNumber = lineNumber;
  }
}

/** The final response of a turn with an `outputSchema` was not valid JSON, or (with a typed schema) did not match it. */
export class CodexOutputParseError extends CodexError {
  static override readonly code = "CODEX_OUTPUT_PARSE";
  /** The final response as the agent wrote it. */
  readonly text: string;
  /** With a Standard Schema (zod ...): what did not match. */
  readonly issues: readonly StandardSchemaV1.Issue[] | undefined;

  constructor(message: string, text: string, cause?: unknown, issues?: readonly StandardSchemaV1.Issue[]) {
    super("CODEX_OUTPUT_PARSE", message, { cause });
    this.text = text;
    this.issues = issues;
  }
}

/** The turn was cancelled through its `AbortSignal`. `name` is `"AbortError"`, as for `fetch`. */
export class CodexAbortError extends CodexError {
  static override readonly code = "CODEX_ABORT";
  constructor(message = "The turn was aborted", cause?: unknown) {
    super("CODEX_ABORT", message, { cause });
    this.name = "AbortError";
  }
}

/**
 * A limit was reached: the turn ran longer than `turnTimeoutMs`, went
 * `idleTimeoutMs` without an event, or (app-server) a request got no answer
 * within `requestTimeoutMs`.
 */
export class CodexTimeoutError extends CodexError {
  static override readonly code = "CODEX_TIMEOUT";
  /** Which limit was reached. */
  readonly kind: "turn" | "idle" | "request";
  /** The limit, in milliseconds. */
  readonly timeoutMs: number;

  constructor(kind: "turn" | "idle" | "request", timeoutMs: number, what?: string) {
    super(
      "CODEX_TIMEOUT",
      kind === "turn"
        ? `The turn did not finish within turnTimeoutMs (${timeoutMs} ms)`
        : kind === "idle"
          ? `codex printed no event for idleTimeoutMs (${timeoutMs} ms)`
          : `codex app-server did not answer ${what ?? "a request"} within requestTimeoutMs (${timeoutMs} ms)`,
    );
    this.kind = kind;
    this.timeoutMs = timeoutMs;
  }
}

/** A turn or call was made on a `Codex` after `close()`. */
export class CodexClosedError extends CodexError {
  static override readonly code = "CODEX_CLOSED";
  constructor(message = "This Codex instance was closed: create a new one to run more turns") {
    super("CODEX_CLOSED", message);
  }
}

/** The call needs another transport than the one this `Codex` uses (e.g. `steer()` needs app-server). */
export class CodexUnsupportedError extends CodexError {
  static override readonly code = "CODEX_UNSUPPORTED";
  /** What was called. */
  readonly feature: string;
  /** The transport it needs. */
  readonly requiredTransport: "exec" | "app-server";

  constructor(feature: string, requiredTransport: "exec" | "app-server", detail?: string) {
    super(
      "CODEX_UNSUPPORTED",
      `${feature} needs the ${requiredTransport} transport: new Codex({ transport: "${requiredTransport}" })${detail ? `. ${detail}` : ""}`,
    );
    this.feature = feature;
    this.requiredTransport = requiredTransport;
  }
}

/** The app-server answered a request with a JSON-RPC error (e.g. "thread not found"). */
export class CodexRpcError extends CodexError {
  static override readonly code = "CODEX_RPC";
  /** The request's method, e.g. `"thread/resume"`. */
  readonly method: string;
  /** The JSON-RPC error code (-32600 invalid request, -32001 overloaded ...). */
  readonly rpcCode: number;
  /** The error's `data`, when the app-server sent one. */
  readonly data: unknown;

  constructor(method: string, rpcCode: number, message: string, data: unknown) {
    super("CODEX_RPC", `codex app-server refused ${method}: ${message} (code ${rpcCode})`);
    this.method = method;
    this.rpcCode = rpcCode;
    this.data = data;
  }
}

/** `thread.steer()` was called while no turn runs on the thread. */
export class CodexNoActiveTurnError extends CodexError {
  static override readonly code = "CODEX_NO_ACTIVE_TURN";
  constructor(message = "No turn is running on this thread: steer() adds input to a running turn; start one with run() or runStreamed()") {
    super("CODEX_NO_ACTIVE_TURN", message);
  }
}

/**
 * `resumeThread(id)` named a thread codex does not have (where it looked:
 * `CODEX_HOME`). The turn ends before it can run on another thread.
 */
export class CodexThreadNotFoundError extends CodexError {
  static override readonly code = "CODEX_THREAD_NOT_FOUND";
  /** The id that was asked for. */
  readonly threadId: string;

  /** `why` says how codex showed it: it found no record of the thread, or it started another one. */
  constructor(threadId: string, why: string, cause?: unknown) {
    super("CODEX_THREAD_NOT_FOUND", `resumeThread(${JSON.stringify(threadId)}): codex has no such thread (${why})`, { cause });
    this.threadId = threadId;
  }
}
