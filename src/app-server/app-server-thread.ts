import { randomUUID } from "node:crypto";
import type { ApprovalRequest } from "../approvals.js";
import {
  CodexConfigError,
  CodexError,
  CodexExitError,
  CodexNoActiveTurnError,
  CodexRpcError,
  CodexTimeoutError,
  CodexTurnFailedError,
} from "../errors.js";
import type { ThreadEvent, Usage } from "../events.js";
import type { NormalizedInput } from "../input.js";
import { isObject, type JsonObject } from "../json-checks.js";
import type { GoalSpec, ThreadGoal, WatchOptions } from "../management.js";
import type { ReviewRequest, ThreadOptions, TurnOptions } from "../options.js";
import { lastAllocatedPid } from "../process/process-tree.js";
import { SESSION_TAG, SESSION_TAG_VAR, sweepProcesses, TURN_TAG_VAR } from "../process/watchdog.js";
import type { ClientParams, ReviewTarget, UserInput } from "../protocol/index.js";
import { TurnTelemetry } from "../telemetry.js";
import type { ThreadRuntime, ThreadStart } from "../transport.js";
import { abortError, linkSignals } from "../turn/abort.js";
import { NO_USAGE } from "../turn/usage.js";
import { EventQueue } from "../turn/event-queue.js";
import { EventStream } from "../turn/event-stream.js";
import { AppServerTurn, notificationTurnId } from "./app-server-turn.js";
import type { AppServerTransport, StartedTurn } from "./app-server-transport.js";
import type { Connection } from "./connection.js";
import { resolveRequest, shownDecision } from "./approvals.js";
import type { ServerReply } from "./connection.js";
import { resumeMismatch, threadNotFound } from "../thread-id.js";
import { TurnEventMapper } from "./mapping.js";

/** Tags the commands of one app-server thread, so an interrupted turn's commands can be found. */
export const THREAD_TAG_VAR = "CODEX_SDK_THREAD";

type OpenMode = "new" | "resume" | "fork" | "review";

/**
 * One thread on the app-server. It is opened on the current app-server
 * process (thread/start, /resume or /fork) before its first turn there, and
 * again after the process was replaced (a crash): the same thread resumes on
 * the new one by itself. Its turns, and the operations that must not overlap
 * one (rollback, compaction), run one at a time in the order asked:
 * `turn/start` on a busy thread would silently steer the running turn.
 * Turns the app-server runs by itself (an active goal's, a compaction) are
 * "background" turns: the next turn of ours waits for them, and `watch()`
 * shows them.
 */
export class AppServerThread implements ThreadRuntime {
  private threadId: string | null;
  /** The connection (app-server process) the thread is open on. */
  private openOn: Connection | undefined;
  private readonly start: ThreadStart;
  /** The turn of ours running now, if any. */
  private active: AppServerTurn | undefined;
  /** Our turns asked for and not ended, oldest first: the first is the thread's turn for interrupt() and steer(). */
  private readonly asked: AskedTurn[] = [];
  /** Resolves when the last exclusive operation asked for has ended: the next one waits for it. */
  private queueTail: Promise<void> = Promise.resolve();
  /** Turns running on the thread that are not ours (or ours, interrupted but not yet reported ended), by id. */
  private readonly background = new Map<string, TurnEventMapper>();
  /** Called with the status of the next background turn to end. */
  private backgroundWaiters: ((status: string) => void)[] = [];
  private readonly watchers = new Set<EventQueue<ThreadEvent>>();
  private goalActive = false;
  /** The thread's running token total, when known (0 for a new thread; learnt from the first turn of a resumed or forked one). */
  private usage: Usage | undefined;
  /** The model the app-server opened the thread with. */
  private model: string | undefined;
  private readonly tag = randomUUID();

