import { randomUUID } from "node:crypto";
import { CodexConnectionError } from "../errors.js";
import type { LinkEvents, MessageLink } from "./message-link.js";
import { HandshakeError, openWebSocket, type WebSocketConnection, type WebSocketTarget } from "./websocket.js";

/** Where a remote app-server listens, and how to get in. */
export interface RemoteEndpoint {
  /** `ws://host:port` or `unix:///path/to/socket`. */
  url: string;
  /** The capability token (sent as `Authorization: Bearer …`), if the server asks for one. */
  token: string | undefined;
  connectTimeoutMs: number;
  maxMessageBytes: number;
  /** How long the closing handshake may take. */
  closeGraceMs: number;
  /** Hides secrets in what the server or the system said (a close reason may echo anything). */
  redact(text: string): string;
}

/**
 * An app-server someone else runs, over a WebSocket (TCP, or a Unix
 * socket): the SDK starts no process. Messages sent before the socket is
 * open wait for it. A refused token, an unreachable server or a dropped
 * connection end the link with a `CodexConnectionError`.
 */
export class RemoteLink implements MessageLink {
  /** Not a process's: nothing of a remote app-server is the SDK's to sweep. */
  readonly tag = randomUUID();
  readonly pid = undefined;
  private socket: WebSocketConnection | undefined;
  private readonly queued: string[] = [];
  private alive = false;
  private closing = false;
  private done = false;
  private gone: () => void = () => undefined;
  private readonly ended = new Promise<void>((resolve) => (this.gone = resolve));
  /** Gives up a handshake still under way when the link is closed. */
  private readonly handshake = new AbortController();

  constructor(
    private readonly endpoint: RemoteEndpoint,
    private readonly events: LinkEvents,
  ) {}

  start(): void {
    const { url, token, connectTimeoutMs, maxMessageBytes } = this.endpoint;
    const headers: Record<string, string> = token === undefined ? {} : { Authorization: `Bearer ${token}` };
    openWebSocket(targetOf(url), headers, { timeoutMs: connectTimeoutMs, maxMessageBytes, signal: this.handshake.signal }, {
      onMessage: (text) => this.events.onMessage(text),
      onUnreadable: (reason, head, total) => this.events.onUnreadable(reason === "too-long" ? `sent a message longer than ${maxMessageBytes} bytes` : "sent a message that is not valid UTF-8", head, total),
      onClose: (code, reason, error) => {
        const why = this.endpoint.redact(error?.message ?? (code === undefined ? "the connection ended" : `closed with code ${code}${reason ? ` (${reason})` : ""}`));
        this.finish(new CodexConnectionError("dropped", url, `The connection to the app-server at ${url} ${this.closing ? "was closed" : `dropped: ${why}`}`));
      },
    }).then(
      (socket) => {
        if (this.closing || this.done) {
          socket.destroy();
          return;
        }
        this.socket = socket;
        socket.keepAlive(this.alive);
        for (const message of this.queued.splice(0)) socket.send(message);
      },
      (error: unknown) => {
        const status = error instanceof HandshakeError ? error.status : undefined;
        const detail = this.endpoint.redact(error instanceof Error ? error.message : String(error));
        if (status === 401 || status === 403) {
          this.finish(new CodexConnectionError("auth", url, `The app-server at ${url} refused the connection: ${detail} (${token === undefined ? "no token was given" : "the token is wrong"})`));
        } else {
          this.finish(new CodexConnectionError("unreachable", url, `Could not connect to the app-server at ${url}: ${detail}`));
        }
      },
    );
  }

  send(message: string): void {
    if (this.socket !== undefined) this.socket.send(message);
    else if (!this.done) this.queued.push(message);
  }

  keepAlive(on: boolean): void {
    this.alive = on;
    this.socket?.keepAlive(on);
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.socket === undefined) this.finishClosed();
    else this.socket.close(this.endpoint.closeGraceMs);
    await this.ended;
  }

  kill(): void {
    this.closing = true;
    if (this.socket === undefined) this.finishClosed();
    else this.socket.destroy();
  }

  private finishClosed(): void {
    this.handshake.abort();
    this.finish(new CodexConnectionError("dropped", this.endpoint.url, `The connection to the app-server at ${this.endpoint.url} was closed`));
  }

  private finish(error: CodexConnectionError): void {
    if (this.done) return;
    this.done = true;
    this.queued.length = 0;
    this.events.onDone(error);
    this.gone();
  }
}

/** `ws://host:port[/path]` or `unix:///path`. */
export function targetOf(url: string): WebSocketTarget {
  const parsed = new URL(url);
  if (parsed.protocol === "unix:") return { socketPath: decodeURIComponent(parsed.pathname) };
  return { url: parsed };
}
