import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { CodexAbortError, CodexError, CodexExitError, CodexParseError } from "../errors.js";
import type { ThreadEvent } from "../events.js";
import { excerpt, LineSplitter } from "../process/line-splitter.js";
import { signalGroup, signalPid } from "../process/process-tree.js";
import { releaseStreams, spawnCodex } from "../process/spawn-codex.js";
import { StderrTail } from "../process/stderr-tail.js";
import { TaggedTree } from "../process/watchdog.js";
import type { Redactor } from "../redact.js";
import type { TurnSource } from "../transport.js";
import { abortError } from "../turn/abort.js";
import { EventQueue } from "../turn/event-queue.js";
import { TimerSet } from "../turn/timer-set.js";
import { TurnTimers } from "../turn/turn-timers.js";
import { InvalidEventError, parseEvent } from "./parse-event.js";

/** Everything one turn's process needs. */
export interface TurnRunnerSpec {
  executablePath: string;
  args: readonly string[];
  env: Record<string, string>;
  /** Written to stdin, which is then closed (codex waits for EOF before it starts). */
  input: string;
  signal?: AbortSignal | undefined;
  turnTimeoutMs?: number | undefined;
  idleTimeoutMs?: number | undefined;
  killGraceMs: number;
  maxLineBytes: number;
  stderrTailBytes: number;
  /** Events queued before stdout is paused (backpressure). */
  highWaterMark: number;
  redactor: Redactor;
  /** Sees every event as it is read (telemetry). */
  observe?: ((event: ThreadEvent) => void) | undefined;
}

const EXIT_AFTER_TERMINAL_EVENT_GRACE_MS = 5_000;

/**
 * Owns one `codex exec` process for the length of one turn: writes the
 * prompt, reads and validates events, and delivers them in order to one
 * consumer, pausing codex's stdout when the consumer falls behind. Every way a
 * turn can end (completion, bad output, exit, abort, timeout, consumer gone)
 * goes through {@link fail} / {@link finishIfDone}, which end the process tree
 * and settle exactly once; the consumer gets every event read before a fault,
 * then the error.
 */
export class TurnRunner implements TurnSource {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly queue: EventQueue<ThreadEvent>;
  private error: Error | undefined;
  private finished = false;
  private exited = false;
  private stdoutDone = false;
  private exitCode: number | null = null;
  private exitSignal: NodeJS.Signals | null = null;
  private terminalEvent: "turn.completed" | "turn.failed" | undefined;
  private paused = false;
  private lineNumber = 0;
  private readonly stderr: StderrTail;
  private readonly splitter: LineSplitter;
  private readonly timers = new TimerSet();
  private readonly limits: TurnTimers;
  private killTimer: NodeJS.Timeout | undefined;
  private cancelled = false;
  private readonly finishedCallbacks: (() => void)[] = [];
  private readonly watchdog = new TaggedTree();
  private readonly onAbort = (): void => {
    this.fail(abortError(this.spec.signal));
  };

  constructor(private readonly spec: TurnRunnerSpec) {
    this.queue = new EventQueue<ThreadEvent>({
      highWaterMark: spec.highWaterMark,
      // Backpressure: a consumer that falls behind pauses codex's stdout; codex then blocks on a full pipe.
      onHigh: () => {
        if (this.stdoutDone) return;
        this.paused = true;
        this.child?.stdout.pause();
      },
      onLow: () => {
        if (!this.paused) return;
        this.paused = false;
        this.child?.stdout.resume();
      },
    }, spec.observe);
    this.limits = new TurnTimers(spec, (error) => this.fail(error));
    this.stderr = new StderrTail(spec.stderrTailBytes);
    this.splitter = new LineSplitter(
      spec.maxLineBytes,
      (line) => this.onLine(line),
      (reason, text) => {
        const what =
          reason === "too-long" ? `a line longer than ${spec.maxLineBytes} bytes` : "a line that is not valid UTF-8";
        this.failParse(`codex printed ${what}`, text);
      },
    );
  }

  /** How the turn ended, once it has: the error (if any), the terminal event seen, and whether the consumer cancelled. */
  get outcome(): { error: Error | undefined; terminalEvent: "turn.completed" | "turn.failed" | undefined; cancelled: boolean } {
    return { error: this.error, terminalEvent: this.terminalEvent, cancelled: this.cancelled };
  }

  /** Process id of codex while it runs. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /**
   * Resolves once the turn has settled and the sweep for whatever its
   * processes left behind has finished its passes. Never rejects.
   */
  cleanedUp(): Promise<void> {
    return new Promise((resolve) => {
      this.onFinished(() => void this.watchdog.end(this.child?.pid).then(resolve));
    });
  }

