/**
 * Threads, goals, models, accounts, MCP servers and config, managed from code
 * (app-server transport). Shapes are the app-server protocol's own (camelCase,
 * typed from the pinned binary's schema), except where items appear: those are
 * this SDK's `ThreadItem`s, the same as in events.
 */
import type { ThreadItem } from "./items.js";
import type * as P from "./protocol/index.js";

/** A thread as the app-server lists it (its turns are read with `readThread`). */
export type ThreadInfo = Omit<P.Thread, "turns">;

/** Where a thread came from. `codex exec` threads are `"exec"`; threads of the app-server are `"vscode"`. */
export type ThreadSourceKind = P.ThreadSourceKind;

/** Options of `codex.listThreads()`. */
export interface ListThreadsOptions {
  /** Threads per page (the app-server's default when absent). */
  limit?: number | undefined;
  /** The `nextCursor` of the previous page. */
  cursor?: string | undefined;
  /** Archived threads instead of the others. */
  archived?: boolean | undefined;
  /**
   * Which sources to list. Default: `"user"`, the threads people and programs
   * start (`cli`, `vscode`, `exec`, `appServer`): unlike the app-server's own
   * default, this includes threads made by `codex exec` (the exec transport).
   * `"all"` adds sub-agent threads.
   */
  sourceKinds?: readonly ThreadSourceKind[] | "user" | "all" | undefined;
  /** Only threads whose working directory is this one (or one of these). */
  cwd?: string | readonly string[] | undefined;
  /** Only threads whose name or preview matches. */
  searchTerm?: string | undefined;
  /** Newest first (the default) or oldest first. */
  sortDirection?: P.SortDirection | undefined;
  /** Order by creation or last update. */
  sortKey?: P.ThreadSortKey | undefined;
  /** Only these threads (codex 0.171 and later; an older app-server is refused with `CodexConfigError`). */
  includedThreadIds?: readonly string[] | undefined;
}

