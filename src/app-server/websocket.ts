import { createHash, randomBytes } from "node:crypto";
import http from "node:http";
import type { Socket } from "node:net";

/**
 * A WebSocket client (RFC 6455) for the app-server's `--listen ws://` and
 * `unix://` endpoints: the opening handshake over HTTP/1.1 (with an
 * `Authorization` header), text messages in masked frames, fragments put
 * together, pings answered, and the closing handshake. No dependency: the
 * protocol's client side is small, and Node 18 and 20 have no WebSocket of
 * their own.
 */

/** Where the app-server listens: a `ws://host:port` URL, or a Unix socket. */
export type WebSocketTarget = { url: URL } | { socketPath: string };

/** What the owner of a socket hears. */
export interface WebSocketEvents {
  /** A whole text message. */
  onMessage(text: string): void;
  /** A message that cannot be read (too long, not UTF-8): skipped, the stream goes on. */
  onUnreadable(reason: "too-long" | "invalid-utf8", head: Buffer, totalBytes: number): void;
  /** The connection ended: by a close frame (`code`), or by the socket's end or error. Called once. */
  onClose(code: number | undefined, reason: string, error: Error | undefined): void;
}

/** Why the opening handshake failed: the HTTP status when the server answered one. */
export class HandshakeError extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
  }
}

const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
const OPCODE = { continuation: 0x0, text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa } as const;
/** Sent messages longer than this go in fragments (codex 0.169 takes at most 16 MiB unfragmented). */
const FRAGMENT_BYTES = 1 << 20;
/** The start of a message kept for an error's excerpt. */
const HEAD_BYTES = 1024;

/** Opens a WebSocket to `target`; rejects with a {@link HandshakeError} when the server refuses it, or within `timeoutMs`. */
export function openWebSocket(
  target: WebSocketTarget,
  headers: Readonly<Record<string, string>>,
  options: { timeoutMs: number; maxMessageBytes: number; signal?: AbortSignal },
  events: WebSocketEvents,
): Promise<WebSocketConnection> {
  const key = randomBytes(16).toString("base64");
  const location = "url" in target ? { host: target.url.hostname, port: target.url.port || 80, path: `${target.url.pathname}${target.url.search}` } : { socketPath: target.socketPath, path: "/" };
  return new Promise((resolve, reject) => {
    const request = http.request({
      ...location,
      headers: { ...headers, Connection: "Upgrade", Upgrade: "websocket", "Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": key },
    });
    const timer = setTimeout(() => {
      request.destroy();
      reject(new HandshakeError(`no answer within ${options.timeoutMs} ms`, undefined));
    }, options.timeoutMs);
    // Given up (the link was closed meanwhile): the pending connection goes at once.
    options.signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      request.destroy();
      reject(new HandshakeError("the connection was given up", undefined));
    }, { once: true });
    request.once("error", (error) => {
      clearTimeout(timer);
      reject(new HandshakeError(error.message, undefined));
    });
    request.once("response", (response) => {
      clearTimeout(timer);
      response.resume();
      reject(new HandshakeError(`HTTP ${response.statusCode ?? "?"} ${response.statusMessage ?? ""}`.trim(), response.statusCode));
    });
    request.once("upgrade", (response, socket, head) => {
      clearTimeout(timer);
      const accept = createHash("sha1").update(key + GUID).digest("base64");
      if (response.headers["sec-websocket-accept"] !== accept) {
        socket.destroy();
        reject(new HandshakeError("the server's Sec-WebSocket-Accept does not answer our key", response.statusCode));
        return;
      }
      resolve(new WebSocketConnection(socket, head, options.maxMessageBytes, events));
    });
    request.end();
  });
}

