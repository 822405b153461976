import { CodexError, CodexExitError, CodexParseError } from "../errors.js";
import type { ThreadEvent } from "../events.js";
import { InvalidEventError } from "../json-checks.js";
import { CodexProcess, type CodexProcessSpec } from "../process/codex-process.js";
import { EXCERPT_BYTES, LineSplitter, lineHead } from "../process/line-splitter.js";
import { summarizeStderr } from "../process/stderr-summary.js";
import type { Redactor } from "../redact.js";
import { resumeMismatch, threadNotFound } from "../thread-id.js";
import { setDeadline, type Deadline } from "../turn/deadlines.js";
import { TurnLifecycle, type TurnLimits } from "../turn/turn-lifecycle.js";
import { parseEvent } from "./parse-event.js";

/** Everything one turn's process needs. */
export interface TurnRunnerSpec extends CodexProcessSpec, TurnLimits {
  /** Written to stdin, which is then closed (codex waits for EOF before it starts). */
  input: string;
  maxLineBytes: number;
  /** Events queued before stdout is paused (backpressure). */
  highWaterMark: number;
  redactor: Redactor;
  /** Sees every event as it is read (telemetry). */
  observe?: ((event: ThreadEvent) => void) | undefined;
  /** The thread asked for by a resume: a `thread.started` naming another one ends the turn. */
  resuming?: string | undefined;
}

/** How long codex gets to exit after its terminal event before it is ended. */
const EXIT_AFTER_TERMINAL_EVENT_GRACE_MS = 5_000;

/**
 * One turn of `codex exec`: one process, the prompt on its stdin, its
 * stdout read as validated events. The turn's life is {@link TurnLifecycle}'s;
 * this adds the protocol: stopping a turn ends codex (the turn ends once
 * codex is gone), and a turn that was not stopped ends when codex has
 * exited and its output is read, as its terminal event (or its exit) says.
 * A consumer that falls behind pauses codex's stdout.
 */
export class TurnRunner extends TurnLifecycle {
  private readonly process: CodexProcess;
  private lineNumber = 0;
  private readonly splitter: LineSplitter;
  private exitGrace: Deadline | undefined;

  constructor(private readonly spec: TurnRunnerSpec) {
    super(spec, { highWaterMark: spec.highWaterMark, observe: spec.observe });
    this.process = new CodexProcess(spec, {
      onStdout: (chunk) => this.onStdout(chunk),
      onStdoutEnd: () => {
        if (this.stopping === undefined) this.splitter.end();
      },
      onDone: (spawnError) => this.end(this.stopping ?? spawnError ?? this.exitOutcome()),
    });
    this.splitter = new LineSplitter(
      spec.maxLineBytes,
      (line) => this.onLine(line),
      (reason, head, totalBytes) => {
        const what = reason === "too-long" ? `a line longer than ${spec.maxLineBytes} bytes` : "a line that is not valid UTF-8";
        this.failParse(`codex printed ${what}`, head, totalBytes);
      },
    );
  }

  /** Process id of codex while it runs. */
  get pid(): number | undefined {
    return this.process.pid;
  }

  /** Calls `callback` once the turn has ended and the sweep for whatever its processes left behind has finished its passes. */
  afterCleanup(callback: () => void): void {
    this.onEnded(() => this.process.afterCleanup(callback));
  }

  cleanUpNow(): void {
    this.process.cleanUpNow();
  }

  /** Spawns codex and starts reading. Errors surface through `next()`. */
  start(): void {
    if (this.begin()) this.process.start(this.spec.input);
  }

  // Backpressure: a consumer that falls behind pauses codex's stdout; codex then blocks on a full pipe.
  protected override pauseInput(): void {
    this.process.pause();
  }

  protected override resumeInput(): void {
    this.process.resume();
  }

  /** Stopping an exec turn ends codex (SIGTERM, then SIGKILL), and its output is no longer read; the turn ends once codex is gone. */
  protected whenStopped(): void {
    this.process.terminate();
    // Ends the turn at once when codex has exited already.
    this.process.stopReading();
  }

  protected override whenEnded(): void {
    this.exitGrace?.cancel();
  }

  private onStdout(chunk: Buffer): void {
    if (this.stopping !== undefined) return;
    try {
      this.splitter.push(chunk);
    } catch (error) {
      // A bug here must fail this turn, not crash the host process from a stream callback.
      this.stop(new CodexError("CODEX_INTERNAL", `Internal error while reading codex output: ${String(error)}`, { cause: error }));
    }
  }

  private onLine(line: string): void {
    // After a fault nothing more is delivered, not even the rest of the chunk that held it.
    if (this.stopping !== undefined) return;
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
    this.activity();
    if (event.type === "thread.started" && this.spec.resuming !== undefined) {
      const mismatch = resumeMismatch(this.spec.resuming, event.thread_id);
      if (mismatch !== undefined) {
        this.stop(mismatch);
        return;
      }
    }
    if ((event.type === "turn.completed" || event.type === "turn.failed") && this.terminal === undefined) {
      this.terminal = event.type === "turn.completed" ? "completed" : "failed";
      // codex exits right after a terminal event; one that lingers is ended rather than waited on forever.
      this.exitGrace = setDeadline(EXIT_AFTER_TERMINAL_EVENT_GRACE_MS, () => this.process.terminate());
    }
    this.push(event);
  }

  private failParse(message: string, head: Buffer, totalBytes: number): void {
    const lineNumber = this.lineNumber;
    const shown = this.spec.redactor.excerpt(head, totalBytes, EXCERPT_BYTES);
    this.stop(new CodexParseError(`${message} (stdout line ${lineNumber}): ${shown}`, shown, lineNumber));
  }

  /**
   * The error a finished process implies, if any. The terminal event decides:
   * codex can exit 0 after `turn.failed` and non-zero after `turn.completed`
   * (a crash while shutting down), and neither changes how the turn ended.
   */
  private exitOutcome(): CodexError | undefined {
    const { exitCode, exitSignal } = this.process;
    if (this.terminal !== undefined) return undefined;
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
}
