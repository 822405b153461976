import type { ApprovalHandler, ApprovalRequest } from "../approvals.js";
import { CodexAbortError, CodexParseError } from "../errors.js";
import type { ThreadEvent, Usage } from "../events.js";
import { InvalidEventError, isObject, type JsonObject } from "../json-checks.js";
import type { TurnSource } from "../transport.js";
import { abortError } from "../turn/abort.js";
import { setDeadline, type Deadline } from "../turn/deadlines.js";
import { EventQueue } from "../turn/event-queue.js";
import type { TrackedTurn } from "../turn/turn-ledger.js";
import { TurnTimers } from "../turn/turn-timers.js";
import { resolveRequest, shownDecision, type Resolution } from "./approvals.js";
import type { ServerReply } from "./connection.js";
import { TurnEventMapper } from "./mapping.js";

/** What a turn needs from its thread and transport. */
export interface TurnContext {
  threadId: string;
  signal: AbortSignal | undefined;
  turnTimeoutMs: number | undefined;
  idleTimeoutMs: number | undefined;
  /** How long an interrupted turn gets to report that it stopped. */
  killGraceMs: number;
  approvalTimeoutMs: number;
  onApproval: ApprovalHandler | undefined;
  /** The thread's running token total before this turn, when known. */
  usageBefore: Usage | undefined;
  /** Sees every event as it is produced (telemetry). */
  observe(event: ThreadEvent): void;
  /** Sends `turn/interrupt` for this turn. Never rejects. */
  interrupt(turnId: string): Promise<void>;
  /** Ends the processes of this turn's commands; resolves once the sweep is done. */
  sweepCommands(): { done: Promise<void>; hurry(): void };
}

/**
 * One turn on the app-server: its notifications (routed here by thread) become
 * events on a queue for one consumer. Every way it can end (completed,
 * failed, interrupted, the consumer gone, abort, timeout, the app-server gone,
 * a bad message) goes through {@link end}, once. A turn that did not end on
 * its own is interrupted, and the commands it started are ended: the
 * app-server itself leaves them running.
 */
export class AppServerTurn implements TurnSource, TrackedTurn {
  private readonly queue: EventQueue<ThreadEvent>;
  private turnId: string | undefined;
  private mapper: TurnEventMapper | undefined;
  /** Notifications that came before the turn's id was known. */
  private early: [string, JsonObject][] = [];
  private readonly timers: TurnTimers;
  /** Aborts when the turn ends: pending approvals then get the default answer. */
  private readonly ended = new AbortController();
  private settledError: Error | undefined;
  private stopping: Error | undefined;
  private terminal: "completed" | "failed" | undefined;
  private grace: Deadline | undefined;
  private cleanup: { done: Promise<void>; hurry(): void } | undefined;
  private readonly settledWaiters: (() => void)[] = [];
  private isSettled = false;
  /** True when the consumer stopped reading (for telemetry). */
  cancelled = false;
  private readonly onAbort = (): void => this.stop(abortError(this.context.signal));

  constructor(private readonly context: TurnContext) {
    this.queue = new EventQueue<ThreadEvent>(undefined, (event) => context.observe(event));
    this.timers = new TurnTimers(context, (error) => this.stop(error));
  }

  /** The thread the turn runs on. */
  get threadId(): string {
    return this.context.threadId;
  }

  /** The turn's id, once `turn/start` answered. */
  get id(): string | undefined {
    return this.turnId;
  }

  /** How the turn ended, once it has. */
  get outcome(): { error: Error | undefined; failed: boolean; cancelled: boolean } {
    return { error: this.settledError, failed: this.terminal === "failed", cancelled: this.cancelled };
  }

  /** True once the turn has ended. */
  get hasEnded(): boolean {
    return this.isSettled;
  }

  /** Starts the limits; `thread.started` goes first, as with exec. */
  begin(threadStarted: ThreadEvent): void {
    if (this.context.signal?.aborted) {
      this.end(abortError(this.context.signal));
      return;
    }
    this.context.signal?.addEventListener("abort", this.onAbort, { once: true });
    this.timers.start();
    this.queue.push(threadStarted);
  }

  /** `turn/start` answered: from now on notifications are matched by this id. */
  started(turnId: string): void {
    this.turnId = turnId;
    this.mapper = new TurnEventMapper(turnId, this.context.usageBefore);
    const early = this.early;
    this.early = [];
    for (const [method, params] of early) this.deliver(method, params);
    // Stopped before the id was known (perhaps ended already, its grace over): the interrupt can be sent now.
    if (this.stopping) void this.context.interrupt(turnId);
  }

  /** `turn/start` failed: the turn never ran. */
  failedToStart(error: Error): void {
    this.end(error);
  }

  /** A notification for this turn's thread. Returns false when it belongs to another turn (a stale one). */
  deliver(method: string, params: JsonObject): boolean {
    if (this.isSettled) return false;
    const turnId = notificationTurnId(params);
    if (this.turnId === undefined) {
      this.early.push([method, params]);
      return true;
    }
    if (turnId !== undefined && turnId !== this.turnId) return false;
    try {
      this.handle(method, params);
    } catch (error) {
      if (!(error instanceof InvalidEventError)) throw error;
      const line = JSON.stringify({ method, params }).slice(0, 1024);
      this.stop(new CodexParseError(`codex app-server sent an invalid ${method}: ${error.message}`, line, 0));
    }
    return true;
  }

