import { performance } from "node:perf_hooks";
import { flattenConfig } from "../config/toml.js";
import { CodexAbortError, CodexClosedError, CodexError } from "../errors.js";
import type { ThreadEvent } from "../events.js";
import type { CodexOptions, ThreadOptions, TurnOptions } from "../options.js";
import { createOutputSchemaFile } from "../output-schema-file.js";
import { Redactor } from "../redact.js";
import { turnEndChannel, turnStartChannel, type TurnEndMessage } from "../telemetry.js";
import { buildExecArgs, type TurnMode } from "./args.js";
import { findCodexBinary, type CodexBinary } from "./binary.js";
import { buildChildEnv } from "./env.js";
import { EventStream, type PreparedTurn } from "./event-stream.js";
import { TurnQueue } from "./turn-queue.js";
import { TurnRunner } from "./turn-runner.js";

/** Defaults of the limits a turn runs under. */
export const DEFAULT_KILL_GRACE_MS = 2_000;
export const DEFAULT_MAX_LINE_BYTES = 256 * 1024 * 1024;
export const STDERR_TAIL_BYTES = 64 * 1024;
const HIGH_WATER_MARK_EVENTS = 512;

/** What one turn runs: its mode, thread options, prompt and turn options. */
export interface TurnRequest {
  mode: TurnMode;
  thread: ThreadOptions;
  prompt: string;
  images: readonly string[];
  turn: TurnOptions;
  /** Called for every event before the consumer sees it. */
  onEvent(event: ThreadEvent): void;
  /** The thread id for telemetry, read when the turn ends. */
  threadId(): string | null;
}

let turnCounter = 0;
const CLOSED_WHILE_WAITING = "The turn was aborted while waiting to start: Codex.close() was called";
const CLOSED_WHILE_RUNNING = "The turn was aborted: Codex.close() was called";

/**
 * Everything shared by the turns of one `Codex`: the executable, the child
 * environment, the redactor, and the concurrency limit. Resolved once, at
 * construction, so a missing binary or bad config fails early.
 */
export class CodexExec {
  private readonly binary: CodexBinary;
  private readonly env: Record<string, string>;
  readonly redactor: Redactor;
  private readonly queue: TurnQueue | undefined;
  /** Turns whose process runs, to end them at close(). */
  private readonly running = new Set<TurnRunner>();
  /** Turns not yet cleaned up (sweep included), to hurry their sweeps at close(). */
  private readonly cleaning = new Set<TurnRunner>();
  /** Resolve once a turn's resources are released and its sweep is done. */
  private readonly cleanups = new Set<Promise<void>>();
  private closed: Promise<void> | undefined;

  constructor(private readonly options: CodexOptions) {
    this.binary = options.codexPathOverride
      ? { executablePath: options.codexPathOverride, pathDirs: [] }
      : findCodexBinary(options.env ? options.env.PATH : process.env.PATH);
    this.env = buildChildEnv(options.env, options.apiKey, this.binary.pathDirs);
    this.redactor = Redactor.fromOptions(options.apiKey, this.env);
    if (options.config) flattenConfig(options.config); // fail now on a config that cannot be rendered
    this.queue = options.maxConcurrentTurns === undefined ? undefined : new TurnQueue(options.maxConcurrentTurns);
  }

  /** Path of the codex executable in use. */
  get executablePath(): string {
    return this.binary.executablePath;
  }

  /** A lazily started turn. */
  startTurn(request: TurnRequest): EventStream {
    return new EventStream(() => this.prepare(request), request.onEvent);
  }

  /**
   * Ends every running turn (they reject with `CodexAbortError`), refuses new
   * ones, and resolves once every turn's process tree is gone, its resources
   * released and the sweep for what it left behind finished. Idempotent.
   */
  close(): Promise<void> {
    this.closed ??= (async () => {
      this.queue?.close(new CodexAbortError(CLOSED_WHILE_WAITING));
      for (const runner of this.running) runner.stop(new CodexAbortError(CLOSED_WHILE_RUNNING));
      // Cleanups added while waiting (turns that were preparing) are waited for too.
      while (this.cleanups.size > 0) {
        for (const runner of this.cleaning) runner.hurryCleanup();
        await Promise.race([...this.cleanups]);
      }
    })();
    return this.closed;
  }

