import type { ApprovalRequest } from "../approvals.js";
import type { JsonObject } from "../json-checks.js";
import type { ThreadOptions, TurnOptions } from "../options.js";
import type { Redactor } from "../redact.js";
import type { PreparedTurn } from "../transport.js";
import type { AppServerTurn, TurnContext } from "./app-server-turn.js";
import type { Connection, ServerReply } from "./connection.js";

/**
 * What the app-server's threads and management calls need from the
 * transport that hosts them: the running app-server, the ledger of turns,
 * routing by thread id, and the options every turn shares. Threads and
 * management depend on this, not on the transport itself.
 */
export interface AppServerHost {
  /** The secrets to hide wherever text is written. */
  readonly redactor: Redactor;
  /** How long a request may go unanswered; also bounds waits for the app-server's own turns. */
  readonly requestTimeoutMs: number;
  /** The running app-server, started (or restarted) when there is none. */
  connection(): Promise<Connection>;
  /** Runs the preparation of a turn under the ledger of turns: refused after close, waited for by close. */
  prepare(start: () => Promise<StartedTurn>): Promise<PreparedTurn>;
  /** A slot under `maxConcurrentTurns`. */
  acquire(signal: AbortSignal | undefined): Promise<() => void>;
  /** Routes the notifications and requests that name `threadId` to `thread`. */
  register(threadId: string, thread: RoutedThread): void;
  /** Forgets that thread `threadId` is open: archived or unarchived, it must be opened again. */
  forgetThread(threadId: string): void;
  /** Listens to a notification that names no thread (a login completed ...); returns the way to stop. */
  onGlobalNotification(method: string, listener: (params: JsonObject) => void): () => void;
  /** The limits and handler of one turn: turn options first, then thread options, then the Codex's. */
  turnContext(thread: ThreadOptions, turn: TurnOptions): TurnSettings;
  /** True when the app-server is someone else's (`remote`): the SDK sweeps none of its processes. */
  readonly isRemote: boolean;
  /** The codex version the running app-server reported at start-up, when it did. */
  readonly codexVersion: string | undefined;
}

/** The parts of a turn's context that come from the options. */
export type TurnSettings = Pick<TurnContext, "signal" | "turnTimeoutMs" | "idleTimeoutMs" | "killGraceMs" | "approvalTimeoutMs" | "onApproval" | "workingDirectory">;

/** A turn that `turn/start` was sent for, and the promise of its end (after what it held is released). */
export interface StartedTurn {
  turn: AppServerTurn;
  settled: Promise<void>;
}

/** A thread as the host routes to it. */
export interface RoutedThread {
  /** A notification naming the thread. Returns false when nobody needed it. */
  deliver(method: string, params: JsonObject): boolean;
  /** A request from the app-server naming the thread. */
  approve(request: ApprovalRequest): Promise<ServerReply>;
  /** A message naming the thread could not be read. */
  badMessage(error: Error): void;
  /** The app-server process `connection` is gone. */
  connectionLost(connection: Connection, error: Error): void;
  /** The thread must be opened again before it runs (archived, unarchived). */
  forget(): void;
  /** The `Codex` is closing: watchers end. */
  closeWatchers(): void;
}
