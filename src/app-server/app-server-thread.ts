import { randomUUID } from "node:crypto";
import type { ApprovalRequest } from "../approvals.js";
import { CodexAbortError, CodexConfigError, CodexExitError, CodexNoActiveTurnError, CodexRpcError, CodexTimeoutError, CodexUnsupportedError } from "../errors.js";
import type { ThreadEvent, Usage } from "../events.js";
import type { NormalizedInput } from "../input.js";
import type { JsonObject } from "../json-checks.js";
import type { ThreadOptions, TurnOptions } from "../options.js";
import { lastAllocatedPid } from "../process/process-tree.js";
import { SESSION_TAG, SESSION_TAG_VAR, sweepProcesses, TURN_TAG_VAR } from "../process/watchdog.js";
import type { ClientParams, UserInput } from "../protocol/index.js";
import { TurnTelemetry } from "../telemetry.js";
import type { ThreadRuntime, ThreadStart } from "../transport.js";
import { abortError } from "../turn/abort.js";
import { EventStream } from "../turn/event-stream.js";
import { AppServerTurn } from "./app-server-turn.js";
import type { AppServerTransport, Session, StartedTurn } from "./app-server-transport.js";
import { NO_USAGE } from "./mapping.js";

/** Tags the commands of one app-server thread, so an interrupted turn's commands can be found. */
export const THREAD_TAG_VAR = "CODEX_SDK_THREAD";

/**
 * One thread on the app-server. It is opened on the current app-server
 * process (thread/start, /resume or /fork) before its first turn there, and
 * again after the process was replaced (a crash): the same thread resumes on
 * the new one by itself. Its turns run one at a time, in the order asked
 * (`turn/start` on a busy thread would silently steer the running turn).
 */
export class AppServerThread implements ThreadRuntime {
  private threadId: string | null;
  /** The session (app-server process) the thread is open on. */
  private openOn: Session | undefined;
  private start: ThreadStart;
  /** The turn running now, if any. */
  private active: AppServerTurn | undefined;
  /** Resolves when the last turn asked for has ended: the next one waits for it. */
  private queueTail: Promise<void> = Promise.resolve();
  /** A turn that was interrupted but not yet reported ended by the app-server: the next turn waits for it. */
  private unsettledTurnId: string | undefined;
  private unsettledWaiters: (() => void)[] = [];
  private usage: Usage = NO_USAGE;
  private readonly tag = randomUUID();

  constructor(
    private readonly transport: AppServerTransport,
    private readonly options: ThreadOptions,
    start: ThreadStart,
  ) {
    if (start.kind === "review") throw new CodexUnsupportedError("codex.review()", "exec", "Reviews over app-server come with the management API");
    if (options.oss || options.localProvider !== undefined) throw unsupportedOption("oss / localProvider");
    if (options.ignoreUserConfig) throw unsupportedOption("ignoreUserConfig");
    if (options.ignoreRules) throw unsupportedOption("ignoreRules");
    if (options.strictConfig) throw unsupportedOption("strictConfig");
    if (options.approvalPolicy === "on-failure") throw unsupportedOption('approvalPolicy "on-failure"');
    this.start = start;
    this.threadId = start.kind === "resume" ? start.threadId : null;
  }

  get id(): string | null {
    return this.threadId;
  }

  runTurn(input: NormalizedInput, options: TurnOptions): AsyncGenerator<ThreadEvent> {
    if (options.cyberAccessProgram !== undefined) throw unsupportedOption("cyberAccessProgram");
    return new EventStream(
      () => this.transport.prepare(() => this.prepareTurn(input, options)),
      () => undefined,
    );
  }

  async steer(input: NormalizedInput): Promise<void> {
    const turn = this.active;
    if (turn === undefined || turn.hasEnded) throw new CodexNoActiveTurnError();
    const session = this.openOn;
    const turnId = turn.id;
    if (session === undefined || turnId === undefined || this.threadId === null) throw new CodexNoActiveTurnError("The turn on this thread has not started yet: steer() once it runs (after turn.started)");
    try {
      await session.connection.request("turn/steer", { threadId: this.threadId, expectedTurnId: turnId, input: userInput(input) });
    } catch (error) {
      // The turn ended between our check and the app-server's.
      if (error instanceof CodexRpcError && /no active turn|expected active turn/.test(error.message)) throw new CodexNoActiveTurnError();
      throw error;
    }
  }

  async interrupt(): Promise<void> {
    const turn = this.active;
    if (turn === undefined || turn.hasEnded) return;
    turn.stop(new CodexAbortError("The turn was interrupted: thread.interrupt() was called"));
    await turn.settled();
  }

