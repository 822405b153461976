import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { CodexSpawnError } from "../errors.js";
import type { Redactor } from "../redact.js";
import { setDeadline, type Deadline } from "../turn/deadlines.js";
import { cleanupSoon } from "./cleanup-soon.js";
import { signalGroup, signalPid } from "./process-tree.js";
import { StderrTail } from "./stderr-tail.js";
import { TaggedTree } from "./watchdog.js";

/** Defaults of the limits every codex process runs under, on either transport. */
export const PROCESS_DEFAULTS = {
  killGraceMs: 2_000,
  /** A 128 MB app-server message has been seen in the wild. */
  maxLineBytes: 256 * 1024 * 1024,
  stderrTailBytes: 64 * 1024,
} as const;

/** What a failed start means, by its system error code. */
const SPAWN_REASONS: Readonly<Record<string, string>> = {
  ENOENT: "the file does not exist",
  EACCES: "permission denied (is it executable?)",
  EMFILE: "too many open files (EMFILE): this process is out of file descriptors; raise the limit (ulimit -n) or lower maxConcurrentTurns",
  ENFILE: "too many open files on the system (ENFILE); lower maxConcurrentTurns",
  EAGAIN: "the system could not create another process (EAGAIN); lower maxConcurrentTurns",
};

/** A child that Node could not give its pipes (no file descriptors left for them). */
function lacksPipes(child: ChildProcessWithoutNullStreams): boolean {
  const streams = child as { stdin: unknown; stdout: unknown; stderr: unknown };
  return streams.stdin == null || streams.stdout == null || streams.stderr == null;
}

/** How to start a codex process (an exec turn, or an app-server) and how long it gets to stop. */
export interface CodexProcessSpec {
  executablePath: string;
  args: readonly string[];
  env: Record<string, string>;
  /** How long codex gets after SIGTERM, and how long a pipe held open by a leftover is waited for after exit. */
  killGraceMs: number;
  stderrTailBytes: number;
}

/** What the owner of a codex process hears from it. */
export interface CodexProcessHandlers {
  onStdout(chunk: Buffer): void;
  /** stdout ended, failed, or was given up on after exit: no more output. Not called after {@link CodexProcess.stopReading}. */
  onStdoutEnd(): void;
  /** The process has exited and its output has been read, or it never started (`spawnError`). Called once. */
  onDone(spawnError: CodexSpawnError | undefined): void;
}

/**
 * One codex process and everything that ends it, the same for both
 * transports. It runs with the tree's tags in its environment and in a
 * process group of its own, so the tree can be signalled as a whole. When it
 * exits, whatever it left goes with it: its group at once, every tagged
 * process by the sweep. It is done once it has exited and its stdout is read
 * (or, when a leftover holds the pipe open, `killGraceMs` after the exit).
 * No stream error escapes as an unhandled event.
 */
export class CodexProcess {
  private child: ChildProcessWithoutNullStreams | undefined;
  private readonly tree = new TaggedTree();
  private readonly stderrTail: StderrTail;
  private started = false;
  private exited = false;
  private stdoutDone = false;
  private paused = false;
  private isDone = false;
  /** SIGKILL after SIGTERM, SIGTERM after the end of input, giving up on the pipe after the exit. */
  private killDeadline: Deadline | undefined;
  private terminateDeadline: Deadline | undefined;
  private drainDeadline: Deadline | undefined;
  private spawnError: CodexSpawnError | undefined;
  /** The group kill after the exit has been sent and the sweep for what is left has finished. */
  private isSwept = false;
  private readonly cleanupCallbacks: (() => void)[] = [];
  /** The exit code, once exited (null when killed by a signal). */
  exitCode: number | null = null;
  /** The signal that killed it, if one did. */
  exitSignal: NodeJS.Signals | null = null;

  constructor(
    private readonly spec: CodexProcessSpec,
    private readonly handlers: CodexProcessHandlers,
  ) {
    this.stderrTail = new StderrTail(spec.stderrTailBytes);
  }

