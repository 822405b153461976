import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach, describe, test } from "node:test";
import { HandshakeError, openWebSocket, type WebSocketEvents } from "../../src/app-server/websocket.js";

/** A frame as a server sends it: unmasked. */
function serverFrame(opcode: number, payload: Buffer, fin = true): Buffer {
  const length = payload.length;
  const header = length < 126 ? Buffer.from([0, length]) : length < 65_536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (length >= 126 && length < 65_536) {
    header[1] = 126;
    header.writeUInt16BE(length, 2);
  } else if (length >= 65_536) {
    header[1] = 127;
    header.writeBigUInt64BE(BigInt(length), 2);
  }
  header[0] = (fin ? 0x80 : 0) | opcode;
  return Buffer.concat([header, payload]);
}

/** The frames a client sent (each must be masked), from the raw bytes. */
function clientFrames(data: Buffer): { fin: boolean; opcode: number; payload: Buffer }[] {
  const frames = [];
  let at = 0;
  while (at < data.length) {
    const first = data[at] as number;
    const second = data[at + 1] as number;
    assert.ok((second & 0x80) !== 0, "a client masks every frame");
    let length = second & 0x7f;
    let offset = at + 2;
    if (length === 126) {
      length = data.readUInt16BE(offset);
      offset += 2;
    } else if (length === 127) {
      length = Number(data.readBigUInt64BE(offset));
      offset += 8;
    }
    const mask = data.subarray(offset, offset + 4);
    offset += 4;
    const payload = Buffer.from(data.subarray(offset, offset + length).map((byte, index) => byte ^ (mask[index & 3] as number)));
    frames.push({ fin: (first & 0x80) !== 0, opcode: first & 0x0f, payload });
    at = offset + length;
  }
  return frames;
}

let servers: http.Server[] = [];
/** Upgraded sockets are the server's no more: close() would wait for them. */
let sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  for (const server of servers) await new Promise((resolve) => server.close(resolve));
  servers = [];
  sockets = [];
});

