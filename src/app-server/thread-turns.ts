import { CodexConnectionError, CodexExitError, CodexNoActiveTurnError, CodexRpcError } from "../errors.js";
import type { ThreadEvent } from "../events.js";
import type { NormalizedInput } from "../input.js";
import type { ReviewRequest, ThreadOptions } from "../options.js";
import { lastAllocatedPid } from "../process/process-tree.js";
import { sweepProcesses } from "../process/watchdog.js";
import type { ClientParams, ReviewTarget, UserInput } from "../protocol/index.js";
import { TurnTelemetry } from "../telemetry.js";
import type { RuntimeTurnOptions } from "../transport.js";
import { abortError, linkSignals } from "../turn/abort.js";
import { EventStream } from "../turn/event-stream.js";
import { waitFor } from "../turn/wait.js";
import { AppServerTurn } from "./app-server-turn.js";
import type { Connection } from "./connection.js";
import type { AppServerHost, StartedTurn } from "./host.js";
import type { BackgroundTurns, RunningTotal } from "./thread-background.js";
import type { ThreadGoals } from "./thread-goals.js";
import { THREAD_TAG_VAR, type ThreadOpening } from "./thread-opening.js";
import type { OperationQueue } from "./thread-operations.js";

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

/**
 * A thread's turns of ours: each is the thread's turn from the moment it is
 * asked for (`interrupt()` ends it and `steer()` reaches it even before it
 * started), waits its place among the thread's operations, the app-server's
 * own turns and the `Codex`'s concurrency limit, then starts with
 * `turn/start` (or `review/start`) on the thread opened on the running
 * app-server.
 */
export class ThreadTurns {
  /** The turn of ours running now, if any. */
  active: AppServerTurn | undefined;
  /** Our turns asked for and not ended, oldest first: the first is the thread's turn for interrupt() and steer(). */
  private readonly asked: AskedTurn[] = [];

  constructor(
    private readonly host: AppServerHost,
    private readonly options: ThreadOptions,
    private readonly opening: ThreadOpening,
    private readonly operations: OperationQueue,
    private readonly background: BackgroundTurns,
    private readonly goals: ThreadGoals,
    private readonly usage: RunningTotal,
  ) {}

  /** A lazily started turn: nothing runs until its events are read. */
  run(input: NormalizedInput, options: RuntimeTurnOptions): AsyncGenerator<ThreadEvent> {
    return new EventStream(
      () => this.host.prepare(() => this.prepare(input, options)),
      () => undefined,
    );
  }

