import { CodexAbortError, CodexError, CodexExitError, CodexParseError } from "../errors.js";
import type { ThreadEvent } from "../events.js";
import { InvalidEventError } from "../json-checks.js";
import { CodexProcess, type CodexProcessSpec } from "../process/codex-process.js";
import { EXCERPT_BYTES, LineSplitter, lineHead } from "../process/line-splitter.js";
import { summarizeStderr } from "../process/stderr-summary.js";
import type { Redactor } from "../redact.js";
import type { TurnOutcome } from "../telemetry.js";
import type { TurnSource } from "../transport.js";
import { abortError } from "../turn/abort.js";
import { EventQueue } from "../turn/event-queue.js";
import { setDeadline, type Deadline } from "../turn/deadlines.js";
import { TurnTimers } from "../turn/turn-timers.js";
import { resumeMismatch, threadNotFound } from "../thread-id.js";
import { parseEvent } from "./parse-event.js";

/** Everything one turn's process needs. */
export interface TurnRunnerSpec extends CodexProcessSpec {
  /** Written to stdin, which is then closed (codex waits for EOF before it starts). */
  input: string;
  signal?: AbortSignal | undefined;
  turnTimeoutMs?: number | undefined;
  idleTimeoutMs?: number | undefined;
  maxLineBytes: number;
  /** Events queued before stdout is paused (backpressure). */
  highWaterMark: number;
  redactor: Redactor;
  /** Sees every event as it is read (telemetry). */
  observe?: ((event: ThreadEvent) => void) | undefined;
  /** The thread asked for by a resume: a `thread.started` naming another one ends the turn. */
  resuming?: string | undefined;
}

const EXIT_AFTER_TERMINAL_EVENT_GRACE_MS = 5_000;

/**
 * Owns one `codex exec` process for the length of one turn: writes the
 * prompt, reads and validates events, and delivers them in order to one
 * consumer, pausing codex's stdout when the consumer falls behind. Every way a
 * turn can end (completion, bad output, exit, abort, timeout, consumer gone)
 * goes through {@link fail} or the process's end, which settle exactly once;
 * the consumer gets every event read before a fault, then the error.
 */
export class TurnRunner implements TurnSource {
  private readonly process: CodexProcess;
  private readonly queue: EventQueue<ThreadEvent>;
  private error: Error | undefined;
  private finished = false;
  private terminalEvent: "turn.completed" | "turn.failed" | undefined;
  private lineNumber = 0;
  private readonly splitter: LineSplitter;
  private exitGrace: Deadline | undefined;
  private readonly limits: TurnTimers;
  private cancelled = false;
  private readonly finishedCallbacks: (() => void)[] = [];
  private readonly onAbort = (): void => {
    this.fail(abortError(this.spec.signal));
  };

  constructor(private readonly spec: TurnRunnerSpec) {
    this.process = new CodexProcess(spec, {
      onStdout: (chunk) => this.onStdout(chunk),
      onStdoutEnd: () => {
        if (this.error === undefined) this.splitter.end();
      },
      onDone: (spawnError) => this.onProcessDone(spawnError),
    });
    // Backpressure: a consumer that falls behind pauses codex's stdout; codex then blocks on a full pipe.
    this.queue = new EventQueue<ThreadEvent>(
      { highWaterMark: spec.highWaterMark, onHigh: () => this.process.pause(), onLow: () => this.process.resume() },
      spec.observe,
    );
    this.limits = new TurnTimers(spec, (error) => this.fail(error));
    this.splitter = new LineSplitter(
      spec.maxLineBytes,
      (line) => this.onLine(line),
      (reason, head, totalBytes) => {
        const what =
          reason === "too-long" ? `a line longer than ${spec.maxLineBytes} bytes` : "a line that is not valid UTF-8";
        this.failParse(`codex printed ${what}`, head, totalBytes);
      },
    );
  }

  /** How the turn ended, once it has (for telemetry). */
  get outcome(): TurnOutcome {
    return { error: this.error, failed: this.terminalEvent === "turn.failed", cancelled: this.cancelled };
  }

  /** Process id of codex while it runs. */
  get pid(): number | undefined {
    return this.process.pid;
  }

  /** Calls `callback` once the turn has settled and the sweep for whatever its processes left behind has finished its passes. */
  afterCleanup(callback: () => void): void {
    this.onFinished(() => this.process.afterCleanup(callback));
  }

  /** The `Codex` is closing: the sweep after this turn runs now instead of on its schedule. */
  hurryCleanup(): void {
    this.process.hurryCleanup();
  }

  /** Ends the turn with `error` (unless it already ended): the process tree is ended as for an abort. */
  stop(error: Error): void {
    this.fail(error);
  }

  /** Calls `callback` once the turn has settled and its process tree is gone. */
  onFinished(callback: () => void): void {
    if (this.finished) callback();
    else this.finishedCallbacks.push(callback);
  }