/** A server that accepts the upgrade (or answers `status`) and hands the socket to `onSocket`. */
async function fakeServer(onSocket: (socket: Socket) => void, options: { status?: number; badAccept?: boolean } = {}): Promise<URL> {
  const server = http.createServer((_request, response) => response.writeHead(404).end());
  server.on("upgrade", (request, socket: Socket) => {
    sockets.push(socket);
    if (options.status !== undefined) {
      socket.end(`HTTP/1.1 ${options.status} Unauthorized\r\ncontent-length: 0\r\n\r\n`);
      return;
    }
    const key = String(request.headers["sec-websocket-key"]);
    const accept = options.badAccept ? "nope" : createHash("sha1").update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest("base64");
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    onSocket(socket);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return new URL(`ws://127.0.0.1:${(server.address() as AddressInfo).port}/`);
}

function recorder() {
  const messages: string[] = [];
  const unreadable: [string, number][] = [];
  let closed: (value: [number | undefined, string]) => void = () => undefined;
  const ended = new Promise<[number | undefined, string]>((resolve) => (closed = resolve));
  const events: WebSocketEvents = {
    onMessage: (text) => messages.push(text),
    onUnreadable: (reason, _head, total) => unreadable.push([reason, total]),
    onClose: (code, reason) => closed([code, reason]),
  };
  return { messages, unreadable, ended, events };
}

describe("the WebSocket client", () => {
  test("fragments are put together, a ping is answered, an oversized or non-UTF-8 message is skipped and the next read", async () => {
    const received: Buffer[] = [];
    let closeEchoed: () => void = () => undefined;
    const echoed = new Promise<void>((resolve) => (closeEchoed = resolve));
    const url = await fakeServer((socket) => {
      socket.on("data", (chunk: Buffer) => {
        received.push(chunk);
        if (clientFrames(Buffer.concat(received)).at(-1)?.opcode === 0x8) closeEchoed();
      });
      // Written byte by byte across many chunks: frames split anywhere are read whole.
      const bytes = Buffer.concat([
        serverFrame(0x1, Buffer.from("hel"), false),
        serverFrame(0x9, Buffer.from("are you there")),
        serverFrame(0x0, Buffer.from("lo"), true),
        serverFrame(0x1, Buffer.alloc(200, 0x61)),
        serverFrame(0x1, Buffer.from([0xff, 0xfe])),
        serverFrame(0x1, Buffer.from("next")),
        serverFrame(0x8, Buffer.from([0x03, 0xe8])),
      ]);
      for (let at = 0; at < bytes.length; at += 7) socket.write(bytes.subarray(at, at + 7));
    });
    const { messages, unreadable, ended, events } = recorder();
    await openWebSocket({ url }, {}, { timeoutMs: 5_000, maxMessageBytes: 100 }, events);
    assert.deepEqual(await ended, [1000, ""]);
    assert.deepEqual(messages, ["hello", "next"]);
    assert.deepEqual(unreadable, [["too-long", 200], ["invalid-utf8", 2]]);
    await echoed;
    const frames = clientFrames(Buffer.concat(received));
    assert.deepEqual(frames.map((frame) => [frame.opcode, frame.payload.toString("hex")]), [[0xa, Buffer.from("are you there").toString("hex")], [0x8, "03e8"]]);
  });

  test("a long message is sent in masked fragments; close() runs the closing handshake", async () => {
    const received: Buffer[] = [];
    let serverSocket: Socket | undefined;
    const url = await fakeServer((socket) => {
      serverSocket = socket;
      socket.on("data", (chunk: Buffer) => {
        received.push(chunk);
        const frames = clientFrames(Buffer.concat(received));
        if (frames.at(-1)?.opcode === 0x8) socket.end(serverFrame(0x8, Buffer.from([0x03, 0xe8])));
      });
    });
    const { ended, events } = recorder();
    const socket = await openWebSocket({ url }, { Authorization: "Bearer t" }, { timeoutMs: 5_000, maxMessageBytes: 1 << 20 }, events);
    const long = "x".repeat((1 << 20) * 2 + 5);
    socket.send(long);
    socket.send("short");
    socket.close(5_000);
    assert.deepEqual(await ended, [1000, ""]);
    const frames = clientFrames(Buffer.concat(received));
    assert.deepEqual(frames.map((frame) => [frame.opcode, frame.fin, frame.payload.length]), [[0x1, false, 1 << 20], [0x0, false, 1 << 20], [0x0, true, 5], [0x1, true, 5], [0x8, true, 2]]);
    assert.equal(Buffer.concat(frames.slice(0, 3).map((frame) => frame.payload)).toString("utf8"), long);
    assert.ok(serverSocket);
  });

  test("64-bit lengths, a frame the server masked, a message too long only once its fragments add up, a partial header", async () => {
    const big = Buffer.alloc(70_000, 0x62);
    const mask = Buffer.from([1, 2, 3, 4]);
    const masked = Buffer.from("masked").map((byte, index) => byte ^ (mask[index & 3] as number));
    const url = await fakeServer((socket) => {
      const maskedFrame = Buffer.concat([Buffer.from([0x81, 0x80 | 6]), mask, masked]);
      const bytes = Buffer.concat([
        serverFrame(0x1, big),
        maskedFrame,
        serverFrame(0x1, Buffer.alloc(60_000, 0x63), false),
        serverFrame(0x0, Buffer.alloc(60_000, 0x63), true),
        serverFrame(0xa, Buffer.from("an unasked pong")),
        serverFrame(0x1, Buffer.alloc(150_000, 0x64)),
        serverFrame(0x1, Buffer.from("last")),
        serverFrame(0x8, Buffer.alloc(0)),
      ]);
      // The first write ends inside the first frame's 64-bit length; the rest comes in pieces smaller than a frame.
      socket.write(bytes.subarray(0, 5));
      for (let at = 5; at < bytes.length; at += 32_768) socket.write(bytes.subarray(at, at + 32_768));
    });
    const { messages, unreadable, ended, events } = recorder();
    await openWebSocket({ url }, {}, { timeoutMs: 5_000, maxMessageBytes: 100_000 }, events);
    assert.deepEqual(await ended, [undefined, ""]);
    assert.deepEqual(messages.map((message) => message.length), [70_000, 6, 4]);
    assert.equal(messages[1], "masked");
    assert.deepEqual(unreadable, [["too-long", 120_000], ["too-long", 150_000]]);
  });

  test("a connection that ends without a close frame, and a socket error, end it once", async () => {
    const url = await fakeServer((socket) => socket.destroy());
    const { ended, events } = recorder();
    const socket = await openWebSocket({ url }, {}, { timeoutMs: 5_000, maxMessageBytes: 100 }, events);
    assert.deepEqual(await ended, [undefined, ""]);
    socket.send("after the end: dropped");
    socket.close(10);
  });

  test("a refused handshake says the status; a wrong accept key is refused; nobody listening fails", async () => {
    const refused = await fakeServer(() => undefined, { status: 401 });
    await assert.rejects(openWebSocket({ url: refused }, {}, { timeoutMs: 5_000, maxMessageBytes: 100 }, recorder().events), (error: unknown) => error instanceof HandshakeError && error.status === 401);
    const liar = await fakeServer((socket) => socket.end(), { badAccept: true });
    await assert.rejects(openWebSocket({ url: liar }, {}, { timeoutMs: 5_000, maxMessageBytes: 100 }, recorder().events), /Sec-WebSocket-Accept/);
    await assert.rejects(openWebSocket({ socketPath: "/nonexistent/socket" }, {}, { timeoutMs: 5_000, maxMessageBytes: 100 }, recorder().events), HandshakeError);
  });
});
