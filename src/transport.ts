import type { ThreadEvent, ThreadUsage, Usage } from "./events.js";
import type { JsonObject } from "./json-checks.js";
import type { NormalizedInput } from "./input.js";
import type { CodexManagement, GoalSpec, ThreadGoal, WatchOptions } from "./management.js";
import type { ReviewRequest, ThreadOptions, TurnOptions } from "./options.js";
import type { JsonSchema } from "./output-schema.js";

/**
 * What `Codex` and `Thread` need from whatever runs codex: `codex exec` (one
 * process per turn) or `codex app-server` (one process for many threads).
 * The public classes know this interface only; each transport lives in its
 * own folder (`src/exec/`, `src/app-server/`).
 */
export interface Transport {
  /** `"exec"` or `"app-server"`, for messages. */
  readonly name: TransportName;
  /** Path of the codex executable in use. */
  readonly executablePath: string;
  /** The runtime of one thread: nothing starts until its first turn. */
  thread(options: ThreadOptions, start: ThreadStart): ThreadRuntime;
  /** Ends running turns, stops what the transport started, and resolves once everything is cleaned up. */
  close(): Promise<void>;
  /** Threads, models, accounts, MCP servers and config; undefined where the transport cannot serve them (exec). */
  readonly management: CodexManagement | undefined;
  /** (app-server) Hears each `account/rateLimits/updated`; returns the way to stop. Absent on exec (no such news). */
  onRateLimits?(listener: (params: JsonObject) => void): () => void;
}

/** Turn options as a transport gets them: the output schema resolved to the JSON Schema codex is sent. */
export type RuntimeTurnOptions = Omit<TurnOptions, "outputSchema"> & {
  outputSchema?: JsonSchema | undefined;
  /** Hears the turn's own usage so far, each time codex reports it during the turn (app-server; exec reports it only at the end). */
  onTurnUsage?: ((turnUsage: Usage) => void) | undefined;
};

/** The name of a transport, as given in `CodexOptions.transport`. */
export type TransportName = "exec" | "app-server";

/** How a thread's first turn begins; later turns continue the thread. */
export type ThreadStart =
  | { kind: "new" }
  | { kind: "resume"; threadId: string }
  | { kind: "fork"; threadId: string }
  | { kind: "review"; request: ReviewRequest };

/** What runs a thread's turns: its runtime, or the guardrails in front of it (`src/guard/`). */
export interface TurnRunner {
  /** A lazily started turn: nothing runs until the first `next()`. */
  runTurn(input: NormalizedInput, options: RuntimeTurnOptions): AsyncGenerator<ThreadEvent>;
}

/** One thread, as a transport runs it. */
export interface ThreadRuntime extends TurnRunner {
  /** The thread's id, once known. */
  readonly id: string | null;
  /** What the thread has used: its running total as known here, and (app-server, unless `withCost` is false) its estimated cost when codex reports one. */
  usage(withCost?: boolean): Promise<ThreadUsage>;
  /** A failed turn is about to be run again: the transport takes it out of the thread where it can (app-server: a rollback; exec cannot). */
  discardFailedTurn(): Promise<void>;
  /** Adds input to the running turn. */
  steer(input: NormalizedInput): Promise<void>;
  /** Stops the running turn; it rejects with `CodexAbortError`. */
  interrupt(): Promise<void>;
  setName(name: string): Promise<void>;
  rollback(turns: number): Promise<void>;
  compact(): Promise<void>;
  setGoal(goal: GoalSpec): Promise<ThreadGoal>;
  getGoal(): Promise<ThreadGoal | null>;
  clearGoal(): Promise<void>;
  watch(options: WatchOptions): AsyncGenerator<ThreadEvent>;
}

/** One running turn, as the event stream consumes it. */
export interface TurnSource {
  /** The next queued event, if one is queued now. */
  take(): ThreadEvent | undefined;
  /** The next event; `undefined` at the end of a turn that ended well; rejects with the turn's error. */
  next(): Promise<ThreadEvent | undefined>;
  /** The consumer stopped: ends the turn, resolving once it has ended. */
  cancel(): Promise<void>;
}

/** A turn ready to run: its source, plus what must happen once it has settled. */
export interface PreparedTurn {
  source: TurnSource;
  /** Resolves once what the turn held (files, a concurrency slot) is released. Never rejects. */
  finalize(): Promise<void>;
}
