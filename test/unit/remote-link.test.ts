import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach, describe, test } from "node:test";
import { CodexConnectionError } from "../../src/errors.js";
import type { LinkEvents } from "../../src/app-server/message-link.js";
import { RemoteLink } from "../../src/app-server/remote-link.js";

let server: http.Server | undefined;
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  if (server) await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** A server that answers each upgrade when `answer` is called: 101, or the status given. */
async function slowServer(): Promise<{ url: string; upgrades: Promise<(status?: number) => void> }> {
  let handOut: (answer: (status?: number) => void) => void = () => undefined;
  const upgrades = new Promise<(status?: number) => void>((resolve) => (handOut = resolve));
  server = http.createServer();
  server.on("upgrade", (request, socket: Socket) => {
    sockets.push(socket);
    handOut((status) => {
      if (status !== undefined) {
        socket.end(`HTTP/1.1 ${status} Forbidden\r\ncontent-length: 0\r\n\r\n`);
        return;
      }
      const accept = createHash("sha1").update(`${String(request.headers["sec-websocket-key"])}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest("base64");
      socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  return { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`, upgrades };
}

function linkTo(url: string, token?: string): { link: RemoteLink; done: Promise<Error> } {
  let finished: (error: Error) => void = () => undefined;
  const done = new Promise<Error>((resolve) => (finished = resolve));
  const events: LinkEvents = { onMessage: () => undefined, onUnreadable: () => undefined, onDone: (error) => finished(error) };
  return { link: new RemoteLink({ url, token, connectTimeoutMs: 5_000, maxMessageBytes: 1 << 20, closeGraceMs: 100, redact: (text) => text }, events), done };
}

describe("RemoteLink", () => {
  test("closed while the handshake is under way: done at once, and the socket that opens later is dropped", async () => {
    const { url, upgrades } = await slowServer();
    const { link, done } = linkTo(url);
    link.start();
    link.send("queued before the socket opened");
    const answer = await upgrades;
    await link.close();
    const error = await done;
    assert.ok(error instanceof CodexConnectionError && /was closed/.test(error.message));
    answer();
  });

  test("killed once open: the socket is destroyed and the link is done (dropped)", async () => {
    const { url, upgrades } = await slowServer();
    let opened: () => void = () => undefined;
    const open = new Promise<void>((resolve) => (opened = resolve));
    let finished: (error: Error) => void = () => undefined;
    const done = new Promise<Error>((resolve) => (finished = resolve));
    const link = new RemoteLink({ url, token: undefined, connectTimeoutMs: 5_000, maxMessageBytes: 1 << 20, closeGraceMs: 100, redact: (text) => text }, { onMessage: () => undefined, onUnreadable: () => undefined, onDone: (error) => finished(error) });
    link.start();
    link.keepAlive(true);
    (await upgrades)();
    // The queued message is sent once the socket is open: the server reading it tells that it is.
    sockets[0]?.once("data", () => opened());
    link.send("{}");
    await open;
    link.kill();
    const error = await done;
    assert.ok(error instanceof CodexConnectionError && error.reason === "dropped");
  });

  test("a close reason the server sends is redacted in the connection error", async () => {
    const { url, upgrades } = await slowServer();
    let finished: (error: Error) => void = () => undefined;
    const done = new Promise<Error>((resolve) => (finished = resolve));
    const redact = (text: string): string => text.replaceAll("s3cret-token-value", "[REDACTED]");
    const link = new RemoteLink({ url, token: "s3cret-token-value", connectTimeoutMs: 5_000, maxMessageBytes: 1 << 20, closeGraceMs: 100, redact }, { onMessage: () => undefined, onUnreadable: () => undefined, onDone: (error) => finished(error) });
    link.start();
    (await upgrades)();
    // A close frame (code 4000) whose reason echoes the token.
    const reason = Buffer.from("bye s3cret-token-value");
    sockets[0]?.write(Buffer.concat([Buffer.from([0x88, 2 + reason.length, 0x0f, 0xa0]), reason]));
    const error = await done;
    assert.ok(error instanceof CodexConnectionError && error.reason === "dropped");
    assert.match(error.message, /closed with code 4000 \(bye \[REDACTED\]\)/);
  });

  test("killed before the socket opened; a 403 is an authentication failure naming no token", async () => {
    const first = await slowServer();
    const killed = linkTo(first.url);
    killed.link.start();
    await first.upgrades;
    killed.link.kill();
    assert.ok((await killed.done) instanceof CodexConnectionError);
    for (const socket of sockets.splice(0)) socket.destroy();
    await new Promise((resolve) => server?.close(resolve));
    server = undefined;

    const second = await slowServer();
    const refused = linkTo(second.url, "s3cret-token-value");
    refused.link.start();
    (await second.upgrades)(403);
    const error = await refused.done;
    assert.ok(error instanceof CodexConnectionError && error.reason === "auth" && /the token is wrong/.test(error.message) && !error.message.includes("s3cret"));
  });
});
