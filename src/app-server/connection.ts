import { CodexParseError, CodexRpcError, CodexTimeoutError } from "../errors.js";
import { isObject, type JsonObject } from "../json-checks.js";
import type { CodexProcessSpec } from "../process/codex-process.js";
import { EXCERPT_BYTES, lineHead } from "../process/line-splitter.js";
import type { ClientParams, ClientResult, RequestId, SentMethod } from "../protocol/index.js";
import type { Redactor } from "../redact.js";
import { setDeadline, type Deadline } from "../turn/deadlines.js";
import { ProcessLink, type LinkEvents, type MessageLink } from "./message-link.js";
import { publishDropped } from "./telemetry.js";

/** What the client answers to a server request. */
export type ServerReply = { result: unknown } | { error: { code: number; message: string } };

/** A message the connection could not read, with what it may concern (for the transport to fail the right turn). */
export interface BadMessage {
  error: CodexParseError;
  /** The thread the message names, when it names one. */
  threadId: string | undefined;
}

/** What the owner of a connection hears from it. */
export interface ConnectionHandlers {
  onNotification(method: string, params: JsonObject): void;
  /** Must resolve (never reject) with the reply; the connection sends it. */
  onServerRequest(id: RequestId, method: string, params: JsonObject): Promise<ServerReply>;
  /** A message that could not be read and concerns no pending request. */
  onBadMessage(problem: BadMessage): void;
  /**
   * The app-server is gone, never started, or (remote) the connection to it
   * failed: `error` says how (`CodexExitError`, `CodexSpawnError`,
   * `CodexConnectionError`); every pending request was rejected with it.
   */
  onExit(error: Error): void;
}

/** How the connection is started and how it treats requests: a codex process it starts, or a link of its own (`link`). */
export type ConnectionSpec = ConnectionSettings & (CodexProcessSpec | { link(events: LinkEvents): MessageLink });

/** How the connection treats requests. */
export interface ConnectionSettings {
  maxLineBytes: number;
  requestTimeoutMs: number;
  /** Requests in flight at most; more wait here (the app-server's own queue holds 128). */
  maxInFlight: number;
  /** Retries of a request answered "overloaded" (-32001), with exponential backoff and jitter. */
  overloadRetries: number;
  overloadInitialDelayMs: number;
  overloadMaxDelayMs: number;
  redactor: Redactor;
  handlers: ConnectionHandlers;
}

/** Options of one request. */
export interface RequestOptions<R> {
  /** Overrides `requestTimeoutMs` (0: no timeout). */
  timeoutMs?: number | undefined;
  /**
   * Called with the result as soon as the reply is read, before any later
   * message: for state that the next notifications depend on (a turn's id).
   */
  onResult?: ((result: R) => void) | undefined;
}

interface Pending {
  method: string;
  onReply(message: JsonObject): void;
  onClose(error: Error): void;
}

const OVERLOADED = -32001;
const METHOD_NOT_FOUND = -32601;

/**
 * The JSON-RPC conversation with one app-server, over a {@link MessageLink}
 * (the stdio of a process the SDK started, or a WebSocket): JSON messages
 * without the `jsonrpc` field. One reader; replies are matched to requests
 * by id; every request has a timeout (the app-server can leave requests in a
 * burst unanswered); "overloaded" is retried; at most `maxInFlight` requests
 * are outstanding. When the link ends, for whatever reason, every pending
 * request is rejected once, with the same error.
 */
export class Connection {
  private readonly link: MessageLink;
  private readonly pending = new Map<number, Pending>();
  private readonly waitingToSend: (() => void)[] = [];
  /** Requests answered "overloaded", waiting out their backoff: the send that retries each. */
  private readonly backingOff = new Map<Deadline, () => void>();
  private inFlight = 0;
  private nextId = 1;
  private lineNumber = 0;
  private failure: Error | undefined;
  /** What waits on the app-server now (requests, server requests, turns, watchers): while none, it does not keep Node alive. */
  private holds = 0;

  constructor(private readonly spec: ConnectionSpec) {
    const events: LinkEvents = {
      onMessage: (text) => this.onLine(text),
      onUnreadable: (what, head, totalBytes) => {
        this.lineNumber += 1;
        this.onUnreadable(`codex app-server ${what}`, head, totalBytes);
      },
      onDone: (error) => this.finish(error),
    };
    this.link = "link" in spec ? spec.link(events) : new ProcessLink(spec, spec.redactor, events);
  }