  /** The `Codex` is closing: the sweep after this turn runs now instead of on its schedule. */
  hurryCleanup(): void {
    this.watchdog.hurry();
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
    const child = spawnCodex(this.spec.executablePath, this.spec.args, this.spec.env, this.watchdog, {
      onSpawnError: (error) => {
        this.error ??= error;
        this.exited = true;
        this.stdoutDone = true;
        if (this.child === undefined) this.settle();
        else this.finishIfDone();
      },
      onExit: (code, exitSignal) => this.onExit(code, exitSignal),
      onStdout: (chunk) => this.onStdout(chunk),
      onStdoutEnd: () => this.onStdoutEnd(),
      onStderr: (chunk) => this.stderr.push(chunk),
    });
    if (child === undefined) return;
    this.child = child;
    child.stdin.end(this.spec.input);

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
    this.lineNumber += 1;
    let event: ThreadEvent;
    try {
      event = this.spec.redactor.redactEvent(parseEvent(line));
    } catch (error) {
      if (error instanceof InvalidEventError) {
        this.failParse(`codex printed an invalid event: ${error.message}`, excerpt(Buffer.from(line)));
        return;
      }
      throw error;
    }
    this.limits.activity();
    if ((event.type === "turn.completed" || event.type === "turn.failed") && this.terminalEvent === undefined) {
      this.terminalEvent = event.type;
      // codex exits right after a terminal event; one that lingers is ended rather than waited on forever.
      this.timers.add(() => this.terminate(), EXIT_AFTER_TERMINAL_EVENT_GRACE_MS);
    }
    this.queue.push(event);
  }

  private failParse(message: string, line: string): void {
    const lineNumber = this.lineNumber;
    const shown = this.spec.redactor.redact(line);
    this.fail(new CodexParseError(`${message} (stdout line ${lineNumber}): ${shown}`, shown, lineNumber));
  }

  private onStdoutEnd(): void {
    if (this.stdoutDone) return;
    if (this.error === undefined) this.splitter.end();
    this.stdoutDone = true;
    this.finishIfDone();
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    this.exited = true;
    this.exitCode = code;
    this.exitSignal = signal;
    // Whatever codex left behind goes with it: its group now, every tagged process by the sweep.
    // Leftovers may hold codex's stdout open, so this must not wait for the turn to settle.
    if (this.killTimer !== undefined) clearTimeout(this.killTimer);
    const pid = this.child?.pid;
    if (pid !== undefined) signalGroup(pid, "SIGKILL");
    void this.watchdog.end(pid);
    this.armDrainTimer();
    this.finishIfDone();
  }

  /**
   * After codex exits, what is left in the pipe arrives at once, unless a
   * process codex started still holds the pipe open: then the turn ends
   * without waiting for it (the group kill above ends such processes as a rule).
   */
  private armDrainTimer(): void {
    if (this.stdoutDone) return;
    this.timers.add(() => {
      if (this.stdoutDone) return;
      if (this.paused) {
        this.armDrainTimer();
        return;
      }
      this.child?.stdout.destroy();
      this.onStdoutEnd();
    }, this.spec.killGraceMs);
  }

  /** Records the first fatal error and ends the process tree; the turn settles once codex is gone. */
  private fail(error: Error): void {
    if (this.error !== undefined || this.finished) return;
    this.error = error;
    this.child?.stdout.destroy();
    this.stdoutDone = true;
    this.terminate();
    this.finishIfDone();
  }

  /**
   * SIGTERM to codex, so it can end its own tools; SIGKILL to its process
   * group if it is still there after the grace period. Whatever escaped the
   * group is ended by the tag sweep that runs when codex exits (onExit).
   */
  private terminate(): void {
    const pid = this.child?.pid;
    if (pid === undefined || this.exited || this.killTimer !== undefined) return;
    signalPid(pid, "SIGTERM");
    this.killTimer = this.timers.add(() => {
      signalGroup(pid, "SIGKILL");
      signalPid(pid, "SIGKILL");
    }, this.spec.killGraceMs);
  }

  private finishIfDone(): void {
    if (this.finished || !this.exited || !this.stdoutDone) return;
    if (this.error === undefined) {
      const outcome = this.exitOutcome();
      if (outcome) this.error = outcome;
    }
    this.settle();
  }

  /**
   * The error a finished process implies, if any. The terminal event decides:
   * codex can exit 0 after `turn.failed` and non-zero after `turn.completed`
   * (a crash while shutting down), and neither changes how the turn ended.
   */
  private exitOutcome(): CodexError | undefined {
    const { exitCode, exitSignal, terminalEvent } = this;
    if (terminalEvent !== undefined) return undefined;
    if (exitCode === 0 && exitSignal === null) return this.exitError("code 0 before the turn completed");
    return this.exitError(exitSignal !== null ? `signal ${exitSignal}` : `code ${exitCode ?? 1}`);
  }

  /** Worded as the official SDK words it ("Codex Exec exited with code 2: <stderr>"), so code matching it keeps working. */
  private exitError(how: string): CodexExitError {
    const stderr = this.spec.redactor.redact(this.stderr.toString());
    return new CodexExitError(`Codex Exec exited with ${how}: ${stderr}`, this.exitCode, this.exitSignal, stderr);
  }

  private settle(): void {
    if (this.finished) return;
    this.finished = true;
    void this.watchdog.end(this.child?.pid);
    this.limits.stop();
    this.timers.clearAll();
    this.spec.signal?.removeEventListener("abort", this.onAbort);
    if (this.child) releaseStreams(this.child);
    this.queue.end(this.error);
    for (const callback of this.finishedCallbacks.splice(0)) callback();
  }
}