  /** Process id, once started. */
  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** The tree's tag (`CODEX_SDK_TURN`), in the environment of the process and of everything it starts. */
  get tag(): string {
    return this.tree.tag;
  }

  /** The last `stderrTailBytes` of its stderr, as text, with `redactor`'s secrets hidden (one cut by the tail's start too). */
  redactedStderr(redactor: Redactor): string {
    return redactor.redactTail(this.stderrTail.toString(), this.stderrTail.wasCut);
  }

  /** Spawns the process and, when given, writes `input` to stdin and closes it. A failure to start reaches `onDone`. */
  start(input?: string): void {
    this.started = true;
    this.tree.start();
    let child: ChildProcessWithoutNullStreams;
    try {
      child = spawn(this.spec.executablePath, this.spec.args, {
        env: this.tree.env(this.spec.env),
        stdio: ["pipe", "pipe", "pipe"],
        detached: process.platform !== "win32",
        windowsHide: true,
      });
    } catch (error) {
      this.failedToStart(error);
      return;
    }
    if (lacksPipes(child)) {
      // Out of file descriptors (EMFILE): Node hands back a child without pipes, and says why in "error".
      if (child.pid === undefined) child.once("error", (error) => this.failedToStart(error));
      else {
        signalPid(child.pid, "SIGKILL");
        this.failedToStart(Object.assign(new Error("started without pipes"), { code: "EMFILE" }));
      }
      return;
    }
    this.child = child;
    child.once("error", (error) => {
      if (child.pid === undefined) this.failedToStart(error);
    });
    child.once("exit", (code, signal) => this.onExit(code, signal));
    child.stdout.on("data", (chunk: Buffer) => this.handlers.onStdout(chunk));
    child.stdout.once("end", () => this.onStdoutEnd());
    // A failed stdout is the same for a reader as an ended one: no more lines.
    child.stdout.once("error", () => this.onStdoutEnd());
    child.stderr.on("data", (chunk: Buffer) => this.stderrTail.push(chunk));
    child.stderr.once("error", () => undefined);
    // A child that exits before reading its input makes a write fail with EPIPE: the exit says more.
    child.stdin.once("error", () => undefined);
    if (input !== undefined) child.stdin.end(input);
  }

  /** Writes to stdin (app-server messages); nothing once the process has exited. */
  write(text: string): void {
    if (this.exited || this.child === undefined) return;
    this.child.stdin.write(text);
  }

  /**
   * Whether the process (and its pipes) keeps Node's event loop alive. A
   * process is started keeping it alive; a long-lived one (the app-server)
   * lets go while nothing waits on it, so a program that never closes its
   * `Codex` still ends (the process then ends at the end of its input, and
   * the watchdog ends what is left).
   */
  keepAlive(on: boolean): void {
    const child = this.child;
    if (child === undefined || this.exited) return;
    // The pipes are sockets (they have ref/unref), though typed as plain streams.
    for (const handle of [child, child.stdin, child.stdout, child.stderr] as unknown as { ref(): void; unref(): void }[]) {
      if (on) handle.ref();
      else handle.unref();
    }
  }

  /** Backpressure: stops reading stdout until {@link resume}; codex then blocks on a full pipe. */
  pause(): void {
    if (this.stdoutDone || this.child === undefined) return;
    this.paused = true;
    this.child.stdout.pause();
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    this.child?.stdout.resume();
  }

  /** The owner wants no more output (its turn failed): stdout is dropped, and the process is done once it exits. */
  stopReading(): void {
    if (this.stdoutDone) return;
    this.child?.stdout.destroy();
    this.stdoutDone = true;
    this.finishIfDone();
  }

  /**
   * SIGTERM, so codex can stop its own tools; SIGKILL to its group if it is
   * still there after `killGraceMs`. Whatever escaped the group is ended by
   * the sweep when it exits.
   */
  terminate(): void {
    const pid = this.child?.pid;
    if (pid === undefined || this.exited || this.killDeadline !== undefined) return;
    signalPid(pid, "SIGTERM");
    this.killDeadline = setDeadline(this.spec.killGraceMs, () => this.kill());
  }