  /** The tag (`CODEX_SDK_TURN`) in the environment of this app-server and of every process it starts. */
  get tag(): string {
    return this.link.tag;
  }

  /** Process id of the app-server, when the SDK started it. */
  get pid(): number | undefined {
    return this.link.pid;
  }

  /** True once the app-server is gone (or failed to start, or the connection to it failed). */
  get isClosed(): boolean {
    return this.failure !== undefined;
  }

  /** Spawns the app-server, or connects to it. Errors surface through requests and `onExit`. */
  start(): void {
    this.link.start();
    this.link.keepAlive(this.holds > 0);
  }

  /**
   * Keeps Node alive for the app-server until the returned release is
   * called (once; later calls do nothing): for everything a caller waits on
   * (a request, a turn, a watcher). With no hold, a program that forgot
   * `close()` can end.
   */
  hold(): () => void {
    this.holds += 1;
    if (this.holds === 1) this.link.keepAlive(true);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds -= 1;
      if (this.holds === 0) this.link.keepAlive(false);
    };
  }

  /** Sends a request and resolves with its result; rejects with `CodexRpcError`, a timeout, or the exit. */
  request<M extends SentMethod>(method: M, params: ClientParams<M>, options: RequestOptions<ClientResult<M>> = {}): Promise<ClientResult<M>> {
    return new Promise((resolve, reject) => {
      if (this.failure) {
        reject(this.failure);
        return;
      }
      const timeoutMs = options.timeoutMs ?? this.spec.requestTimeoutMs;
      let settled = false;
      let attempt = 0;
      let sentId: number | undefined;
      const release = this.hold();
      const settle = (error: Error | undefined, result?: unknown): void => {
        if (settled) return;
        settled = true;
        release();
        deadline?.cancel();
        if (sentId !== undefined) this.release(sentId);
        if (error) reject(error);
        else resolve(result as ClientResult<M>);
      };
      const deadline = timeoutMs > 0 ? setDeadline(timeoutMs, () => settle(new CodexTimeoutError("request", timeoutMs, method))) : undefined;
      const send = (): void => {
        if (settled) return;
        if (this.failure) {
          settle(this.failure);
          return;
        }
        const id = this.nextId++;
        sentId = id;
        this.inFlight += 1;
        this.pending.set(id, {
          method,
          onReply: (message) => {
            this.release(id);
            sentId = undefined;
            const error = message.error;
            if (isObject(error)) {
              const code = typeof error.code === "number" ? error.code : 0;
              if (code === OVERLOADED && attempt < this.spec.overloadRetries) {
                attempt += 1;
                this.retryLater(send, this.backoff(attempt));
                return;
              }
              settle(new CodexRpcError(method, code, String(error.message ?? ""), error.data));
              return;
            }
            try {
              options.onResult?.(message.result as ClientResult<M>);
            } catch (hookError) {
              settle(hookError as Error);
              return;
            }
            settle(undefined, message.result);
          },
          onClose: (error) => settle(error),
        });
        this.write({ id, method, params });
      };
      this.whenSlotFree(send);
    });
  }

  /** Sends a notification (no reply). */
  notify(method: string, params?: JsonObject): void {
    this.write(params === undefined ? { method } : { method, params });
  }

  /**
   * Stops the app-server the SDK started (end of stdin, then signals; see
   * `ProcessLink.close`), or closes the connection to a remote one. Resolves
   * once it is gone (and the sweep for what a process left is done).
   */
  async close(): Promise<void> {
    // Whoever awaits close() waits for the link: it is kept until it is gone.
    this.hold();
    await this.link.close();
  }

  /** Forces the link down at once (a process's group by SIGKILL); `onExit` follows. */
  kill(): void {
    this.link.kill();
  }

  private whenSlotFree(send: () => void): void {
    if (this.inFlight < this.spec.maxInFlight) send();
    else this.waitingToSend.push(send);
  }

  /** A request is no longer in flight: its slot goes to the next waiting one. */
  private release(id: number): void {
    if (!this.pending.delete(id)) return;
    this.inFlight -= 1;
    this.waitingToSend.shift()?.();
  }

  private retryLater(send: () => void, delayMs: number): void {
    const retry = setDeadline(delayMs, () => {
      this.backingOff.delete(retry);
      this.whenSlotFree(send);
    });
    this.backingOff.set(retry, send);
  }

  private backoff(attempt: number): number {
    const base = Math.min(this.spec.overloadMaxDelayMs, this.spec.overloadInitialDelayMs * 2 ** (attempt - 1));
    // ±20% jitter, so that requests refused together do not come back together.
    return Math.round(base * (0.8 + Math.random() * 0.4));
  }

  private write(message: JsonObject): void {
    this.link.send(JSON.stringify(message));
  }

  private onLine(line: string): void {
    this.lineNumber += 1;
    try {
      this.read(line);
    } catch (error) {
      // A bug in a handler must not crash the host from a stream callback, nor lose the messages after it
      // in the same chunk: this message is dropped, the next line is read.
      publishDropped({ reason: `internal error: ${String(error)}` });
    }
  }

  /** One message: a reply to its request, a notification or a server request to the handlers. */
  private read(line: string): void {
    let message: unknown;
    try {
      message = JSON.parse(line);
    } catch {
      // Not JSON.parse's message: it quotes a piece of the line, which may be a piece of a secret.
      this.onUnreadable("codex app-server printed a line that is not JSON", ...lineHead(line));
      return;
    }
    // Secrets codex echoes (a key in an error, a command's output) are hidden before anyone sees the message.
    message = this.spec.redactor.redactParsed(message, line);
    if (!isObject(message)) {
      this.onUnreadable("codex app-server printed a message that is not a JSON object", ...lineHead(line));
      return;
    }
    const { id, method } = message;
    if (typeof method === "string") {
      const params = message.params === undefined || message.params === null ? {} : message.params;
      if (!isObject(params)) {
        this.onUnreadable(`codex app-server sent ${method} with params that are not an object`, ...lineHead(line));
        return;
      }
      if (id === undefined) this.spec.handlers.onNotification(method, params);
      else if (typeof id === "string" || typeof id === "number") this.onServerRequest(id, method, params);
      else this.onUnreadable(`codex app-server sent ${method} with an id that is neither a string nor a number`, ...lineHead(line));
      return;
    }
    if (typeof id === "number" || typeof id === "string") {
      const entry = typeof id === "number" ? this.pending.get(id) : undefined;
      if (entry === undefined) {
        publishDropped({ reason: "reply to an unknown request id", id });
        return;
      }
      entry.onReply(message);
      return;
    }
    this.onUnreadable("codex app-server sent a message that is neither a request, a reply nor a notification", ...lineHead(line));
  }

  /** Answers a server request exactly once, whatever the handler does. */
  private onServerRequest(id: RequestId, method: string, params: JsonObject): void {
    let replied = false;
    // A handler deciding (a person at a prompt, say) is waited on.
    const release = this.hold();
    const reply = (answer: ServerReply): void => {
      if (replied) return;
      replied = true;
      release();
      this.write({ id, ...answer });
    };
    this.spec.handlers.onServerRequest(id, method, params).then(reply, (error: unknown) => {
      reply({ error: { code: METHOD_NOT_FOUND, message: `client error: ${String(error)}` } });
    });
  }

  /**
   * A line that cannot be read: the error goes to what it names, as far as
   * its start shows it (a pending request's id, or a thread), else it is
   * counted and dropped. The stream goes on at the next line.
   */
  private onUnreadable(message: string, head: Buffer, totalBytes: number): void {
    const shown = this.spec.redactor.excerpt(head, totalBytes, EXCERPT_BYTES);
    const text = head.toString("utf8");
    const error = new CodexParseError(`${message} (stdout line ${this.lineNumber}): ${shown}`, shown, this.lineNumber);
    const replyTo = /^\s*\{\s*"id"\s*:\s*(\d+)\s*,\s*"(?:result|error)"/.exec(text)?.[1];
    const entry = replyTo === undefined ? undefined : this.pending.get(Number(replyTo));
    if (entry !== undefined) {
      entry.onClose(error);
      return;
    }
    const threadId = /"threadId"\s*:\s*"([^"]+)"/.exec(text)?.[1];
    publishDropped({ reason: message });
    this.spec.handlers.onBadMessage({ error, threadId });
  }

  /** The one end of the connection: every pending and waiting request is rejected with `error`. */
  private finish(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    const pending = [...this.pending.values()];
    this.pending.clear();
    this.inFlight = 0;
    for (const entry of pending) entry.onClose(error);
    // Waiting requests, and those waiting out a backoff, see the failure when they try to send.
    for (const send of this.waitingToSend.splice(0)) send();
    for (const [retry, send] of this.backingOff) {
      retry.cancel();
      send();
    }
    this.backingOff.clear();
    this.spec.handlers.onExit(error);
  }
}
