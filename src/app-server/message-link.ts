import { CodexExitError, type CodexSpawnError } from "../errors.js";
import { CodexProcess, type CodexProcessSpec } from "../process/codex-process.js";
import { LineSplitter } from "../process/line-splitter.js";
import { exitMessage } from "../process/stderr-summary.js";
import type { Redactor } from "../redact.js";

/**
 * What carries the app-server's JSON-RPC messages: the stdio of a codex
 * process the SDK started ({@link ProcessLink}), or a WebSocket to one
 * someone else runs (`RemoteLink`). The connection above it is the same.
 */
export interface MessageLink {
  /** The tag (`CODEX_SDK_TURN`) of the app-server's processes, when the SDK started it. */
  readonly tag: string;
  /** The app-server's process id, when the SDK started it. */
  readonly pid: number | undefined;
  /** Starts the process, or opens the socket. Failures come as `onDone`. */
  start(): void;
  /** Sends one message (JSON text). */
  send(message: string): void;
  /** Whether the link keeps Node alive. */
  keepAlive(on: boolean): void;
  /** Ends the link gracefully; resolves once it is gone (and, for a process, what it left is swept). */
  close(): Promise<void>;
  /** Ends it at once. */
  kill(): void;
}

/** What a link tells the connection. */
export interface LinkEvents {
  /** One message as text. */
  onMessage(text: string): void;
  /** A message that cannot be read: `what` says why ("printed a line longer than …"). */
  onUnreadable(what: string, head: Buffer, totalBytes: number): void;
  /** The link is gone (or never came up): every pending request fails with `error`. Called once. */
  onDone(error: Error): void;
}

/** The app-server as a process the SDK started: newline-delimited JSON over its stdio. */
export class ProcessLink implements MessageLink {
  private readonly process: CodexProcess;
  private readonly splitter: LineSplitter;
  private closing = false;

  constructor(
    spec: CodexProcessSpec & { maxLineBytes: number },
    private readonly redactor: Redactor,
    events: LinkEvents,
  ) {
    this.process = new CodexProcess(spec, {
      onStdout: (chunk) => this.splitter.push(chunk),
      onStdoutEnd: () => this.splitter.end(),
      onDone: (spawnError) => events.onDone(spawnError ?? this.exitError()),
    });
    this.splitter = new LineSplitter(
      spec.maxLineBytes,
      (line) => events.onMessage(line),
      (reason, head, totalBytes) => events.onUnreadable(reason === "too-long" ? `printed a line longer than ${spec.maxLineBytes} bytes` : "printed a line that is not valid UTF-8", head, totalBytes),
      "skip",
    );
  }

  get tag(): string {
    return this.process.tag;
  }

  get pid(): number | undefined {
    return this.process.pid;
  }

  start(): void {
    this.process.start();
  }

  send(message: string): void {
    this.process.write(`${message}\n`);
  }

  keepAlive(on: boolean): void {
    this.process.keepAlive(on);
  }

  /** End of stdin (it exits at once and ends its commands' groups), SIGTERM after `killGraceMs`, SIGKILL after another; then the sweep. */
  async close(): Promise<void> {
    this.closing = true;
    this.process.cleanUpNow();
    this.process.endInputThenTerminate();
    await this.process.cleanedUp();
  }

  kill(): void {
    this.process.kill();
  }

  /** How the process ended, with its stderr: what every pending request is rejected with. */
  private exitError(): CodexExitError | CodexSpawnError {
    const { exitCode, exitSignal } = this.process;
    const how = exitSignal !== null ? `was killed by signal ${exitSignal}` : `exited with code ${exitCode ?? "?"}`;
    const stderr = this.process.redactedStderr(this.redactor);
    const headline = this.closing ? `codex app-server ${how} (closed)` : `codex app-server ${how}`;
    return new CodexExitError(exitMessage(headline, stderr), exitCode, exitSignal, stderr);
  }
}
