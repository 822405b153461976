import { randomUUID } from "node:crypto";
import { CodexRpcError } from "../errors.js";
import type { ThreadOptions } from "../options.js";
import { SESSION_TAG, SESSION_TAG_VAR, TURN_TAG_VAR } from "../process/watchdog.js";
import { resumeMismatch, threadNotFound } from "../thread-id.js";
import type { ThreadStart } from "../transport.js";
import type { Connection } from "./connection.js";
import type { AppServerHost } from "./host.js";
import { appServerThreadParams } from "./thread-params.js";

/** Tags the commands of one app-server thread, so an interrupted turn's commands can be found. */
export const THREAD_TAG_VAR = "CODEX_SDK_THREAD";

/** How the thread was opened on an app-server. */
export type OpenMode = "new" | "resume" | "fork" | "review";

/**
 * Which app-server process a thread is open on, and opening it there: a new
 * thread (`thread/start`), a resume, or a fork, before its first turn on that
 * process, and a resume on the next process after the one it was open on is
 * gone (a crash) or it was archived.
 */
export class ThreadOpening {
  /** The thread's id, once known (at once for a resume). */
  threadId: string | null;
  /** The model the app-server opened the thread with. */
  model: string | undefined;
  /** The value of `CODEX_SDK_THREAD` in the environment of the thread's commands. */
  readonly tag = randomUUID();
  /** The connection (app-server process) the thread is open on. */
  private openOn: Connection | undefined;

  constructor(
    private readonly host: AppServerHost,
    private readonly options: ThreadOptions,
    private readonly start: ThreadStart,
    /** Called as the app-server's answer is read: the thread's first notifications may follow in the same chunk. */
    private readonly opened: (threadId: string) => void,
  ) {
    this.threadId = start.kind === "resume" ? start.threadId : null;
  }

  /** True when the thread is open on `connection`. */
  isOpenOn(connection: Connection): boolean {
    return this.openOn === connection;
  }

  /** The connection the thread is open on, if it is open. */
  get connection(): Connection | undefined {
    return this.openOn;
  }

  /** The review this thread was made for, while its turn has not run. */
  get pendingReview(): Extract<ThreadStart, { kind: "review" }> | undefined {
    return this.start.kind === "review" && this.threadId === null ? this.start : undefined;
  }

  /** The thread must be opened again before it runs: its process is gone, or it was archived or unarchived. */
  forget(): void {
    this.openOn = undefined;
  }

  /** Runs `operation` with the thread open on the running app-server (started or resumed first when needed). */
  async withOpen<T>(operation: (connection: Connection, threadId: string) => Promise<T>): Promise<T> {
    const connection = await this.host.connection();
    await this.open(connection);
    return operation(connection, this.threadId as string);
  }

  /** Opens the thread on `connection` unless it is open there: start, resume (also after a crash) or fork. */
  async open(connection: Connection): Promise<OpenMode> {
    if (this.openOn === connection) return "resume";
    const tagEnv = { [THREAD_TAG_VAR]: this.tag, [TURN_TAG_VAR]: connection.tag, [SESSION_TAG_VAR]: SESSION_TAG };
    const { base, startOnly } = appServerThreadParams(this.options, tagEnv);
    const start: ThreadStart = this.threadId !== null ? { kind: "resume", threadId: this.threadId } : this.start;
    const opened = { onResult: (result: { thread: { id: string } }) => this.opened(result.thread.id) };
    let response: { thread: { id: string }; model?: string };
    if (start.kind === "resume") {
      response = await connection.request("thread/resume", { ...base, threadId: start.threadId }, opened).catch((error: unknown) => {
        throw (error instanceof CodexRpcError && threadNotFound(start.threadId, error.message, error)) || error;
      });
      const mismatch = resumeMismatch(start.threadId, response.thread.id);
      if (mismatch !== undefined) throw mismatch;
    } else if (start.kind === "fork") {
      // Without a model, a fork takes the binary's default, not the original's: keep the original's.
      if (base.model === undefined) {
        const original = await connection.request("thread/read", { threadId: start.threadId });
        if (typeof original.thread.model === "string") base.model = original.thread.model;
      }
      response = await connection.request("thread/fork", { ...base, threadId: start.threadId }, opened);
    } else {
      response = await connection.request("thread/start", { ...base, ...startOnly }, opened);
      // A name given at start is the thread's from its first moment (listThreads, readThread).
      if (this.options.name !== undefined) await connection.request("thread/name/set", { threadId: response.thread.id, name: this.options.name });
    }
    this.threadId = response.thread.id;
    if (typeof response.model === "string") this.model = response.model;
    this.openOn = connection;
    return start.kind;
  }
}