  constructor(
    private readonly transport: AppServerTransport,
    private readonly options: ThreadOptions,
    start: ThreadStart,
  ) {
    if (options.oss || options.localProvider !== undefined) throw unsupportedOption("oss / localProvider");
    if (options.ignoreUserConfig) throw unsupportedOption("ignoreUserConfig");
    if (options.ignoreRules) throw unsupportedOption("ignoreRules");
    if (options.strictConfig) throw unsupportedOption("strictConfig");
    if (options.approvalPolicy === "on-failure") throw unsupportedOption('approvalPolicy "on-failure"');
    // codex app-server 0.169 refuses it: "legacy profile config is no longer supported".
    if (options.profile !== undefined) throw unsupportedOption("profile");
    this.start = start;
    this.threadId = start.kind === "resume" ? start.threadId : null;
    this.usage = start.kind === "new" || start.kind === "review" ? NO_USAGE : undefined;
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

  /**
   * Adds input to the thread's turn: the one running, or the one asked for
   * and not yet started (steered once it starts).
   */
  async steer(input: NormalizedInput): Promise<void> {
    const asked = this.asked[0];
    if (asked === undefined) throw new CodexNoActiveTurnError();
    const turnId = await asked.started;
    const connection = this.openOn;
    if (turnId === undefined || connection === undefined || this.threadId === null) throw new CodexNoActiveTurnError();
    try {
      await connection.request("turn/steer", { threadId: this.threadId, expectedTurnId: turnId, input: userInput(input) });
    } catch (error) {
      // The turn ended between our check and the app-server's.
      if (error instanceof CodexRpcError && /no active turn|expected active turn/.test(error.message)) throw new CodexNoActiveTurnError();
      throw error;
    }
  }

  /** Ends the thread's turn (running, or asked for and not yet started); resolves once it has ended. */
  async interrupt(): Promise<void> {
    const asked = this.asked[0];
    if (asked === undefined) return;
    asked.controller.abort("thread.interrupt() was called");
    await asked.done;
  }

  async setName(name: string): Promise<void> {
    await this.withOpenThread((connection, threadId) => connection.request("thread/name/set", { threadId, name }));
  }

  /** Drops the last `turns` turns: from the thread's history, and from what the model is sent next. */
  async rollback(turns: number): Promise<void> {
    await this.exclusive(async (connection, threadId) => {
      const page = await connection.request("thread/turns/list", { threadId, limit: turns, sortDirection: "desc" });
      const data = (page as { data: { id: string }[] }).data;
      const oldest = data[turns - 1];
      if (oldest === undefined) throw new CodexConfigError(`rollback(${turns}): the thread has only ${data.length} turn(s)`);
      await connection.request("thread/revert", { threadId, beforeTurnId: oldest.id });
    });
  }

  /** Compacts the thread's history; resolves once the compaction turn has completed. */
  async compact(): Promise<void> {
    await this.exclusive(async (connection, threadId) => {
      const done = this.nextBackgroundTurnEnd();
      await connection.request("thread/compact/start", { threadId });
      const status = await waitFor(done, { timeoutMs: this.transport.requestTimeoutMs, what: "the compaction turn to end" });
      if (status === "failed") throw new CodexTurnFailedError("The compaction failed");
    });
  }

  async setGoal(goal: GoalSpec): Promise<ThreadGoal> {
    return this.withOpenThread(async (connection, threadId) => {
      const params: ClientParams<"thread/goal/set"> = { threadId, objective: goal.objective, status: goal.status };
      if (goal.tokenBudget !== undefined) params.tokenBudget = goal.tokenBudget;
      const response = (await connection.request("thread/goal/set", params)) as { goal: ThreadGoal };
      this.goalActive = response.goal.status === "active";
      return response.goal;
    });
  }

  async getGoal(): Promise<ThreadGoal | null> {
    return this.withOpenThread(async (connection, threadId) => {
      const response = (await connection.request("thread/goal/get", { threadId })) as { goal?: ThreadGoal | null };
      return response.goal ?? null;
    });
  }

  async clearGoal(): Promise<void> {
    await this.withOpenThread(async (connection, threadId) => {
      await connection.request("thread/goal/clear", { threadId });
      this.goalActive = false;
    });
  }

  /**
   * The events of the turns this thread runs without a `run()` of ours (an
   * active goal's, a compaction), mapped as any turn's, and the goal's
   * changes, until `signal` aborts or the `Codex` closes.
   */
  async *watch(options: WatchOptions = {}): AsyncGenerator<ThreadEvent> {
    const queue = new EventQueue<ThreadEvent>();
    const stop = (): void => queue.end();
    if (options.signal?.aborted) return;
    options.signal?.addEventListener("abort", stop, { once: true });
    this.watchers.add(queue);
    let release: (() => void) | undefined;
    try {
      // The thread must be open on the app-server to hear about it; a watcher is waited on (Node stays alive).
      release = await this.withOpenThread(async (connection) => connection.hold());
      for (;;) {
        const event = await queue.next();
        // Once aborted, nothing more: not even events that arrived before the abort and wait here.
        if (event === undefined || options.signal?.aborted) return;
        yield event;
      }
    } finally {
      release?.();
      this.watchers.delete(queue);
      options.signal?.removeEventListener("abort", stop);
    }
  }

  /** The `Codex` is closing: watchers end. */
  closeWatchers(): void {
    for (const queue of this.watchers) queue.end();
  }

  /** A notification for this thread: to its turn, to the turn it belongs to, or to the watchers. Returns false when nobody needed it. */
  deliver(method: string, params: JsonObject): boolean {
    const turnId = notificationTurnId(params);
    if (method === "turn/completed" && turnId !== undefined && this.active?.id === turnId && this.background.delete(turnId)) {
      // Our interrupted turn is reported ended: the next turn may start.
      for (const waiter of this.backgroundWaiters.splice(0)) waiter("interrupted");
    }
    if (this.active?.deliver(method, params)) return true;
    if (method === "thread/goal/updated") {
      const goal = isObject(params.goal) ? (params.goal as unknown as ThreadGoal) : undefined;
      this.goalActive = goal?.status === "active";
      if (goal) this.toWatchers([{ type: "goal.updated", goal }]);
      return true;
    }
    if (method === "thread/goal/cleared") {
      this.goalActive = false;
      this.toWatchers([{ type: "goal.cleared" }]);
      return true;
    }
    if (turnId === undefined) return false;
    let mapper = this.background.get(turnId);
    if (method === "turn/started" && mapper === undefined) {
      mapper = new TurnEventMapper(turnId, this.usage);
      this.background.set(turnId, mapper);
      this.toWatchers([{ type: "thread.started", thread_id: this.threadId ?? "" }, { type: "turn.started" }]);
      return true;
    }
    if (mapper === undefined) return false;
    try {
      if (method === "turn/completed") {
        const { events, status } = mapper.finish(isObject(params.turn) ? params.turn : {});
        this.background.delete(turnId);
        this.usage = mapper.totalUsage;
        this.toWatchers(events);
        for (const waiter of this.backgroundWaiters.splice(0)) waiter(status);
      } else {
        this.toWatchers(mapper.map(method, params));
      }
    } catch {
      // A background turn's bad message concerns nobody who called: dropped.
      return false;
    }
    return true;
  }

  /** A request from the app-server about this thread: shown on its turn, or decided with the thread's handler. */
  approve(request: ApprovalRequest): Promise<ServerReply> {
    const turn = this.active;
    if (turn !== undefined && !turn.hasEnded && (request.turnId === null || turn.id === undefined || request.turnId === turn.id)) return turn.approve(request);
    const context = this.transport.turnContext(this.options, {});
    return resolveRequest(request, context.onApproval, context.approvalTimeoutMs, undefined).then((resolution) => {
      this.toWatchers([
        { type: "approval.requested", request },
        { type: "approval.resolved", request, decision: shownDecision(request.kind, resolution.decision), decided_by: resolution.decidedBy },
      ]);
      return resolution.reply;
    });
  }

  /** The app-server this thread was open on is gone. */
  connectionLost(connection: Connection, error: Error): void {
    if (this.openOn !== connection) return;
    this.openOn = undefined;
    this.background.clear();
    for (const waiter of this.backgroundWaiters.splice(0)) waiter("failed");
    this.active?.fail(error);
  }

  /** The thread was archived or unarchived: it must be opened (resumed) again before it runs. */
  forget(): void {
    this.openOn = undefined;
  }

  /** A bad message named this thread: its turn ends with the error. */
  badMessage(error: Error): void {
    const turn = this.active;
    if (turn === undefined || turn.hasEnded) return;
    turn.stop(error);
  }

  private toWatchers(events: ThreadEvent[]): void {
    for (const queue of this.watchers) for (const event of events) queue.push(event);
  }

  private async prepareTurn(input: NormalizedInput, callerOptions: TurnOptions): Promise<StartedTurn> {
    let release: () => void = () => undefined;
    // From now on the turn is the thread's (interrupt() and steer() find it), wherever it is.
    const asked = this.ask(callerOptions.signal);
    const options: TurnOptions = { ...callerOptions, signal: asked.controller.signal };
    const { done, previous } = this.takeTurnSlot();
    try {
      await waitFor(previous, { signal: options.signal });
      if (this.goalActive) {
        throw new CodexError(
          "CODEX_GOAL_ACTIVE",
          "This thread's goal is active: the app-server runs its turns by itself (see thread.watch()). Pause or clear the goal before run().",
        );
      }
      release = await this.transport.acquire(options.signal);
      const { turn, telemetry } = await this.startTurn(input, options, asked);
      const settled = turn.ended().then(() => {
        this.usage = turn.knownTotal;
        if (this.active === turn) this.active = undefined;
        asked.end();
        telemetry.end(turn.outcome, this.transport.redactor, { turnUsage: turn.turnUsage, model: this.model });
        // Last: the next queued turn may start synchronously inside these.
        release();
        done();
      });
      return { turn, settled };
    } catch (error) {
      asked.end();
      release();
      done();
      throw error;
    }
  }

  /** A turn of ours is asked for: it is the thread's turn (after those asked before it) until it ends. */
  private ask(callerSignal: AbortSignal | undefined): AskedTurn {
    const controller = new AbortController();
    const link = linkSignals(callerSignal, controller);
    let markStarted: (turnId: string | undefined) => void = () => undefined;
    let markDone: () => void = () => undefined;
    const asked: AskedTurn = {
      controller,
      started: new Promise((resolve) => (markStarted = resolve)),
      done: new Promise((resolve) => (markDone = resolve)),
      start: (turnId) => markStarted(turnId),
      end: () => {
        const index = this.asked.indexOf(asked);
        if (index !== -1) this.asked.splice(index, 1);
        link.dispose();
        markStarted(undefined);
        markDone();
      },
    };
    this.asked.push(asked);
    return asked;
  }

  /** The place of the next exclusive operation: `previous` resolves when it may go, `done` lets the next one go. */
  private takeTurnSlot(): { done: () => void; previous: Promise<void> } {
    const previous = this.queueTail;
    let done: () => void = () => undefined;
    this.queueTail = new Promise<void>((resolve) => {
      done = resolve;
    });
    return { done, previous };
  }

  /** Runs `operation` on the open thread when no turn runs on it. */
  private async exclusive<T>(operation: (connection: Connection, threadId: string) => Promise<T>): Promise<T> {
    const { done, previous } = this.takeTurnSlot();
    try {
      await previous;
      return await this.withOpenThread(async (connection, threadId) => {
        await this.waitForBackgroundTurns(connection, undefined);
        return operation(connection, threadId);
      });
    } finally {
      done();
    }
  }

  /** Runs `operation` with the thread open on the running app-server (started or resumed first when needed). */
  private async withOpenThread<T>(operation: (connection: Connection, threadId: string) => Promise<T>): Promise<T> {
    const connection = await this.transport.connection();
    await this.open(connection);
    return operation(connection, this.threadId as string);
  }

  /**
   * Opens the thread on the running app-server and sends `turn/start` (or,
   * for a review's turn, `review/start`). When the app-server dies before it
   * answered (a crash between turns is seen only now), the turn is started
   * once more on a new one, with the thread resumed.
   */
  private async startTurn(input: NormalizedInput, options: TurnOptions, asked: AskedTurn): Promise<{ turn: AppServerTurn; telemetry: TurnTelemetry }> {
    for (let attempt = 1; ; attempt += 1) {
      const connection = await this.transport.connection();
      try {
        const reviewing = this.start.kind === "review" && this.threadId === null;
        await this.waitForBackgroundTurns(connection, options.signal);
        const mode = await this.open(connection);
        // Interrupted (or aborted) while the app-server started or the thread opened: turn/start is never sent.
        if (options.signal?.aborted) throw abortError(options.signal, "while waiting to start");
        const telemetry = new TurnTelemetry("app-server", () => this.threadId, { mode: reviewing ? "review" : mode, model: this.model ?? this.options.model, sandbox: this.options.sandboxMode });
        const turn = this.newTurn(connection, options, telemetry);
        // The turn counts as started once the app-server answered: its events may follow in the same chunk.
        const started = (turnId: string): void => {
          telemetry.start();
          turn.started(turnId);
          asked.start(turnId);
        };
        let requested: Promise<unknown>;
        if (reviewing && this.start.kind === "review") {
          requested = connection.request(
            "review/start",
            { threadId: turn.threadId, target: reviewTarget(this.start.request), delivery: "inline" },
            { onResult: (result) => started((result as { turn: { id: string } }).turn.id) },
          );
        } else {
          const params: ClientParams<"turn/start"> = { threadId: turn.threadId, input: userInput(input) };
          if (options.outputSchema !== undefined) params.outputSchema = options.outputSchema as Record<string, unknown>;
          requested = connection.request("turn/start", params, { onResult: (result) => started(result.turn.id) });
        }
        try {
          // A turn stopped before the app-server answered (interrupted, aborted, timed out) has ended: it is
          // not waited for. A late answer then only sends the interrupt (AppServerTurn.started).
          await Promise.race([requested, turn.ended()]);
          requested.catch(() => undefined);
        } catch (error) {
          turn.fail(error as Error);
          if (this.active === turn) this.active = undefined;
          // A start that will be tried again on a new app-server is not a turn of its own.
          if (!willRetry(attempt, error, connection)) telemetry.end(turn.outcome, this.transport.redactor);
          throw error;
        }
        return { turn, telemetry };
      } catch (error) {
        if (willRetry(attempt, error, connection)) continue;
        throw error;
      }
    }
  }

  /** A new turn of this thread on `connection`, active at once (its notifications may come with `turn/start`'s answer). */
  private newTurn(connection: Connection, options: TurnOptions, telemetry: TurnTelemetry): AppServerTurn {
    const threadId = this.threadId as string;
    const sincePid = lastAllocatedPid();
    const turn = new AppServerTurn({
      ...this.transport.turnContext(this.options, options),
      threadId,
      usageBefore: this.usage,
      interrupt: async (turnId) => {
        // Until the app-server reports it ended, the next turn must wait: turn/start would steer it.
        if (!this.background.has(turnId)) this.background.set(turnId, new TurnEventMapper(turnId, this.usage));
        await connection.request("turn/interrupt", { threadId, turnId }).catch(() => undefined);
      },
      sweepCommands: () => sweepProcesses(`${THREAD_TAG_VAR}=${this.tag}`, sincePid),
      observe: (event) => telemetry.event(event),
    });
    telemetry.runsOn(connection.pid);
    // A running turn is waited on: the app-server keeps Node alive until the turn and its cleanup are over.
    void turn.cleanedUp().then(connection.hold());
    this.active = turn;
    turn.start({ type: "thread.started", thread_id: threadId });
    return turn;
  }

  /** Turns running on the thread that are not ours: starting one now would steer them. Waits (bounded) for them to end. */
  private async waitForBackgroundTurns(connection: Connection, signal: AbortSignal | undefined): Promise<void> {
    while (this.background.size > 0 && this.openOn === connection) {
      await waitFor(this.nextBackgroundTurnEnd(), { signal, timeoutMs: this.transport.requestTimeoutMs, what: "the end of the turn running on this thread" });
    }
  }

  private nextBackgroundTurnEnd(): Promise<string> {
    return new Promise((resolve) => this.backgroundWaiters.push(resolve));
  }

  /** Opens the thread on `connection` unless it is open there: start, resume (also after a crash) or fork. */
  private async open(connection: Connection): Promise<OpenMode> {
    if (this.openOn === connection) return "resume";
    const base = this.threadParams(connection);
    const start: ThreadStart = this.threadId !== null ? { kind: "resume", threadId: this.threadId } : this.start;
    // Registered as the reply is read: the thread's first notifications may follow in the same chunk.
    const opened = { onResult: (result: { thread: { id: string } }) => this.transport.register(result.thread.id, this) };
    let response: { thread: { id: string }; model?: string };
    if (start.kind === "resume") {
      response = await connection.request("thread/resume", { ...base, threadId: start.threadId }, opened).catch((error: unknown) => {
        throw (error instanceof CodexRpcError && threadNotFound(start.threadId, error.message, error)) || error;
      });
    } else if (start.kind === "fork") {
      // Without a model, a fork takes the binary's default, not the original's: keep the original's.
      if (base.model === undefined) {
        const original = (await connection.request("thread/read", { threadId: start.threadId })) as { thread: { model?: string | null } };
        if (typeof original.thread.model === "string") base.model = original.thread.model;
      }
      response = await connection.request("thread/fork", { ...base, threadId: start.threadId }, opened);
    } else {
      response = await connection.request("thread/start", this.options.threadSource === undefined ? base : { ...base, threadSource: this.options.threadSource }, opened);
    }
    const mismatch = start.kind === "resume" ? resumeMismatch(start.threadId, response.thread.id) : undefined;
    if (mismatch !== undefined) throw mismatch;
    this.threadId = response.thread.id;
    if (typeof response.model === "string") this.model = response.model;
    this.openOn = connection;
    return start.kind;
  }

  /** The thread options as app-server params; what has no field goes into per-thread config. */
  private threadParams(connection: Connection): ThreadParams {
    const { options } = this;
    const config: Record<string, unknown> = {
      // Every command of this thread carries the thread's tag, and this app-server's (whatever the env policy).
      [`shell_environment_policy.set.${THREAD_TAG_VAR}`]: this.tag,
      [`shell_environment_policy.set.${TURN_TAG_VAR}`]: connection.tag,
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

/** A turn of ours from the moment it is asked for (run(), runStreamed()) until it has ended. */
interface AskedTurn {
  /** Aborts the turn wherever it is (waiting its turn, starting, running): the caller's signal, and interrupt(). */
  readonly controller: AbortController;
  /** Resolves with the turn's id once the app-server started it, or undefined if it ended first. */
  readonly started: Promise<string | undefined>;
  /** Resolves once the turn has ended (or never started). */
  readonly done: Promise<void>;
  start(turnId: string): void;
  end(): void;
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

/** A turn whose start the app-server died before answering is started once more, on a new app-server. */
function willRetry(attempt: number, error: unknown, connection: Connection): boolean {
  return attempt === 1 && error instanceof CodexExitError && connection.isClosed;
}

/** A review request as the app-server's `review/start` target. */
function reviewTarget(request: ReviewRequest): ReviewTarget {
  if (request.uncommitted) return { type: "uncommittedChanges" };
  if (request.base !== undefined) return { type: "baseBranch", branch: request.base };
  if (request.commit !== undefined) return request.title === undefined ? { type: "commit", sha: request.commit } : { type: "commit", sha: request.commit, title: request.title };
  return { type: "custom", instructions: request.instructions ?? "" };
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

/**
 * Waits for `promise`, unless `signal` aborts first (the turn was aborted
 * while waiting to start) or `timeoutMs` passes (`what` did not happen in time).
 */
async function waitFor<T>(promise: Promise<T>, limits: { signal?: AbortSignal | undefined; timeoutMs?: number; what?: string }): Promise<T> {
  const { signal, timeoutMs, what } = limits;
  if (signal?.aborted) throw abortError(signal, "while waiting to start");
  let onAbort: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        onAbort = () => reject(abortError(signal, "while waiting to start"));
        signal?.addEventListener("abort", onAbort, { once: true });
        if (timeoutMs !== undefined) timer = setTimeout(() => reject(new CodexTimeoutError("request", timeoutMs, what)), timeoutMs);
      }),
    ]);
  } finally {
    if (onAbort) signal?.removeEventListener("abort", onAbort);
    clearTimeout(timer);
  }
}
