import type { ApprovalHandler, ApprovalRequest } from "../approvals.js";
import { CodexAbortError, CodexParseError } from "../errors.js";
import type { ThreadEvent, Usage } from "../events.js";
import type { FileUpdateChange } from "../items.js";
import { InvalidEventError, isObject, type JsonObject } from "../json-checks.js";
import { setDeadline, type Deadline } from "../turn/deadlines.js";
import { TurnLifecycle } from "../turn/turn-lifecycle.js";
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
  /** The thread's working directory, for approval handlers. */
  workingDirectory: string;
  /** The thread's running token total before this turn, when known. */
  usageBefore: Usage | undefined;
  /** Sees every event as it is produced (telemetry). */
  observe(event: ThreadEvent): void;
  /** Hears the turn's own usage each time the app-server reports the thread's (a budget that stops running turns). */
  onTurnUsage?: ((turnUsage: Usage) => void) | undefined;
  /** Sends `turn/interrupt` for this turn. Never rejects. */
  interrupt(turnId: string): Promise<void>;
  /** Ends the processes of this turn's commands; resolves once the sweep is done. */
  sweepCommands(): { done: Promise<void>; sweepNow(): void };
}

/**
 * One turn on the app-server. The turn's life is {@link TurnLifecycle}'s;
 * this adds the protocol: its notifications (routed here by thread) become
 * events; stopping it sends `turn/interrupt`, and it ends when the
 * app-server reports it ended (or `killGraceMs` later); requests from the
 * app-server about it are answered here. A turn that did not end on its own
 * may have left commands running (the app-server leaves them): they are
 * ended as it ends.
 */
export class AppServerTurn extends TurnLifecycle {
  private turnId: string | undefined;
  private mapper: TurnEventMapper | undefined;
  /** Notifications that came before the turn's id was known. */
  private early: [string, JsonObject][] = [];
  /** Aborts when the turn is stopped or ends: pending approvals then get the default answer. */
  private readonly unanswerable = new AbortController();
  private grace: Deadline | undefined;
  private cleanup: { done: Promise<void>; sweepNow(): void } | undefined;
  /** The files of each file change item seen, by item id: a file change's approval request names only the item. */
  private readonly fileChanges = new Map<string, FileUpdateChange[]>();

  constructor(private readonly context: TurnContext) {
    super(context, { observe: (event) => context.observe(event) });
  }

  /** The thread the turn runs on. */
  get threadId(): string {
    return this.context.threadId;
  }

  /** The turn's id, once `turn/start` answered. */
  get id(): string | undefined {
    return this.turnId;
  }

  /** Starts the limits; `thread.started` goes first, as with exec. */
  start(threadStarted: ThreadEvent): void {
    if (this.begin()) this.push(threadStarted);
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

  /** `turn/start` failed, or the app-server is gone: the turn ends with `error` (at once: there is nothing to interrupt). */
  fail(error: Error): void {
    this.end(this.stopping ?? error);
  }

  /** A notification for this turn's thread. Returns false when it belongs to another turn (a stale one). */
  deliver(method: string, params: JsonObject): boolean {
    if (this.hasEnded) return false;
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
    if (shown) this.push({ type: "approval.requested", request });
    this.activity();
    if (request.kind === "file_change") request.files = this.fileChanges.get(String(request.params.itemId)) ?? null;
    const resolution: Resolution = await resolveRequest(request, this.context.onApproval, this.context.approvalTimeoutMs, this.unanswerable.signal, this.context.workingDirectory);
    if (shown) this.push({ type: "approval.resolved", request, decision: shownDecision(request.kind, resolution.decision), decided_by: resolution.decidedBy });
    return resolution.reply;
  }

  cleanUpNow(): void {
    this.cleanup?.sweepNow();
  }

  /** Resolves once the commands of an interrupted turn are gone (at once for a turn that ended on its own). */
  async cleanedUp(): Promise<void> {
    await this.ended();
    await this.cleanup?.done;
  }

  /**
   * Stopping an app-server turn interrupts it there (once its id is known);
   * it ends when the app-server reports it ended, or `killGraceMs` later.
   */
  protected override whenStopped(reason: Error): void {
    this.unanswerable.abort();
    if (this.turnId !== undefined) void this.context.interrupt(this.turnId);
    this.grace = setDeadline(this.context.killGraceMs, () => this.end(reason));
  }

  protected override whenEnded(error: Error | undefined): void {
    this.grace?.cancel();
    this.unanswerable.abort();
    // A turn that did not end on its own may have left commands running: the app-server does not end them.
    if (error !== undefined && this.turnId !== undefined) this.cleanup = this.context.sweepCommands();
  }

  private handle(method: string, params: JsonObject): void {
    const mapper = this.mapper as TurnEventMapper;
    if (this.stopping !== undefined) {
      // Ending with the reason it was stopped (an abort, a timeout, an unreadable message): nothing more
      // is delivered, and however codex reports the end, the turn ends with that reason.
      if (method === "turn/completed") this.end(this.stopping);
      return;
    }
    this.activity();
    if (method === "turn/started") {
      this.push({ type: "turn.started" });
      return;
    }
    if (method === "turn/completed") {
      const turn = isObject(params.turn) ? params.turn : {};
      const { events, status } = mapper.finish(turn);
      for (const event of events) this.push(event);
      if (status === "completed" || status === "failed") {
        this.terminal = status;
        this.end(undefined);
      } else {
        // Interrupted, not by us: by an approval answered "cancel", or by another client.
        this.end(new CodexAbortError("The turn was interrupted (an approval was answered \"cancel\", or another client interrupted it)"));
      }
      return;
    }
    for (const event of mapper.map(method, params)) {
      if (event.type === "item.started" && event.item.type === "file_change") this.fileChanges.set(event.item.id, event.item.changes);
      this.push(event);
    }
    if (method === "thread/tokenUsage/updated" && this.context.onTurnUsage !== undefined) {
      const turnUsage = mapper.turnUsage;
      if (turnUsage !== undefined) this.context.onTurnUsage(turnUsage);
    }
  }
}

/** The turn a notification names: `turnId`, or the `turn.id` of turn/started and turn/completed. */
export function notificationTurnId(params: JsonObject): string | undefined {
  if (typeof params.turnId === "string") return params.turnId;
  if (isObject(params.turn) && typeof params.turn.id === "string") return params.turn.id;
  return undefined;
}