/** One page of threads. */
export interface ThreadPage {
  /** The threads of this page. */
  data: ThreadInfo[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** A turn as `readThread` returns it: its items in this SDK's types, in order. */
export interface ThreadTurn {
  /** The turn's id. */
  id: string;
  /** How the turn ended (or that it still runs). */
  status: P.Turn["status"];
  /** What the user sent: the text of the turn's user messages (exec reports no item for it). */
  input: string;
  /** The turn's items, in order, in this SDK's types (the echo of the input is in `input`). */
  items: ThreadItem[];
  /** Why the turn failed, for a failed turn. */
  error: P.TurnError | null;
  /** When it started (Unix seconds), if recorded. */
  startedAt: number | null;
  /** When it ended (Unix seconds), if recorded. */
  completedAt: number | null;
  /** How long it took, if recorded. */
  durationMs: number | null;
}

/** What `readThread` returns. */
export interface ThreadDetails {
  /** The thread's summary. */
  thread: ThreadInfo;
  /** Oldest first; present when asked for with `{ turns: true }`. */
  turns?: ThreadTurn[];
}

/** A thread's goal, as the app-server keeps it. */
export type ThreadGoal = P.ThreadGoal;

/**
 * A goal for a thread. `status` is required on purpose: `"active"` makes the
 * app-server run turns on the thread **by itself**, one after another, until
 * the goal is met, paused, out of budget or cleared (watch them with
 * `thread.watch()`); `"paused"` only records it.
 */
export interface GoalSpec {
  /** What the goal is, in words for the agent. */
  objective: string;
  /** `"active"`: the app-server works on it by itself; `"paused"`: recorded only. */
  status: "active" | "paused";
  /** Tokens the goal may spend in all. */
  tokenBudget?: number | undefined;
}

/** A model the app-server can use. */
export type ModelInfo = P.Model;

/** Options of `listModels()`. */
export interface ListModelsOptions {
  /** Also the models codex hides from its pickers. */
  includeHidden?: boolean | undefined;
}

/** The account codex is logged in with, and whether it needs an OpenAI login. */
export type AccountInfo = P.GetAccountResponse;

/** Rate limits of the logged-in account. */
export type RateLimits = P.GetAccountRateLimitsResponse;

/** An MCP server's status. */
export type McpServerInfo = P.McpServerStatus;

/** codex's effective configuration and where each value comes from. */
export type ConfigInfo = P.ConfigReadResponse;

/** What a device-code login shows the person who logs in. */
export interface DeviceCode {
  /** Open this address... */
  verificationUrl: string;
  /** ...and enter this code. */
  userCode: string;
}

/** How to log in: with an API key, or with ChatGPT through a device code. */
export type LoginOptions = ApiKeyLogin | DeviceCodeLogin;

/** A login with an OpenAI API key. */
export interface ApiKeyLogin {
  /** The key. The SDK redacts it from everything it writes from now on. */
  apiKey: string;
  /** Cancels the login if it has not completed. */
  signal?: AbortSignal | undefined;
}

/** A ChatGPT login through a device code: a person enters the code at the address. */
export interface DeviceCodeLogin {
  /** How the code reaches the person. */
  deviceCode: {
    /** Called once the code is known: show it to the person. */
    onCode(code: DeviceCode): void | Promise<void>;
  };
  /** Cancels a login that has not completed (`account/login/cancel`). */
  signal?: AbortSignal | undefined;
}

/** Options of `thread.watch()`. */
export interface WatchOptions {
  /** Ends the watch. */
  signal?: AbortSignal | undefined;
}

/**
 * The management calls of a `Codex`: threads, models, account, MCP servers
 * and config, over the app-server transport (on exec each rejects with
 * `CodexUnsupportedError`). Declared once, here: `Codex` has these methods,
 * and the transport that serves them implements this.
 */
export interface CodexManagement {
  /**
   * One page of threads, newest first. By default the threads people and
   * programs started, `codex exec`'s included (the app-server alone would
   * leave those out); `sourceKinds: "all"` adds sub-agents'. Pass
   * `nextCursor` as `cursor` for the next page.
   */
  listThreads(options?: ListThreadsOptions): Promise<ThreadPage>;
  /** A thread's summary, and with `{ turns: true }` its turns (oldest first) with their items. */
  readThread(id: string, options?: { turns?: boolean | undefined }): Promise<ThreadDetails>;
  /** Moves a thread out of the default list (`listThreads({ archived: true })` shows it). */
  archiveThread(id: string): Promise<void>;
  /** Brings an archived thread back; its `Thread` resumes it before the next turn. */
  unarchiveThread(id: string): Promise<ThreadInfo>;
  /** The models codex can use with the configured provider; with `includeHidden`, also those its pickers hide. */
  listModels(options?: ListModelsOptions): Promise<ModelInfo[]>;
  /** The account codex is logged in with. */
  account(): Promise<AccountInfo>;
  /**
   * Logs in with an API key, or with ChatGPT through a device code
   * (`onCode` shows the address and code to the person; resolves when they
   * have completed it; `signal` cancels). Keys never appear in errors,
   * events, telemetry or `util.inspect`.
   */
  login(options: LoginOptions): Promise<void>;
  /** Logs out. */
  logout(): Promise<void>;
  /** The account's rate limits (needs an OpenAI login). */
  rateLimits(): Promise<RateLimits>;
  /** The status of every configured MCP server. */
  mcpServers(): Promise<McpServerInfo[]>;
  /** codex's effective configuration, and where each value comes from. */
  readConfig(options?: { cwd?: string | undefined }): Promise<ConfigInfo>;
}

/** The names of {@link CodexManagement}'s methods (`Codex` forwards each). */
export const MANAGEMENT_METHODS = ["listThreads", "readThread", "archiveThread", "unarchiveThread", "listModels", "account", "login", "logout", "rateLimits", "mcpServers", "readConfig"] as const satisfies readonly (keyof CodexManagement)[];

/** Fails to compile when {@link MANAGEMENT_METHODS} misses a method of {@link CodexManagement}. */
const managementMethodsComplete: [Exclude<keyof CodexManagement, (typeof MANAGEMENT_METHODS)[number]>] extends [never] ? true : never = true;
void managementMethodsComplete;