  /** The thread's running token total, as this turn last saw it, when known. */
  get knownTotal(): Usage | undefined {
    return this.mapper === undefined ? this.context.usageBefore : this.mapper.knownTotal;
  }

  /** The tokens this turn used itself, when known. */
  get turnUsage(): Usage | undefined {
    return this.mapper?.turnUsage;
  }

  /**
   * A request from the app-server for this turn: announced as
   * `approval.requested`, decided (handler, default, timeout or error),
   * announced as `approval.resolved`, and answered exactly once.
   */
  async approve(request: ApprovalRequest): Promise<ServerReply> {
    // A request that comes while the turn is being stopped is declined without being shown; one shown is shown resolved.
    const shown = this.stopping === undefined;
    if (shown) this.queue.push({ type: "approval.requested", request });
    this.timers.activity();
    const resolution: Resolution = await resolveRequest(request, this.context.onApproval, this.context.approvalTimeoutMs, this.ended.signal);
    if (shown) this.queue.push({ type: "approval.resolved", request, decision: shownDecision(request.kind, resolution.decision), decided_by: resolution.decidedBy });
    return resolution.reply;
  }

  /** The app-server is gone (or sent something unreadable about this turn): the turn ends with `error`. */
  fail(error: Error): void {
    this.end(this.stopping ?? error);
  }

  take(): ThreadEvent | undefined {
    return this.queue.take();
  }

  next(): Promise<ThreadEvent | undefined> {
    return this.queue.next();
  }

  /** The consumer stopped reading: the turn is interrupted; resolves once it has ended. */
  async cancel(): Promise<void> {
    if (!this.isSettled && this.stopping === undefined) {
      this.cancelled = true;
      this.stop(new CodexAbortError("The turn was cancelled: the consumer stopped reading events"));
    }
    await this.settled();
  }

  /**
   * Ends the turn with `error` (abort, timeout, interrupt(), close()): it is
   * interrupted on the app-server, which reports it `interrupted`; the turn
   * then ends with `error`. If that report does not come within
   * `killGraceMs`, it ends anyway. Either way its commands are ended.
   */
  stop(error: Error): void {
    if (this.isSettled || this.stopping) return;
    this.stopping = error;
    this.timers.stop();
    this.ended.abort();
    if (this.turnId !== undefined) void this.context.interrupt(this.turnId);
    this.grace = setDeadline(this.context.killGraceMs, () => this.end(error));
  }

  hurryCleanup(): void {
    this.cleanup?.hurry();
  }

  /** Resolves once the turn has ended. */
  settled(): Promise<void> {
    if (this.isSettled) return Promise.resolve();
    return new Promise((resolve) => this.settledWaiters.push(resolve));
  }

  /** Resolves once the commands of an interrupted turn are gone (at once for a turn that ended on its own). */
  async cleanedUp(): Promise<void> {
    await this.settled();
    await this.cleanup?.done;
  }

  private handle(method: string, params: JsonObject): void {
    const mapper = this.mapper as TurnEventMapper;
    if (this.stopping !== undefined) {
      // Ending with the reason it was stopped (an abort, a timeout, an unreadable message): nothing more
      // is delivered, and however codex reports the end, the turn ends with that reason.
      if (method === "turn/completed") this.end(this.stopping);
      return;
    }
    this.timers.activity();
    if (method === "turn/started") {
      this.queue.push({ type: "turn.started" });
      return;
    }
    if (method === "turn/completed") {
      const turn = isObject(params.turn) ? params.turn : {};
      const { events, status } = mapper.finish(turn);
      for (const event of events) this.queue.push(event);
      if (status === "completed" || status === "failed") {
        this.terminal = status;
        this.end(undefined);
      } else {
        // Interrupted, not by us: by an approval answered "cancel", or by another client.
        this.end(new CodexAbortError("The turn was interrupted (an approval was answered \"cancel\", or another client interrupted it)"));
      }
      return;
    }
    for (const event of mapper.map(method, params)) this.queue.push(event);
  }

  /** The one end of the turn. */
  private end(error: Error | undefined): void {
    if (this.isSettled) return;
    this.isSettled = true;
    this.settledError = error;
    this.timers.stop();
    this.grace?.cancel();
    this.context.signal?.removeEventListener("abort", this.onAbort);
    this.ended.abort();
    // A turn that did not end on its own may have left commands running: the app-server does not end them.
    if (error !== undefined && this.turnId !== undefined) this.cleanup = this.context.sweepCommands();
    this.queue.end(error);
    for (const wake of this.settledWaiters.splice(0)) wake();
  }
}

/** The turn a notification names: `turnId`, or the `turn.id` of turn/started and turn/completed. */
export function notificationTurnId(params: JsonObject): string | undefined {
  if (typeof params.turnId === "string") return params.turnId;
  if (isObject(params.turn) && typeof params.turn.id === "string") return params.turn.id;
  return undefined;
}
