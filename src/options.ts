/**
 * Options at the three levels of the SDK: `Codex` (process-wide), thread, and
 * turn. Every name of `@openai/codex-sdk` 0.163 is here with the same meaning;
 * the options past it are marked as extensions.
 */
import type { ApprovalHandler } from "./approvals.js";
import type { CodexTurnFailedError } from "./errors.js";
import type { JsonSchemaConverter } from "./output-schema.js";

/**
 * Extension: retry a turn that failed for a passing reason. A turn is
 * retried only when it started no item with side effects (a command, a file
 * change, an MCP call): a retry would repeat them. See the README's "Retries".
 */
export interface RetryOptions {
  /** Attempts in all, the first included (1 = no retry). Default 3. */
  attempts?: number | undefined;
  /** The wait before the first retry, doubled each time (with jitter). Default 1000. */
  initialDelayMs?: number | undefined;
  /** The longest wait between attempts (a wait the server named may be longer). Default 30000. */
  maxDelayMs?: number | undefined;
  /**
   * Decides which failures are retried. Default: the passing kinds
   * (`rate_limit`, `server_overloaded`, `server_error`, `connection_failed`,
   * `stream_disconnected`). Side effects, an abort, a timeout and the SDK's
   * own errors are never retried, whatever this says.
   */
  retryOn?: ((error: CodexTurnFailedError) => boolean) | undefined;
}

/**
 * Extension (app-server): an app-server someone else runs (`codex app-server
 * --listen ws://IP:PORT` or `unix://PATH`), shared between programs. The SDK
 * starts no process: its own `codexPathOverride`, `config`,
 * `configOverrides`, `env`, `apiKey` and `baseUrl` do not apply (the
 * server's own config does) and are refused.
 */
export interface RemoteAppServer {
  /** `ws://host:port` or `unix:///path/to/socket` (no credentials in it: the token goes in `token`). */
  url: string;
  /** The capability token the server was started with (`--ws-auth capability-token`), sent as `Authorization: Bearer …`. A secret: never shown. */
  token?: string | undefined;
  /** How long connecting may take. Default 10000. */
  connectTimeoutMs?: number | undefined;
}

/** Extension: limits on how fast a `Codex` starts turns and spends tokens. See the README's "Rate limits". */
export interface RateLimitOptions {
  /** Turn starts (retries included) per minute, spaced evenly: one every `60000 / turnsPerMinute` ms. */
  turnsPerMinute?: number | undefined;
  /** Tokens (input + output) per minute: the tokens of finished turns count against it; a turn starts while some are left. */
  tokensPerMinute?: number | undefined;
  /**
   * (app-server) When a window of the model's own rate limits (`account/rateLimits/updated`)
   * is at or above this percentage, new turns wait for its reset. Default 95 (100: only a full window waits).
   */
  pauseAtPercent?: number | undefined;
}

/** Extension: what a thread, or every thread of a `Codex`, may spend. See the README's "Budgets". */
export interface BudgetOptions {
  /** Tokens (input + output, as codex reports them) at most. */
  maxTokens?: number | undefined;
  /** (app-server) US dollars at most, as `account/usage/read` estimates them. */
  maxCostUsd?: number | undefined;
  /** Stop a running turn that crosses the budget (app-server: it is interrupted), not only the next. Default false. */
  interrupt?: boolean | undefined;
}

/** A value in `CodexOptions.config`. */
export type CodexConfigValue = string | number | boolean | CodexConfigValue[] | CodexConfigObject;

/** A nested config object, flattened into `--config key=value` overrides. */
export type CodexConfigObject = { [key: string]: CodexConfigValue };