  /** Spawns codex and starts reading. Errors surface through {@link next}. */
  start(): void {
    const { signal } = this.spec;
    if (signal?.aborted) {
      this.error = abortError(signal);
      this.settle();
      return;
    }
    this.process.start(this.spec.input);
    // A process that could not start has settled the turn already.
    if (this.finished) return;
    signal?.addEventListener("abort", this.onAbort, { once: true });
    this.limits.start();
  }

  take(): ThreadEvent | undefined {
    return this.queue.take();
  }

  next(): Promise<ThreadEvent | undefined> {
    return this.queue.next();
  }

  /**
   * Ends the turn early (the consumer stopped): the process tree is ended and
   * the returned promise resolves once it is gone.
   */
  async cancel(): Promise<void> {
    if (!this.finished && this.error === undefined) {
      this.cancelled = true;
      this.fail(new CodexAbortError("The turn was cancelled: the consumer stopped reading events"));
    }
    await new Promise<void>((resolve) => this.onFinished(resolve));
  }

  private onStdout(chunk: Buffer): void {
    if (this.error !== undefined) return;
    try {
      this.splitter.push(chunk);
    } catch (error) {
      // A bug here must fail this turn, not crash the host process from a stream callback.
      this.fail(new CodexError("CODEX_INTERNAL", `Internal error while reading codex output: ${String(error)}`, { cause: error }));
    }
  }

  private onLine(line: string): void {
    // After a fault nothing more is delivered, not even the rest of the chunk that held it.
    if (this.error !== undefined) return;
    this.lineNumber += 1;
    let event: ThreadEvent;
    try {
      event = this.spec.redactor.redactParsed(parseEvent(line), line);
    } catch (error) {
      if (error instanceof InvalidEventError) {
        this.failParse(`codex printed an invalid event: ${error.message}`, ...lineHead(line));
        return;
      }
      throw error;
    }
    this.limits.activity();
    if (event.type === "thread.started" && this.spec.resuming !== undefined) {
      const mismatch = resumeMismatch(this.spec.resuming, event.thread_id);
      if (mismatch !== undefined) {
        this.fail(mismatch);
        return;
      }
    }
    if ((event.type === "turn.completed" || event.type === "turn.failed") && this.terminalEvent === undefined) {
      this.terminalEvent = event.type;
      // codex exits right after a terminal event; one that lingers is ended rather than waited on forever.
      this.exitGrace = setDeadline(EXIT_AFTER_TERMINAL_EVENT_GRACE_MS, () => this.process.terminate());
    }
    this.queue.push(event);
  }

  private failParse(message: string, head: Buffer, totalBytes: number): void {
    const lineNumber = this.lineNumber;
    const shown = this.spec.redactor.excerpt(head, totalBytes, EXCERPT_BYTES);
    this.fail(new CodexParseError(`${message} (stdout line ${lineNumber}): ${shown}`, shown, lineNumber));
  }

  /** Records the first fatal error and ends the process tree; the turn settles once codex is gone. */
  private fail(error: Error): void {
    if (this.error !== undefined || this.finished) return;
    this.error = error;
    this.process.terminate();
    // Settles the turn at once when codex has exited already.
    this.process.stopReading();
  }

  /** codex has exited and its output is read (or it never started): the turn settles. */
  private onProcessDone(spawnError: Error | undefined): void {
    this.error ??= spawnError ?? this.exitOutcome();
    this.settle();
  }

  /**
   * The error a finished process implies, if any. The terminal event decides:
   * codex can exit 0 after `turn.failed` and non-zero after `turn.completed`
   * (a crash while shutting down), and neither changes how the turn ended.
   */
  private exitOutcome(): CodexError | undefined {
    const { exitCode, exitSignal } = this.process;
    if (this.terminalEvent !== undefined) return undefined;
    if (exitCode === 0 && exitSignal === null) return this.exitError("code 0 before the turn completed");
    return this.exitError(exitSignal !== null ? `signal ${exitSignal}` : `code ${exitCode ?? 1}`);
  }

  /**
   * Worded as the official SDK words it ("Codex Exec exited with code 2: <stderr>"), so code matching it keeps
   * working; codex's noise is left out of the message (not out of `stderr`), its own error line first.
   */
  private exitError(how: string): CodexError {
    const stderr = this.process.redactedStderr(this.spec.redactor);
    const error = new CodexExitError(`Codex Exec exited with ${how}: ${summarizeStderr(stderr)}`, this.process.exitCode, this.process.exitSignal, stderr);
    return (this.spec.resuming !== undefined && threadNotFound(this.spec.resuming, stderr, error)) || error;
  }

  private settle(): void {
    if (this.finished) return;
    this.finished = true;
    this.limits.stop();
    this.exitGrace?.cancel();
    this.spec.signal?.removeEventListener("abort", this.onAbort);
    this.queue.end(this.error);
    for (const callback of this.finishedCallbacks.splice(0)) callback();
  }
}