  /** A notification for this thread: to its turn, unless it belongs to none (a stale turn's late news). */
  deliver(method: string, params: JsonObject): boolean {
    if (method === "turn/completed" && this.unsettledTurnId !== undefined && params.turn !== null && typeof params.turn === "object" && (params.turn as JsonObject).id === this.unsettledTurnId) {
      this.unsettledTurnId = undefined;
      for (const wake of this.unsettledWaiters.splice(0)) wake();
    }
    return this.active?.deliver(method, params) ?? false;
  }

  /** A request from the app-server about this thread. */
  approve(request: ApprovalRequest): ReturnType<AppServerTurn["approve"]> | undefined {
    const turn = this.active;
    if (turn === undefined || turn.hasEnded || (request.turnId !== null && turn.id !== undefined && request.turnId !== turn.id)) return undefined;
    return turn.approve(request);
  }

  /** The app-server this thread was open on is gone. */
  sessionLost(session: Session, error: Error): void {
    if (this.openOn !== session) return;
    this.openOn = undefined;
    this.unsettledTurnId = undefined;
    for (const wake of this.unsettledWaiters.splice(0)) wake();
    this.active?.fail(error);
  }

  /** A bad message named this thread: its turn ends with the error. */
  badMessage(error: Error): void {
    const turn = this.active;
    if (turn === undefined || turn.hasEnded) return;
    turn.stop(error);
  }

  private async prepareTurn(input: NormalizedInput, options: TurnOptions): Promise<StartedTurn> {
    // One turn at a time: wait for the previous one (abortable while waiting).
    const previous = this.queueTail;
    let done: () => void = () => undefined;
    this.queueTail = new Promise<void>((resolve) => {
      done = resolve;
    });
    let release: () => void = () => undefined;
    try {
      await waitOrAbort(previous, options.signal);
      release = await this.transport.acquire(options.signal);
      const { turn, session, mode } = await this.startTurn(input, options);
      const telemetry = new TurnTelemetry("app-server", () => this.threadId, { mode, pid: session.connection.pid });
      const settled = turn.settled().then(() => {
        this.usage = turn.usage;
        if (this.active === turn) this.active = undefined;
        telemetry.end(turn.outcome, this.transport.redactor);
        // Last: the next queued turn may start synchronously inside these.
        release();
        done();
      });
      return { turn, settled };
    } catch (error) {
      release();
      done();
      throw error;
    }
  }

  /**
   * Opens the thread on the running app-server and sends `turn/start`. When
   * the app-server dies before it answered (a crash between turns is seen only
   * now), the turn is started once more on a new one, with the thread resumed.
   */
  private async startTurn(input: NormalizedInput, options: TurnOptions): Promise<{ turn: AppServerTurn; session: Session; mode: "new" | "resume" | "fork" }> {
    for (let attempt = 1; ; attempt += 1) {
      const session = await this.transport.session();
      try {
        await this.waitForUnsettled(session, options.signal);
        const mode = await this.open(session);
        const turn = this.newTurn(session, options);
        const params: ClientParams<"turn/start"> = { threadId: turn.threadId, input: userInput(input) };
        if (options.outputSchema !== undefined) params.outputSchema = options.outputSchema as Record<string, unknown>;
        try {
          await session.connection.request("turn/start", params, { onResult: (result) => turn.started(result.turn.id) });
        } catch (error) {
          turn.failedToStart(error as Error);
          if (this.active === turn) this.active = undefined;
          throw error;
        }
        return { turn, session, mode };
      } catch (error) {
        if (attempt === 1 && error instanceof CodexExitError && session.connection.isClosed) continue;
        throw error;
      }
    }
  }

  /** A new turn of this thread on `session`, active at once (its notifications may come with `turn/start`'s answer). */
  private newTurn(session: Session, options: TurnOptions): AppServerTurn {
    const threadId = this.threadId as string;
    const sincePid = lastAllocatedPid();
    const turn = new AppServerTurn({
      ...this.transport.turnContext(this.options, options),
      threadId,
      usageBefore: this.usage,
      interrupt: async (turnId) => {
        this.unsettledTurnId = turnId;
        await session.connection.request("turn/interrupt", { threadId, turnId }).catch(() => undefined);
      },
      sweepCommands: () => sweepProcesses(`${THREAD_TAG_VAR}=${this.tag}`, sincePid),
    });
    this.active = turn;
    turn.begin({ type: "thread.started", thread_id: threadId });
    return turn;
  }

  /** A turn interrupted earlier that the app-server has not yet reported ended: starting now would steer it. */
  private async waitForUnsettled(session: Session, signal: AbortSignal | undefined): Promise<void> {
    if (this.unsettledTurnId === undefined || this.openOn !== session) return;
    const settled = new Promise<void>((resolve) => this.unsettledWaiters.push(resolve));
    await waitOrAbort(settled, signal, this.transport.requestTimeoutMs);
  }