  /** Adds input to the thread's turn: the one running, or the one asked for and not yet started (steered once it starts). */
  async steer(input: NormalizedInput): Promise<void> {
    const asked = this.asked[0];
    if (asked === undefined) throw new CodexNoActiveTurnError();
    const turnId = await asked.started;
    const connection = this.opening.connection;
    const threadId = this.opening.threadId;
    if (turnId === undefined || connection === undefined || threadId === null) throw new CodexNoActiveTurnError();
    try {
      await connection.request("turn/steer", { threadId, expectedTurnId: turnId, input: userInput(input) });
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

  private async prepare(input: NormalizedInput, callerOptions: RuntimeTurnOptions): Promise<StartedTurn> {
    let release: () => void = () => undefined;
    // From now on the turn is the thread's (interrupt() and steer() find it), wherever it is.
    const asked = this.ask(callerOptions.signal);
    const options: RuntimeTurnOptions = { ...callerOptions, signal: asked.controller.signal };
    const { previous, done } = this.operations.take();
    try {
      await waitFor(previous, { signal: options.signal });
      this.goals.refuseTurnWhileActive();
      release = await this.host.acquire(options.signal);
      const { turn, telemetry } = await this.start(input, options, asked);
      const settled = turn.ended().then(() => {
        this.usage.total = turn.knownTotal;
        if (this.active === turn) this.active = undefined;
        asked.end();
        telemetry.end(turn.outcome, this.host.redactor, { turnUsage: turn.turnUsage, model: this.opening.model });
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

  /**
   * Opens the thread on the running app-server and sends `turn/start` (or,
   * for a review's turn, `review/start`). When the app-server dies before it
   * answered (a crash between turns is seen only now), the turn is started
   * once more on a new one, with the thread resumed.
   */
  private async start(input: NormalizedInput, options: RuntimeTurnOptions, asked: AskedTurn): Promise<{ turn: AppServerTurn; telemetry: TurnTelemetry }> {
    for (let attempt = 1; ; attempt += 1) {
      const connection = await this.host.connection();
      try {
        const review = this.opening.pendingReview;
        await this.background.waitUntilIdle(() => this.opening.isOpenOn(connection), options.signal, this.host.requestTimeoutMs);
        const mode = await this.opening.open(connection);
        // Interrupted (or aborted) while the app-server started or the thread opened: turn/start is never sent.
        if (options.signal?.aborted) throw abortError(options.signal, "while waiting to start");
        const telemetry = new TurnTelemetry("app-server", () => this.opening.threadId, { mode: review ? "review" : mode, model: this.opening.model ?? this.options.model, sandbox: this.options.sandboxMode });
        const turn = this.newTurn(connection, options, telemetry);
        // The turn counts as started once the app-server answered: its events may follow in the same chunk.
        const started = (turnId: string): void => {
          telemetry.start();
          turn.started(turnId);
          asked.start(turnId);
        };
        let requested: Promise<unknown>;
        if (review) {
          requested = connection.request("review/start", { threadId: turn.threadId, target: reviewTarget(review.request), delivery: "inline" }, { onResult: (result) => started(result.turn.id) });
        } else {
          const params: ClientParams<"turn/start"> = { threadId: turn.threadId, input: userInput(input) };
          if (options.outputSchema !== undefined) params.outputSchema = options.outputSchema;
          Object.assign(params, turnOverrides(options));
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
          if (!willRetry(attempt, error, connection)) telemetry.end(turn.outcome, this.host.redactor);
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
  private newTurn(connection: Connection, options: RuntimeTurnOptions, telemetry: TurnTelemetry): AppServerTurn {
    const threadId = this.opening.threadId as string;
    const sincePid = lastAllocatedPid();
    const turn = new AppServerTurn({
      ...this.host.turnContext(this.options, options),
      threadId,
      usageBefore: this.usage.total,
      onTurnUsage: options.onTurnUsage,
      interrupt: async (turnId) => {
        // Until the app-server reports it ended, the next turn must wait: turn/start would steer it.
        this.background.interrupted(turnId);
        await connection.request("turn/interrupt", { threadId, turnId }).catch(() => undefined);
      },
      // A remote app-server's commands are not the SDK's to end (they may run on another machine).
      sweepCommands: () => (this.host.isRemote ? NO_SWEEP : sweepProcesses(`${THREAD_TAG_VAR}=${this.opening.tag}`, sincePid)),
      observe: (event) => telemetry.event(event),
    });
    telemetry.runsOn(connection.pid);
    // A running turn is waited on: the app-server keeps Node alive until the turn and its cleanup are over.
    void turn.cleanedUp().then(connection.hold());
    this.active = turn;
    turn.start({ type: "thread.started", thread_id: threadId });
    return turn;
  }
}

/** The turn's overrides of thread options, as `turn/start` fields (a sandbox mode as the policy it names). */
function turnOverrides(options: RuntimeTurnOptions): Partial<ClientParams<"turn/start">> {
  const fields: Partial<ClientParams<"turn/start">> = {};
  if (options.model !== undefined) fields.model = options.model;
  if (options.modelReasoningEffort !== undefined) fields.effort = options.modelReasoningEffort as NonNullable<ClientParams<"turn/start">["effort"]>;
  if (options.reasoningSummary !== undefined) fields.summary = options.reasoningSummary;
  if (options.workingDirectory !== undefined) fields.cwd = options.workingDirectory;
  if (options.sandboxMode !== undefined) fields.sandboxPolicy = SANDBOX_POLICIES[options.sandboxMode];
  return fields;
}

const SANDBOX_POLICIES = {
  "read-only": { type: "readOnly" },
  "workspace-write": { type: "workspaceWrite" },
  "danger-full-access": { type: "dangerFullAccess" },
} as const satisfies Record<string, NonNullable<ClientParams<"turn/start">["sandboxPolicy"]>>;

const NO_SWEEP = { done: Promise.resolve(), sweepNow: (): void => undefined };

/** A turn whose start the app-server died before answering is started once more, on a new app-server. */
function willRetry(attempt: number, error: unknown, connection: Connection): boolean {
  return attempt === 1 && (error instanceof CodexExitError || (error instanceof CodexConnectionError && error.reason === "dropped")) && connection.isClosed;
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
  for (const extra of input.extras ?? []) parts.push(extra.type === "image" ? { type: "image", url: extra.url } : extra);
  return parts;
}
