import { CodexUnsupportedError } from "../errors.js";
import type { ThreadEvent, ThreadUsage, Usage } from "../events.js";
import type { NormalizedInput } from "../input.js";
import type { CodexOptions, ThreadOptions, TurnOptions } from "../options.js";
import type { CodexBinary } from "../process/binary.js";
import { PROCESS_DEFAULTS } from "../process/codex-process.js";
import { setUpCodexProcess } from "../process/codex-process-setup.js";
import type { Redactor } from "../redact.js";
import { refuseInexpressible } from "../settings.js";
import { TurnTelemetry, turnEndsObserved, type TurnFacts } from "../telemetry.js";
import type { PreparedTurn, RuntimeTurnOptions, ThreadRuntime, ThreadStart, Transport } from "../transport.js";
import { EventStream } from "../turn/event-stream.js";
import { TurnLedger } from "../turn/turn-ledger.js";
import { NO_USAGE, usageSince } from "../turn/usage.js";
import { buildExecArgs } from "./args.js";
import { createOutputSchemaFile, NO_SCHEMA_FILE, type OutputSchemaFile } from "./output-schema-file.js";
import { codexHomeOf, readSessionFacts } from "./session-file.js";
import { TurnRunner } from "./turn-runner.js";

/** Events queued for a consumer before codex's stdout is paused. */
const HIGH_WATER_MARK_EVENTS = 512;

/**
 * The `codex exec` transport: one process per turn. Holds what the turns of
 * one `Codex` share: the executable, the child environment, the redactor, and
 * the ledger of its turns (the concurrency limit, what close() ends and waits for). Resolved once, at
 * construction, so a missing binary or bad config fails early.
 */
export class ExecTransport implements Transport {
  readonly name = "exec";
  /** codex exec has no way to list, read, archive threads or manage accounts. */
  readonly management = undefined;
  private readonly binary: CodexBinary;
  private readonly env: Record<string, string>;
  readonly redactor: Redactor;
  private readonly ledger: TurnLedger;
  /** Rendered once (a config that cannot be rendered fails here), the same for every turn. */
  private readonly configArgs: readonly string[];

  constructor(private readonly options: CodexOptions) {
    refuseApprovalHandler(options.onApproval);
    ({ binary: this.binary, env: this.env, redactor: this.redactor, configArgs: this.configArgs } = setUpCodexProcess(options));
    this.ledger = new TurnLedger(options.maxConcurrentTurns);
  }

  get executablePath(): string {
    return this.binary.executablePath;
  }

  /** The `model` of the `Codex`'s config, the model of threads that name none. */
  private get configModel(): string | undefined {
    const model = this.options.config?.model;
    return typeof model === "string" ? model : undefined;
  }

  /**
   * The thread's running total before a turn: known from its last turn, or,
   * for the first turn of a thread resumed or forked from another process,
   * read from codex's session file of the thread (a fork's total goes on
   * from the original's).
   */
  totalBefore(thread: ExecThread, start: ThreadStart): Usage | undefined {
    // Unknown only for a thread resumed or forked here: new threads and reviews start at 0.
    if (thread.total !== undefined || (start.kind !== "resume" && start.kind !== "fork")) return thread.total;
    return readSessionFacts(codexHomeOf(this.env), start.threadId)?.total;
  }

  /** What telemetry reports at a turn's end: the tokens it used itself, and the model (codex's session file says which, when nothing named it). */
  private turnFacts(thread: ExecThread, before: Usage | undefined, total: Usage | undefined): TurnFacts {
    const turnUsage = before !== undefined && total !== undefined ? usageSince(total, before) : undefined;
    // Read once per thread: its model does not change while this Codex runs it.
    if (thread.options.model === undefined && this.configModel === undefined && thread.id !== null) thread.model ??= readSessionFacts(codexHomeOf(this.env), thread.id)?.model;
    return { turnUsage, model: thread.options.model ?? this.configModel ?? thread.model };
  }