  /** Prepares a turn; close() waits for preparations too (a schema file may be in the making). */
  private prepare(request: TurnRequest): Promise<PreparedTurn> {
    if (this.closed) return Promise.reject(new CodexClosedError());
    const preparation = this.prepareTurn(request);
    const settled: Promise<void> = preparation.then(
      () => undefined,
      () => undefined,
    );
    const tracked = settled.then(() => {
      this.cleanups.delete(tracked);
    });
    this.cleanups.add(tracked);
    return preparation;
  }

  private async prepareTurn(request: TurnRequest): Promise<PreparedTurn> {
    const { turn, thread } = request;
    const schema = await createOutputSchemaFile(turn.outputSchema);
    let release: () => void = () => undefined;
    try {
      if (this.queue) release = await this.queue.acquire(turn.signal);
      if (this.closed) throw new CodexClosedError();
      const args = buildExecArgs({
        mode: request.mode,
        config: this.options.config,
        configOverrides: this.options.configOverrides,
        baseUrl: this.options.baseUrl,
        thread,
        outputSchemaFile: schema.path,
        cyberAccessProgram: turn.cyberAccessProgram,
        images: request.images,
      });
      const runner = new TurnRunner({
        executablePath: this.binary.executablePath,
        args,
        env: this.env,
        input: request.prompt,
        signal: turn.signal,
        turnTimeoutMs: turn.turnTimeoutMs ?? this.options.turnTimeoutMs,
        idleTimeoutMs: turn.idleTimeoutMs ?? this.options.idleTimeoutMs,
        killGraceMs: turn.killGraceMs ?? this.options.killGraceMs ?? DEFAULT_KILL_GRACE_MS,
        maxLineBytes: this.options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
        stderrTailBytes: STDERR_TAIL_BYTES,
        highWaterMark: HIGH_WATER_MARK_EVENTS,
        redactor: this.redactor,
      });
      const turnId = ++turnCounter;
      const startedAt = performance.now();
      this.running.add(runner);
      runner.start();
      if (turnStartChannel.hasSubscribers) {
        turnStartChannel.publish({ turnId, threadId: request.threadId(), mode: request.mode.kind, pid: runner.pid });
      }
      // Resources follow the process, not the consumer: released as soon as codex is gone.
      const released = new Promise<void>((resolve) => {
        runner.onFinished(() => {
          this.running.delete(runner);
          void schema.cleanup().then(() => {
            if (turnEndChannel.hasSubscribers) {
              turnEndChannel.publish(this.endMessage(turnId, request.threadId(), startedAt, runner.outcome));
            }
            // Last: the next queued turn starts synchronously inside release().
            release();
            resolve();
          });
        });
      });
      const cleanup = Promise.all([released, runner.cleanedUp()]).then(() => {
        this.cleanups.delete(cleanup);
        this.cleaning.delete(runner);
      });
      this.cleanups.add(cleanup);
      this.cleaning.add(runner);
      const finalize = (): Promise<void> => released;
      return { runner, finalize };
    } catch (error) {
      release();
      await schema.cleanup();
      throw error;
    }
  }

  private endMessage(
    turnId: number,
    threadId: string | null,
    startedAt: number,
    outcome: TurnRunner["outcome"],
  ): TurnEndMessage {
    const { error, terminalEvent, cancelled } = outcome;
    const message: TurnEndMessage = {
      turnId,
      threadId,
      durationMs: performance.now() - startedAt,
      outcome: cancelled ? "cancelled" : error ? "error" : terminalEvent === "turn.failed" ? "failed" : "completed",
    };
    if (error && !cancelled) {
      message.error = {
        name: error.name,
        code: error instanceof CodexError ? error.code : undefined,
        message: this.redactor.redact(error.message),
      };
    }
    return message;
  }
}
