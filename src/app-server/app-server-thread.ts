import type { ApprovalRequest } from "../approvals.js";
import { CodexConfigError, CodexRpcError, CodexTurnFailedError } from "../errors.js";
import type { ThreadEvent, ThreadUsage } from "../events.js";
import type { NormalizedInput } from "../input.js";
import type { JsonObject } from "../json-checks.js";
import type { GoalSpec, ThreadGoal, WatchOptions } from "../management.js";
import type { ThreadOptions } from "../options.js";
import { refuseInexpressible } from "../settings.js";
import type { RuntimeTurnOptions, ThreadRuntime, ThreadStart } from "../transport.js";
import { NO_USAGE } from "../turn/usage.js";
import { waitFor } from "../turn/wait.js";
import { notificationTurnId } from "./app-server-turn.js";
import { resolveRequest, shownDecision } from "./approvals.js";
import type { Connection, ServerReply } from "./connection.js";
import type { AppServerHost, RoutedThread } from "./host.js";
import { BackgroundTurns, type RunningTotal } from "./thread-background.js";
import { ThreadGoals } from "./thread-goals.js";
import { ThreadOpening } from "./thread-opening.js";
import { OperationQueue } from "./thread-operations.js";
import { ThreadTurns } from "./thread-turns.js";

/**
 * One thread on the app-server, made of parts with one job each: opening it
 * on the running app-server (`ThreadOpening`), one operation at a time
 * (`OperationQueue`), our turns (`ThreadTurns`), the turns the app-server
 * runs by itself and `watch()` (`BackgroundTurns`), its goal
 * (`ThreadGoals`). Here: the thread's management calls, and routing what
 * the app-server sends about the thread to the part it concerns.
 */
export class AppServerThread implements ThreadRuntime, RoutedThread {
  private readonly opening: ThreadOpening;
  private readonly operations = new OperationQueue();
  private readonly background: BackgroundTurns;
  private readonly goals: ThreadGoals;
  private readonly turns: ThreadTurns;
  /** The thread's running token total, shared by its parts. */
  private readonly total: RunningTotal;

  constructor(
    private readonly host: AppServerHost,
    private readonly options: ThreadOptions,
    start: ThreadStart,
  ) {
    refuseInexpressible({ ...options }, "thread", "app-server");
    const usage: RunningTotal = { total: start.kind === "new" || start.kind === "review" ? NO_USAGE : undefined };
    this.total = usage;
    this.opening = new ThreadOpening(host, options, start, (threadId) => host.register(threadId, this));
    this.background = new BackgroundTurns(() => this.opening.threadId, usage);
    this.goals = new ThreadGoals(this.opening, (events) => this.background.show(events));
    this.turns = new ThreadTurns(host, options, this.opening, this.operations, this.background, this.goals, usage);
  }

  get id(): string | null {
    return this.opening.threadId;
  }

  runTurn(input: NormalizedInput, options: RuntimeTurnOptions): AsyncGenerator<ThreadEvent> {
    refuseInexpressible({ ...options }, "turn", "app-server");
    return this.turns.run(input, options);
  }

  /** The running total as the thread's turns last saw it, and the cost codex estimates, when it reports one. */
  async usage(withCost = true): Promise<ThreadUsage> {
    const usage: ThreadUsage = { tokens: this.total.total ?? NO_USAGE };
    const threadId = this.opening.threadId;
    if (threadId === null || !withCost) return usage;
    try {
      const connection = await this.host.connection();
      const read = await connection.request("account/usage/read", { threadId });
      const micros = read.threadUsage?.estimatedUsageUsdMicros;
      if (typeof micros === "number") usage.estimatedCostUsd = micros / 1_000_000;
    } catch (error) {
      // Refused (no ChatGPT sign-in: no cost to read) is "unknown"; the app-server gone is an error.
      if (!(error instanceof CodexRpcError)) throw error;
    }
    return usage;
  }

  /** A failed turn to be run again: rolled back, so the thread holds it once. */
  discardFailedTurn(): Promise<void> {
    return this.rollback(1);
  }

  steer(input: NormalizedInput): Promise<void> {
    return this.turns.steer(input);
  }

  interrupt(): Promise<void> {
    return this.turns.interrupt();
  }