  /** Opens the thread on `session` unless it is open there: start, resume (also after a crash) or fork. */
  private async open(session: Session): Promise<"new" | "resume" | "fork"> {
    if (this.start.kind === "review") throw new CodexUnsupportedError("codex.review()", "exec");
    if (this.openOn === session) return "resume";
    const base = this.threadParams(session);
    const start = this.threadId !== null ? ({ kind: "resume", threadId: this.threadId } as const) : this.start;
    // Registered as the reply is read: the thread's first notifications may follow in the same chunk.
    const opened = { onResult: (result: { thread: { id: string } }) => this.transport.register(result.thread.id, this) };
    let response: { thread: { id: string } };
    if (start.kind === "resume") response = await session.connection.request("thread/resume", { ...base, threadId: start.threadId }, opened);
    else if (start.kind === "fork") response = await session.connection.request("thread/fork", { ...base, threadId: start.threadId }, opened);
    else response = await session.connection.request("thread/start", this.options.threadSource === undefined ? base : { ...base, threadSource: this.options.threadSource }, opened);
    this.threadId = response.thread.id;
    this.openOn = session;
    return start.kind === "new" ? "new" : start.kind === "fork" ? "fork" : "resume";
  }

  /** The thread options as app-server params; what has no field goes into per-thread config. */
  private threadParams(session: Session): ThreadParams {
    const { options } = this;
    const config: Record<string, unknown> = {
      // Every command of this thread carries the thread's tag, and this app-server's (whatever the env policy).
      [`shell_environment_policy.set.${THREAD_TAG_VAR}`]: this.tag,
      [`shell_environment_policy.set.${TURN_TAG_VAR}`]: session.connection.tag,
      [`shell_environment_policy.set.${SESSION_TAG_VAR}`]: SESSION_TAG,
    };
    if (options.modelReasoningEffort !== undefined) config.model_reasoning_effort = options.modelReasoningEffort;
    if (options.networkAccessEnabled !== undefined) config["sandbox_workspace_write.network_access"] = options.networkAccessEnabled;
    if (options.webSearchMode !== undefined) config.web_search = options.webSearchMode;
    else if (options.webSearchEnabled !== undefined) config.web_search = options.webSearchEnabled ? "live" : "disabled";
    if (options.additionalDirectories !== undefined) config["sandbox_workspace_write.writable_roots"] = options.additionalDirectories;
    if (options.profile !== undefined) config.profile = options.profile;
    for (const feature of options.enableFeatures ?? []) config[`features.${feature}`] = true;
    for (const feature of options.disableFeatures ?? []) config[`features.${feature}`] = false;
    const params: ThreadParams = { config };
    if (options.model !== undefined) params.model = options.model;
    if (options.workingDirectory !== undefined) params.cwd = options.workingDirectory;
    if (options.sandboxMode !== undefined) params.sandbox = options.sandboxMode;
    if (options.approvalPolicy !== undefined && options.approvalPolicy !== "on-failure") params.approvalPolicy = options.approvalPolicy;
    if (options.ephemeral !== undefined) params.ephemeral = options.ephemeral;
    return params;
  }
}

/** What thread/start, /resume and /fork have in common. */
interface ThreadParams {
  config: Record<string, unknown>;
  model?: string;
  cwd?: string;
  sandbox?: "read-only" | "workspace-write" | "danger-full-access";
  approvalPolicy?: "untrusted" | "on-request" | "never";
  ephemeral?: boolean;
}

/** The input of a turn as app-server `UserInput`s: the text (parts joined as exec joins them), then the images. */
function userInput(input: NormalizedInput): UserInput[] {
  const parts: UserInput[] = [];
  if (input.prompt.length > 0 || input.images.length === 0) parts.push({ type: "text", text: input.prompt, text_elements: [] });
  for (const path of input.images) parts.push({ type: "localImage", path });
  return parts;
}

function unsupportedOption(name: string): CodexConfigError {
  return new CodexConfigError(`${name} cannot be expressed over the app-server transport; use transport "exec" for it`);
}

/** Waits for `promise`, unless `signal` aborts first (or `timeoutMs` passes: the previous turn did not report its interrupt). */
async function waitOrAbort(promise: Promise<void>, signal: AbortSignal | undefined, timeoutMs?: number): Promise<void> {
  if (signal?.aborted) throw abortError(signal, "while waiting to start");
  let onAbort: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        onAbort = () => reject(abortError(signal, "while waiting to start"));
        signal?.addEventListener("abort", onAbort, { once: true });
        if (timeoutMs !== undefined) timer = setTimeout(() => reject(new CodexTimeoutError("request", timeoutMs, "turn/interrupt of the previous turn")), timeoutMs);
      }),
    ]);
  } finally {
    if (onAbort) signal?.removeEventListener("abort", onAbort);
    clearTimeout(timer);
  }
}