/** Options of a {@link Codex} instance, shared by all its threads. */
export interface CodexOptions {
  /**
   * Extension: how codex runs. `"exec"` (the default): one `codex exec`
   * process per turn, as the official SDK does. `"app-server"`: one
   * long-lived `codex app-server` process for every thread of this `Codex`,
   * which adds approvals answered by code, live deltas, `steer()` and
   * `interrupt()`. Stop it with `await codex.close()`.
   */
  transport?: "exec" | "app-server" | undefined;
  /** Extension (app-server): connect to an app-server someone else runs instead of starting one. */
  remote?: RemoteAppServer | undefined;
  /** Path of the codex executable. Default: the binary of the installed `@openai/codex`, then `codex` on `PATH`. */
  codexPathOverride?: string | undefined;
  /**
   * Extension: run a codex outside the versions this SDK is tested with
   * (0.169.0 to 0.171.x), which is otherwise refused with a
   * `CodexConfigError` naming the range. The version is read from the
   * binary's package (`codex-package.json` beside it) and, on app-server,
   * from its answer at start-up; a binary with neither is not checked.
   */
  allowUntestedCodexVersion?: boolean | undefined;
  /** Base URL of the OpenAI API (`openai_base_url`). */
  baseUrl?: string | undefined;
  /** API key, passed to codex as `CODEX_API_KEY`. Never printed by the SDK. */
  apiKey?: string | undefined;
  /**
   * `--config key=value` overrides as a JSON object: flattened into dotted paths,
   * values rendered as TOML literals.
   */
  config?: CodexConfigObject | undefined;
  /** Raw `--config key=value` overrides, passed unchanged after `config` and before SDK-managed ones. */
  configOverrides?: string[] | undefined;
  /** Environment of the codex process. When given, `process.env` is not inherited. */
  env?: Record<string, string> | undefined;
  /**
   * Extension: at most this many turns of this `Codex` run at once; later ones
   * wait in FIFO order (and can be aborted while waiting). Default: unlimited.
   */
  maxConcurrentTurns?: number | undefined;
  /** Extension: retries of failed turns, for every thread (a thread's or turn's `retry` wins). Default: none. */
  retry?: RetryOptions | undefined;
  /** Extension: how fast this `Codex` starts turns and spends tokens. */
  rateLimit?: RateLimitOptions | undefined;
  /** Extension: what all of this `Codex`'s threads may spend together; checked before every turn. */
  budget?: BudgetOptions | undefined;
  /** Extension: default for {@link TurnOptions.turnTimeoutMs}. */
  turnTimeoutMs?: number | undefined;
  /** Extension: default for {@link TurnOptions.idleTimeoutMs}. */
  idleTimeoutMs?: number | undefined;
  /** Extension: default for {@link TurnOptions.killGraceMs}. */
  killGraceMs?: number | undefined;
  /**
   * Extension: the longest line (one event) read from codex, in bytes. A
   * longer one ends the turn with a `CodexParseError` instead of growing
   * memory without bound. Default: 256 MiB (a command with a huge output
   * makes one huge event).
   */
  maxLineBytes?: number | undefined;
  /**
   * Extension (app-server): answers the app-server's approval requests and
   * questions for every thread (a thread's own `onApproval` comes first).
   * Without one, every request is declined.
   */
  onApproval?: ApprovalHandler | undefined;
  /** Extension (app-server): how long a handler may take before the SDK declines. Default 300000 (5 minutes). */
  approvalTimeoutMs?: number | undefined;
  /** Extension (app-server): how long any request to the app-server may go unanswered. Default 60000. Start-up (the answer to `initialize`) gets at least 60000, whatever this is. */
  requestTimeoutMs?: number | undefined;
  /** Extension (app-server): requests in flight at most (more wait in the SDK). Default 64. */
  maxRequestsInFlight?: number | undefined;
  /**
   * Extension (app-server): restarts of a crashed app-server allowed within
   * `restartWindowMs`; beyond that, calls fail at once with the last exit.
   * Default 5 in 60000 ms.
   */
  maxRestarts?: number | undefined;
  /** Extension (app-server): see `maxRestarts`. */
  restartWindowMs?: number | undefined;
}

/** Approval policy of commands the agent wants to run. */
export type ApprovalMode = "never" | "on-request" | "on-failure" | "untrusted";