  async setName(name: string): Promise<void> {
    await this.opening.withOpen((connection, threadId) => connection.request("thread/name/set", { threadId, name }));
  }

  /** Drops the last `turns` turns: from the thread's history, and from what the model is sent next. */
  async rollback(turns: number): Promise<void> {
    await this.exclusive(async (connection, threadId) => {
      const { data } = await connection.request("thread/turns/list", { threadId, limit: turns, sortDirection: "desc" });
      const oldest = data[turns - 1];
      if (oldest === undefined) throw new CodexConfigError(`rollback(${turns}): the thread has only ${data.length} turn(s)`);
      await connection.request("thread/revert", { threadId, beforeTurnId: oldest.id });
    });
  }

  /** Compacts the thread's history; resolves once the compaction turn has completed. */
  async compact(): Promise<void> {
    await this.exclusive(async (connection, threadId) => {
      const done = this.background.nextEnd();
      await connection.request("thread/compact/start", { threadId });
      const status = await waitFor(done, { timeoutMs: this.host.requestTimeoutMs, what: "the compaction turn to end" });
      if (status === "failed") throw new CodexTurnFailedError("The compaction failed");
    });
  }

  setGoal(goal: GoalSpec): Promise<ThreadGoal> {
    return this.goals.set(goal);
  }

  getGoal(): Promise<ThreadGoal | null> {
    return this.goals.get();
  }

  clearGoal(): Promise<void> {
    return this.goals.clear();
  }

  /**
   * The events of the turns this thread runs without a `run()` of ours (an
   * active goal's, a compaction), mapped as any turn's, and the goal's
   * changes, until `signal` aborts or the `Codex` closes. The thread is
   * opened (to be heard of), and a watcher keeps Node alive.
   */
  watch(options: WatchOptions = {}): AsyncGenerator<ThreadEvent> {
    return this.background.watch(options, () => this.opening.withOpen(async (connection) => connection.hold()));
  }

  closeWatchers(): void {
    this.background.closeWatchers();
  }

  /** A notification for this thread: to our turn, to the goal, or to the background turn it belongs to. */
  deliver(method: string, params: JsonObject): boolean {
    const turnId = notificationTurnId(params);
    const active = this.turns.active;
    // Our interrupted turn is reported ended: the next turn may start.
    if (method === "turn/completed" && turnId !== undefined && active?.id === turnId) this.background.ended(turnId, "interrupted");
    if (active?.deliver(method, params)) return true;
    if (this.goals.deliver(method, params)) return true;
    return this.background.deliver(method, params, turnId);
  }

  /** A request from the app-server about this thread: shown on its turn, or decided with the thread's handler and shown to watchers. */
  approve(request: ApprovalRequest): Promise<ServerReply> {
    const turn = this.turns.active;
    if (turn !== undefined && !turn.hasEnded && (request.turnId === null || turn.id === undefined || request.turnId === turn.id)) return turn.approve(request);
    const context = this.host.turnContext(this.options, {});
    return resolveRequest(request, context.onApproval, context.approvalTimeoutMs, undefined, context.workingDirectory).then((resolution) => {
      this.background.show([
        { type: "approval.requested", request },
        { type: "approval.resolved", request, decision: shownDecision(request.kind, resolution.decision), decided_by: resolution.decidedBy },
      ]);
      return resolution.reply;
    });
  }

  connectionLost(connection: Connection, error: Error): void {
    if (!this.opening.isOpenOn(connection)) return;
    this.opening.forget();
    this.background.lost();
    this.turns.active?.fail(error);
  }

  forget(): void {
    this.opening.forget();
  }

  badMessage(error: Error): void {
    const turn = this.turns.active;
    if (turn !== undefined && !turn.hasEnded) turn.stop(error);
  }

  /** Runs `operation` on the open thread when no turn runs on it (ours, or the app-server's own). */
  private exclusive(operation: (connection: Connection, threadId: string) => Promise<void>): Promise<void> {
    return this.operations.run(() =>
      this.opening.withOpen(async (connection, threadId) => {
        await this.background.waitUntilIdle(() => this.opening.isOpenOn(connection), undefined, this.host.requestTimeoutMs);
        return operation(connection, threadId);
      }),
    );
  }
}