/** An open WebSocket: send text, hear messages, close. */
export class WebSocketConnection {
  private buffered: Buffer = Buffer.alloc(0);
  /** The fragments of the message being received, while it fits. */
  private parts: Buffer[] = [];
  private partBytes = 0;
  private oversized = false;
  private closed = false;
  private closeSent = false;
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });
  /** The frame being dropped because it is longer than a message may be. */
  private skipping: { remaining: number; fin: boolean; head: Buffer; total: number } | undefined;

  constructor(
    private readonly socket: Socket,
    head: Buffer,
    private readonly maxMessageBytes: number,
    private readonly events: WebSocketEvents,
  ) {
    socket.setNoDelay(true);
    socket.on("data", (chunk: Buffer) => this.receive(chunk));
    socket.on("error", (error) => this.end(undefined, "", error));
    socket.on("close", () => this.end(undefined, "", undefined));
    if (head.length > 0) this.receive(head);
  }

  /** Sends one text message. */
  send(text: string): void {
    if (this.closed || this.closeSent) return;
    const payload = Buffer.from(text, "utf8");
    if (payload.length <= FRAGMENT_BYTES) {
      this.frame(OPCODE.text, payload, true);
      return;
    }
    for (let offset = 0; offset < payload.length; offset += FRAGMENT_BYTES) {
      const last = offset + FRAGMENT_BYTES >= payload.length;
      this.frame(offset === 0 ? OPCODE.text : OPCODE.continuation, payload.subarray(offset, offset + FRAGMENT_BYTES), last);
    }
  }

  /** Whether the socket keeps Node alive. */
  keepAlive(on: boolean): void {
    if (on) this.socket.ref();
    else this.socket.unref();
  }

  /** Starts the closing handshake; the socket is destroyed after `graceMs` if the server does not end it first. */
  close(graceMs: number): void {
    if (this.closed) return;
    if (!this.closeSent) {
      const body = Buffer.alloc(2);
      body.writeUInt16BE(1000);
      this.frame(OPCODE.close, body, true);
      this.closeSent = true;
    }
    const timer = setTimeout(() => this.socket.destroy(), graceMs);
    timer.unref();
    this.socket.once("close", () => clearTimeout(timer));
  }

  /** Ends at once. */
  destroy(): void {
    this.socket.destroy();
  }

  private frame(opcode: number, payload: Buffer, fin: boolean): void {
    const mask = randomBytes(4);
    const length = payload.length;
    const header = length < 126 ? Buffer.alloc(2) : length < 65_536 ? Buffer.alloc(4) : Buffer.alloc(10);
    header[0] = (fin ? 0x80 : 0) | opcode;
    if (length < 126) header[1] = 0x80 | length;
    else if (length < 65_536) {
      header[1] = 0x80 | 126;
      header.writeUInt16BE(length, 2);
    } else {
      header[1] = 0x80 | 127;
      header.writeBigUInt64BE(BigInt(length), 2);
    }
    // A client masks every frame it sends (RFC 6455 §5.3).
    const masked = Buffer.allocUnsafe(length);
    for (let index = 0; index < length; index += 1) masked[index] = (payload[index] as number) ^ (mask[index & 3] as number);
    this.socket.write(Buffer.concat([header, mask, masked]));
  }

  private receive(chunk: Buffer): void {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    for (;;) {
      if (this.skipping !== undefined) {
        // A frame too long to hold: its bytes are dropped as they come, memory stays bounded.
        const taken = Math.min(this.skipping.remaining, this.buffered.length);
        this.buffered = this.buffered.subarray(taken);
        this.skipping.remaining -= taken;
        if (this.skipping.remaining > 0) return;
        const { fin, head, total } = this.skipping;
        this.skipping = undefined;
        this.oversized = true;
        this.partBytes = total;
        this.parts = [head];
        if (fin) this.onFrame(true, OPCODE.continuation, Buffer.alloc(0));
        continue;
      }
      const header = readHeader(this.buffered);
      if (header === undefined) return;
      if (header.length > this.maxMessageBytes) {
        const head = this.buffered.subarray(header.offset, header.offset + HEAD_BYTES);
        this.skipping = { remaining: header.offset + header.length, fin: header.fin, head: Buffer.from(head), total: this.partBytes + header.length };
        continue;
      }
      if (this.buffered.length < header.offset + header.length) return;
      const payload = unmask(this.buffered.subarray(header.offset, header.offset + header.length), header.mask);
      this.buffered = this.buffered.subarray(header.offset + header.length);
      this.onFrame(header.fin, header.opcode, payload);
      if (this.closed) return;
    }
  }

  private onFrame(fin: boolean, opcode: number, payload: Buffer): void {
    if (opcode === OPCODE.ping) {
      this.frame(OPCODE.pong, payload, true);
      return;
    }
    if (opcode === OPCODE.pong) return;
    if (opcode === OPCODE.close) {
      const code = payload.length >= 2 ? payload.readUInt16BE(0) : undefined;
      if (!this.closeSent) {
        this.frame(OPCODE.close, payload.subarray(0, 2), true);
        this.closeSent = true;
      }
      this.end(code, payload.subarray(2).toString("utf8"), undefined);
      this.socket.end();
      return;
    }
    // Text, binary or a continuation: kept while the message fits.
    if (opcode !== OPCODE.continuation) {
      this.parts = [];
      this.partBytes = 0;
      this.oversized = false;
    }
    this.partBytes += payload.length;
    if (!this.oversized) {
      if (this.partBytes > this.maxMessageBytes) {
        this.oversized = true;
        this.parts = [Buffer.concat([...this.parts, payload]).subarray(0, HEAD_BYTES)];
      } else this.parts.push(payload);
    }
    if (!fin) return;
    const whole = Buffer.concat(this.parts);
    const total = this.partBytes;
    this.parts = [];
    this.partBytes = 0;
    if (this.oversized) {
      this.events.onUnreadable("too-long", whole.subarray(0, HEAD_BYTES), total);
      return;
    }
    let text: string;
    try {
      text = this.decoder.decode(whole);
    } catch {
      this.events.onUnreadable("invalid-utf8", whole.subarray(0, HEAD_BYTES), total);
      return;
    }
    this.events.onMessage(text);
  }

  private end(code: number | undefined, reason: string, error: Error | undefined): void {
    if (this.closed) return;
    this.closed = true;
    this.events.onClose(code, reason, error);
  }
}

/** The header of the frame at the start of `data`, or undefined while it is incomplete. */
function readHeader(data: Buffer): { fin: boolean; opcode: number; length: number; offset: number; mask: Buffer | undefined } | undefined {
  if (data.length < 2) return undefined;
  const first = data[0] as number;
  const second = data[1] as number;
  let length = second & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (data.length < 4) return undefined;
    length = data.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (data.length < 10) return undefined;
    length = Number(data.readBigUInt64BE(2));
    offset = 10;
  }
  let mask: Buffer | undefined;
  if ((second & 0x80) !== 0) {
    if (data.length < offset + 4) return undefined;
    mask = data.subarray(offset, offset + 4);
    offset += 4;
  }
  return { fin: (first & 0x80) !== 0, opcode: first & 0x0f, length, offset, mask };
}

/** A payload unmasked (a server sends none masked; one that did is read all the same). */
function unmask(payload: Buffer, mask: Buffer | undefined): Buffer {
  if (mask === undefined) return payload;
  const unmasked = Buffer.allocUnsafe(payload.length);
  for (let index = 0; index < payload.length; index += 1) unmasked[index] = (payload[index] as number) ^ (mask[index & 3] as number);
  return unmasked;
}
