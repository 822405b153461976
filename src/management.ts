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
}

/** One page of threads. */
export interface ThreadPage {
  data: ThreadInfo[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** A turn as `readThread` returns it: its items in this SDK's types, in order. */
export interface ThreadTurn {
  id: string;
  status: P.Turn["status"];
  /** What the user sent: the text of the turn's user messages (exec reports no item for it). */
  input: string;
  items: ThreadItem[];
  error: P.TurnError | null;
  startedAt: number | null;
  completedAt: number | null;
  durationMs: number | null;
}

/** What `readThread` returns. */
export interface ThreadDetails {
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
  objective: string;
  status: "active" | "paused";
  /** Tokens the goal may spend in all. */
  tokenBudget?: number | undefined;
}

/** A model the app-server can use. */
export type ModelInfo = P.Model;

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
export type LoginOptions =
  | { apiKey: string; signal?: AbortSignal | undefined }
  | {
      deviceCode: {
        /** Called once the code is known: show it to the person. */
        onCode(code: DeviceCode): void | Promise<void>;
      };
      /** Cancels a login that has not completed (`account/login/cancel`). */
      signal?: AbortSignal | undefined;
    };

/** Options of `thread.watch()`. */
export interface WatchOptions {
  /** Ends the watch. */
  signal?: AbortSignal | undefined;
}