/** Sandbox for model-generated commands. */
export type SandboxMode = "read-only" | "workspace-write" | "danger-full-access";

/** Reasoning effort requested from the model. */
export type ModelReasoningEffort = "minimal" | "low" | "medium" | "high" | "xhigh" | "max" | "ultra" | "persistent";

/** Web search mode. */
export type WebSearchMode = "disabled" | "cached" | "live";

/** Local provider used with `oss`. */
export type LocalProvider = "lmstudio" | "ollama";

/** The agent's manner (`personality`). */
export type Personality = "none" | "friendly" | "pragmatic";

/** Who answers approval requests: the user (your `onApproval`), or codex's own reviewer agent. */
export type ApprovalsReviewer = "user" | "auto_review";

/** Reasoning summaries requested from the model. */
export type ReasoningSummary = "auto" | "concise" | "detailed" | "none";

/** Options of a thread, applied to each of its turns. */
export interface ThreadOptions {
  /** Model the agent uses (`--model`). */
  model?: string | undefined;
  /** Source classification applied when the thread is first created (`--thread-source`). */
  threadSource?: string | undefined;
  /** Sandbox for commands (`--sandbox`). */
  sandboxMode?: SandboxMode | undefined;
  /** Working root of the agent (`--cd`). */
  workingDirectory?: string | undefined;
  /** Allow running outside a Git repository (`--skip-git-repo-check`). */
  skipGitRepoCheck?: boolean | undefined;
  /** Reasoning effort (`model_reasoning_effort`). */
  modelReasoningEffort?: ModelReasoningEffort | undefined;
  /** Network access inside the `workspace-write` sandbox (`sandbox_workspace_write.network_access`). */
  networkAccessEnabled?: boolean | undefined;
  /** Web search mode (`web_search`). Takes precedence over `webSearchEnabled`. */
  webSearchMode?: WebSearchMode | undefined;
  /** `true` means `web_search="live"`, `false` means `"disabled"`. */
  webSearchEnabled?: boolean | undefined;
  /** Approval policy (`approval_policy`). codex 0.169 `exec` rejects `"untrusted"`. */
  approvalPolicy?: ApprovalMode | undefined;
  /** More writable directories (`--add-dir`). */
  additionalDirectories?: string[] | undefined;
  /** Extension: do not persist session files (`--ephemeral`); such a thread cannot be resumed. */
  ephemeral?: boolean | undefined;
  /** Extension: layer `$CODEX_HOME/<profile>.config.toml` on the user config (`--profile`). */
  profile?: string | undefined;
  /** Extension: features to enable (`--enable`). */
  enableFeatures?: string[] | undefined;
  /** Extension: features to disable (`--disable`). */
  disableFeatures?: string[] | undefined;
  /** Extension: use the open-source provider (`--oss`). */
  oss?: boolean | undefined;
  /** Extension: local provider for `oss` (`--local-provider`). */
  localProvider?: LocalProvider | undefined;
  /** Extension: do not load `$CODEX_HOME/config.toml` (`--ignore-user-config`). */
  ignoreUserConfig?: boolean | undefined;
  /** Extension: do not load execpolicy `.rules` files (`--ignore-rules`). */
  ignoreRules?: boolean | undefined;
  /** Extension: fail on unknown fields in config.toml (`--strict-config`). */
  strictConfig?: boolean | undefined;
  /** Extension (app-server): answers this thread's approval requests; takes precedence over the `Codex` option. */
  onApproval?: ApprovalHandler | undefined;
  /** Extension (app-server): overrides `CodexOptions.approvalTimeoutMs` for this thread. */
  approvalTimeoutMs?: number | undefined;
  /** Extension: instructions added as a developer message to every turn (`developer_instructions`). */
  developerInstructions?: string | undefined;
  /** Extension (app-server): instructions that replace codex's own base instructions. */
  baseInstructions?: string | undefined;
  /** Extension: the agent's manner (`personality`), for models that support it. */
  personality?: Personality | undefined;
  /** Extension: the service tier requested from the provider (`service_tier`, e.g. `"flex"`, `"priority"`). */
  serviceTier?: string | undefined;
  /** Extension (app-server): who answers approval requests: `"user"` (your `onApproval`) or `"auto_review"` (codex's reviewer agent). */
  approvalsReviewer?: ApprovalsReviewer | undefined;
  /** Extension (app-server): the thread's name, given when it is started (as `thread.setName()` would). */
  name?: string | undefined;
  /** Extension: retries of this thread's failed turns (wins over the `Codex`'s). */
  retry?: RetryOptions | undefined;
  /** Extension: what this thread may spend; checked before every turn. */
  budget?: BudgetOptions | undefined;
}