  thread(options: ThreadOptions, start: ThreadStart): ThreadRuntime {
    refuseInexpressible({ ...options }, "thread", "exec");
    return new ExecThread(this, options, start);
  }

  /**
   * Ends every running turn (they reject with `CodexAbortError`), refuses new
   * ones, and resolves once every turn's process tree is gone, its resources
   * released and the sweep for what it left behind finished. Idempotent.
   */
  close(): Promise<void> {
    return this.ledger.close();
  }

  /**
   * Prepares one turn of `thread`. A turn with no schema file to write and a
   * free slot starts at once, without waiting on a promise; others are
   * prepared under the ledger, which close() waits for (a schema file may be
   * in the making).
   */
  prepare(thread: ExecThread, start: ThreadStart, input: NormalizedInput, turn: TurnOptions): Promise<PreparedTurn> {
    const extra = input.extras?.[0];
    if (extra !== undefined) return Promise.reject(new CodexUnsupportedError(`input of type "${extra.type}"`, "app-server", "codex exec takes text and local images only"));
    const release = turn.outputSchema === undefined ? this.ledger.tryAcquire(turn.signal) : undefined;
    if (release === undefined) return this.ledger.prepare(() => this.prepareTurn(thread, start, input, turn));
    try {
      return Promise.resolve(this.startTurn(thread, start, input, turn, NO_SCHEMA_FILE, release));
    } catch (error) {
      release();
      return Promise.reject(error);
    }
  }

  private async prepareTurn(thread: ExecThread, start: ThreadStart, input: NormalizedInput, turn: TurnOptions): Promise<PreparedTurn> {
    const schema = await createOutputSchemaFile(turn.outputSchema);
    let release: () => void = () => undefined;
    try {
      release = await this.ledger.acquire(turn.signal);
      return this.startTurn(thread, start, input, turn, schema, release);
    } catch (error) {
      release();
      await schema.cleanup();
      throw error;
    }
  }

  /** Starts the turn's codex, then records what must follow it: telemetry, the ledger, its slot and schema file (released once codex is gone). */
  private startTurn(thread: ExecThread, start: ThreadStart, input: NormalizedInput, turn: TurnOptions, schema: OutputSchemaFile, release: () => void): PreparedTurn {
    const args = buildExecArgs({
      mode: start,
      configArgs: this.configArgs,
      thread: thread.options,
      turn,
      outputSchemaFile: schema.path,
      images: input.images,
    });
    const observed = turnEndsObserved();
    // The total before the turn gives the turn's own usage (turn.completed's turn_usage); read from the session file once per resumed thread.
    const before = this.totalBefore(thread, start);
    const telemetry = new TurnTelemetry("exec", () => thread.id, { mode: start.kind, model: thread.options.model ?? this.configModel, sandbox: thread.options.sandboxMode });
    const runner = new TurnRunner({
      executablePath: this.binary.executablePath,
      args,
      env: this.env,
      input: input.prompt,
      signal: turn.signal,
      turnTimeoutMs: turn.turnTimeoutMs ?? this.options.turnTimeoutMs,
      idleTimeoutMs: turn.idleTimeoutMs ?? this.options.idleTimeoutMs,
      killGraceMs: turn.killGraceMs ?? this.options.killGraceMs ?? PROCESS_DEFAULTS.killGraceMs,
      maxLineBytes: this.options.maxLineBytes ?? PROCESS_DEFAULTS.maxLineBytes,
      stderrTailBytes: PROCESS_DEFAULTS.stderrTailBytes,
      highWaterMark: HIGH_WATER_MARK_EVENTS,
      redactor: this.redactor,
      observe: (event) => {
        telemetry.event(event);
        if (event.type === "turn.completed") {
          thread.total = event.usage;
          // Before the event is queued: the consumer sees it with the turn's own usage.
          if (before !== undefined) event.turn_usage = usageSince(event.usage, before);
        }
      },
      resuming: start.kind === "resume" ? start.threadId : undefined,
    });
    runner.start();
    telemetry.start(runner.pid);
    const cleanedUp = this.ledger.add(runner);
    let markReleased: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      markReleased = resolve;
    });
    // Resources follow the process, not the consumer: released as soon as codex is gone.
    const finish = (): void => {
      telemetry.end(runner.outcome, this.redactor, observed ? this.turnFacts(thread, before, telemetry.usage) : undefined);
      markReleased();
      // Last: the next queued turn starts synchronously inside release().
      release();
    };
    runner.onEnded(() => {
      if (schema.path === undefined) finish();
      else void schema.cleanup().then(finish);
    });
    // The ledger's cleanup is over once the schema file is gone (finish) and the sweep is done.
    runner.afterCleanup(() => void released.then(cleanedUp));
    return { source: runner, finalize: () => released };
  }
}