  /** Stops it gently: end of input (an app-server then exits by itself), {@link terminate} after `killGraceMs`. */
  endInputThenTerminate(): void {
    if (this.exited || this.child === undefined) return;
    this.child.stdin.end();
    this.terminateDeadline ??= setDeadline(this.spec.killGraceMs, () => this.terminate());
  }

  /** SIGKILL to the process and its group, now. */
  kill(): void {
    const pid = this.child?.pid;
    if (pid === undefined || this.exited) return;
    signalGroup(pid, "SIGKILL");
    signalPid(pid, "SIGKILL");
  }

  /** Resolves once the process is done and the sweep for what it left behind has finished (at once if it never started). */
  cleanedUp(): Promise<void> {
    return new Promise((resolve) => this.afterCleanup(resolve));
  }

  /** Calls `callback` once the process is done and the sweep for what it left behind has finished (at once if it never started). */
  afterCleanup(callback: () => void): void {
    if (!this.started || (this.isDone && this.isSwept)) callback();
    else this.cleanupCallbacks.push(callback);
  }

  /** The sweep after this process runs now instead of on its schedule (the `Codex` is closing). */
  cleanUpNow(): void {
    this.tree.sweepNow();
  }

  private failedToStart(error: unknown): void {
    if (this.isDone) return;
    const errno = (error as NodeJS.ErrnoException).code;
    const reason = SPAWN_REASONS[errno ?? ""] ?? (error as Error).message;
    this.spawnError = new CodexSpawnError(`Failed to start codex at ${this.spec.executablePath}: ${reason}`, this.spec.executablePath, errno, error);
    this.exited = true;
    this.stdoutDone = true;
    this.markSwept();
    this.finishIfDone();
  }

  private onExit(code: number | null, signal: NodeJS.Signals | null): void {
    this.exited = true;
    this.exitCode = code;
    this.exitSignal = signal;
    const pid = this.child?.pid;
    // Whatever codex left goes now, but after the turn has settled: a kill that finds nothing
    // costs an exception, which the app need not wait for. Still before any timer, and before
    // the end of output a leftover in the group may be holding back.
    cleanupSoon(() => {
      if (pid !== undefined) signalGroup(pid, "SIGKILL");
      void this.tree.end(pid).then(() => this.markSwept());
    });
    this.armDrainTimer();
    this.finishIfDone();
  }

  /**
   * After the exit, what is left in the pipe arrives at once, unless a process
   * codex started still holds it open: then the output is given up on after
   * `killGraceMs` (not while the owner has paused reading: it is still there).
   */
  private armDrainTimer(): void {
    if (this.stdoutDone) return;
    this.drainDeadline = setDeadline(this.spec.killGraceMs, () => {
      if (this.stdoutDone) return;
      if (this.paused) {
        this.armDrainTimer();
        return;
      }
      this.child?.stdout.destroy();
      this.onStdoutEnd();
    });
  }

  private onStdoutEnd(): void {
    if (this.stdoutDone) return;
    this.stdoutDone = true;
    this.handlers.onStdoutEnd();
    this.finishIfDone();
  }

  private finishIfDone(): void {
    if (!this.exited || !this.stdoutDone || this.isDone) return;
    this.isDone = true;
    this.killDeadline?.cancel();
    this.terminateDeadline?.cancel();
    this.drainDeadline?.cancel();
    const child = this.child;
    if (child) {
      // Lets go of the pipes (a leftover may still hold the other ends open), after the turn has settled.
      // No data comes meanwhile: stdout has ended or was destroyed.
      cleanupSoon(() => {
        child.stdout.destroy();
        child.stderr.destroy();
        child.stdin.destroy();
      });
    }
    this.handlers.onDone(this.spawnError);
    this.runCleanupCallbacks();
  }

  private markSwept(): void {
    this.isSwept = true;
    this.runCleanupCallbacks();
  }

  private runCleanupCallbacks(): void {
    if (!this.isDone || !this.isSwept) return;
    for (const callback of this.cleanupCallbacks.splice(0)) callback();
  }
}