/** Experimental Cyber access program. */
export type CyberAccessProgram = "standard" | "daybreak_blue" | "daybreak_red";

/** Options of one turn. */
export interface TurnOptions {
  /** Experimental Cyber selection for this turn with the built-in OpenAI provider (`--cyber-access-program`). */
  cyberAccessProgram?: CyberAccessProgram | undefined;
  /**
   * Schema of the agent's final response. A plain JSON Schema object is sent
   * as given (`--output-schema`); `run()` then also returns `output`, the
   * response parsed. *Extension:* a Standard Schema (zod 4, arktype, valibot
   * with `toJsonSchema` ...) is converted to the JSON Schema subset codex
   * accepts, and `run()` validates the response with it and returns `output`
   * typed.
   */
  outputSchema?: unknown | undefined;
  /**
   * Extension: turns a Standard Schema that cannot describe itself as JSON
   * Schema (valibot's) into one, e.g. `toJsonSchema` from `@valibot/to-json-schema`.
   */
  toJsonSchema?: JsonSchemaConverter | undefined;
  /** Cancels the turn; the process tree is ended and the turn rejects with an `AbortError`. */
  signal?: AbortSignal | undefined;
  /** Extension: end the turn with a `CodexTimeoutError` after this many milliseconds. */
  turnTimeoutMs?: number | undefined;
  /** Extension: end the turn with a `CodexTimeoutError` when codex prints no event for this long. */
  idleTimeoutMs?: number | undefined;
  /** Extension: how long codex gets after SIGTERM before SIGKILL. Default 2000 ms. */
  killGraceMs?: number | undefined;
  /** Extension: retries of this turn (wins over the thread's and the `Codex`'s). */
  retry?: RetryOptions | undefined;
  /** Extension: the model for this turn (and, on app-server, the thread's turns after it). */
  model?: string | undefined;
  /** Extension: the reasoning effort for this turn. */
  modelReasoningEffort?: ModelReasoningEffort | undefined;
  /** Extension: the reasoning summary for this turn (`model_reasoning_summary`). */
  reasoningSummary?: ReasoningSummary | undefined;
  /** Extension: the working directory for this turn (made absolute). */
  workingDirectory?: string | undefined;
  /** Extension: the sandbox for this turn's commands. */
  sandboxMode?: SandboxMode | undefined;
}

/**
 * What `codex.review()` reviews: uncommitted changes, the diff against a base
 * branch, one commit, or free-form instructions. Exactly one of them: codex
 * does not combine a target with instructions.
 */
export type ReviewRequest = ExactlyOne<ReviewTargets> & {
  /** Commit title shown in the review summary (`--title`, with `commit`). */
  title?: string | undefined;
};

/** What a review can look at: a {@link ReviewRequest} names exactly one. */
export interface ReviewTargets {
  /** The uncommitted changes: staged, unstaged and untracked files (`--uncommitted`). */
  uncommitted: true;
  /** The changes against this base branch (`--base`). */
  base: string;
  /** This commit (`--commit`). */
  commit: string;
  /** Free-form instructions instead of a target. */
  instructions: string;
}

/** Exactly one of the keys of `T`, the others absent. */
export type ExactlyOne<T> = { [K in keyof T]: Pick<T, K> & { [Other in Exclude<keyof T, K>]?: never } }[keyof T];