/** One thread on the exec transport: each turn is a `codex exec` (then `exec resume`) process. */
class ExecThread implements ThreadRuntime {
  private threadId: string | null;
  /** The thread's running token total as of its last turn here (0 for a new thread; unknown for a resumed or forked one until its first turn). */
  total: Usage | undefined;
  /** The model codex's session file names, when neither the options nor the config do (read once, for telemetry). */
  model: string | undefined;
  /** How the next turn starts: a new thread, a resume, or (once) a fork or review. */
  private next: ThreadStart;

  constructor(
    private readonly transport: ExecTransport,
    readonly options: ThreadOptions,
    start: ThreadStart,
  ) {
    this.next = start;
    this.threadId = start.kind === "resume" ? start.threadId : null;
    this.total = start.kind === "new" || start.kind === "review" ? NO_USAGE : undefined;
  }

  get id(): string | null {
    return this.threadId;
  }

  usage(): Promise<ThreadUsage> {
    return Promise.resolve({ tokens: this.total ?? this.transport.totalBefore(this, this.next) ?? NO_USAGE });
  }

  /** A failed exec turn stays in the thread: codex exec cannot take a turn out. */
  discardFailedTurn(): Promise<void> {
    return Promise.resolve();
  }

  runTurn(input: NormalizedInput, options: RuntimeTurnOptions): AsyncGenerator<ThreadEvent> {
    const start = this.next;
    return new EventStream(
      () => this.transport.prepare(this, start, input, options),
      (event) => {
        if (event.type === "thread.started") {
          this.threadId = event.thread_id;
          // Later turns continue this thread, whatever the first one was.
          this.next = { kind: "resume", threadId: event.thread_id };
        }
      },
    );
  }

  steer(): Promise<void> {
    return unsupported("thread.steer()");
  }

  interrupt(): Promise<void> {
    return unsupported("thread.interrupt()");
  }

  setName(): Promise<void> {
    return unsupported("thread.setName()");
  }

  rollback(): Promise<void> {
    return unsupported("thread.rollback()");
  }

  compact(): Promise<void> {
    return unsupported("thread.compact()");
  }

  setGoal(): Promise<never> {
    return unsupported("thread.setGoal()");
  }

  getGoal(): Promise<never> {
    return unsupported("thread.getGoal()");
  }

  clearGoal(): Promise<void> {
    return unsupported("thread.clearGoal()");
  }

  // eslint-disable-next-line require-yield
  async *watch(): AsyncGenerator<ThreadEvent> {
    await unsupported("thread.watch()");
  }
}

/** codex exec never asks for approval: a handler would silently never run. */
function refuseApprovalHandler(handler: unknown): void {
  if (handler !== undefined) throw new CodexUnsupportedError("onApproval", "app-server", "codex exec never asks for approval");
}

function unsupported(feature: string): Promise<never> {
  return Promise.reject(new CodexUnsupportedError(feature, "app-server"));
}
