import "../helpers/leaks.js";
import assert from "node:assert/strict";
import diagnostics_channel from "node:diagnostics_channel";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, test } from "node:test";
import { CodexExitError, CodexRpcError, CodexTimeoutError } from "../../src/index.js";
import { APP_SERVER_DROPPED_CHANNEL } from "../../src/app-server/telemetry.js";
import { Connection, type ConnectionHandlers } from "../../src/app-server/connection.js";
import { Redactor } from "../../src/redact.js";
import { FAKE_APP_SERVER, readRecordLines, recordFile, type FakeAppServerScenario } from "../helpers/fake-app-server.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";

/** The JSON-RPC connection on its own, against the fake app-server: what a request does in every state it can be in. */

afterEach(() => assertNoProcessesLeft());

interface Heard {
  notifications: [string, Record<string, unknown>][];
  exits: Error[];
}

function connect(scenario: FakeAppServerScenario, overrides: { maxInFlight?: number; requestTimeoutMs?: number; handlers?: Partial<ConnectionHandlers> } = {}): { connection: Connection; heard: Heard } {
  const heard: Heard = { notifications: [], exits: [] };
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  const state = path.join(mkdtempSync(path.join(os.tmpdir(), "codex-sdk-conn-")), "state.json");
  const connection = new Connection({
    executablePath: FAKE_APP_SERVER,
    args: [],
    env: { ...env, FAKE_APP_SERVER: JSON.stringify({ state, ...scenario }) },
    killGraceMs: 2000,
    stderrTailBytes: 65536,
    maxLineBytes: 1 << 20,
    requestTimeoutMs: overrides.requestTimeoutMs ?? 60_000,
    maxInFlight: overrides.maxInFlight ?? 64,
    overloadRetries: 2,
    overloadInitialDelayMs: 1,
    overloadMaxDelayMs: 2,
    redactor: new Redactor([]),
    handlers: {
      onNotification: (method, params) => void heard.notifications.push([method, params]),
      onServerRequest: async () => ({ result: {} }),
      onBadMessage: () => undefined,
      onExit: (error) => void heard.exits.push(error),
      ...overrides.handlers,
    },
  });
  connection.start();
  return { connection, heard };
}

const INIT = { clientInfo: { name: "t", title: null, version: "0" }, capabilities: { experimentalApi: false } };

describe("Connection requests", () => {
  test("a request after the app-server is gone fails at once with its exit", async () => {
    const { connection, heard } = connect({});
    await connection.request("initialize", INIT);
    await connection.close();
    assert.ok(heard.exits[0] instanceof CodexExitError);
    await assert.rejects(connection.request("account/read", {}), (error: unknown) => error === heard.exits[0]);
  });

  test("beyond maxInFlight requests wait for a slot; one that times out while waiting is never sent", async () => {
    const record = recordFile();
    const { connection } = connect({ record, silent: ["account/read"] }, { maxInFlight: 1 });
    await connection.request("initialize", INIT);
    const outcome = (request: Promise<unknown>): Promise<unknown> => request.then(() => undefined, (error: unknown) => error);
    const first = outcome(connection.request("account/read", {}, { timeoutMs: 0 }));
    const second = connection.request("config/read", {}, { timeoutMs: 50 });
    await assert.rejects(second, (error: unknown) => error instanceof CodexTimeoutError && error.kind === "request" && /config\/read/.test(error.message));
    const waitingAtExit = outcome(connection.request("model/list", {}, { timeoutMs: 0 }));
    await connection.close();
    // The unanswered one (no timeout) and the one still waiting for its slot get the exit.
    assert.ok((await first) instanceof CodexExitError);
    assert.ok((await waitingAtExit) instanceof CodexExitError);
    const sent = readRecordLines(record).map((message) => message.method);
    assert.deepEqual(sent, ["initialize", "account/read"], "neither waiting request was sent");
  });

  test("an error reply without a message, and a result hook that throws, both reject the request", async () => {
    const { connection } = connect({ rawReply: { "account/read": '{"id":$ID,"error":{"code":-32602}}' } });
    await connection.request("initialize", INIT);
    await assert.rejects(connection.request("account/read", {}), (error: unknown) => error instanceof CodexRpcError && error.rpcCode === -32602 && /account\/read: {2}\(code -32602\)/.test(error.message));
    const bug = new Error("hook bug");
    await assert.rejects(
      connection.request("thread/read", { threadId: "t" }, {
        onResult: () => {
          throw bug;
        },
      }),
      (error: unknown) => error === bug,
    );
    await connection.close();
  });

  test("notifications: params sent and received as given, null params as {}, a handler's bug dropped and published", async () => {
    const record = recordFile();
    const dropped: unknown[] = [];
    const onDropped = (message: unknown): void => void dropped.push(message);
    diagnostics_channel.subscribe(APP_SERVER_DROPPED_CHANNEL, onDropped);
    try {
      let calls = 0;
      const { connection, heard } = connect(
        { record, afterInit: [{ raw: '{"method":"first/null","params":null}\n{"method":"second/boom","params":{}}\n{"id":"a-string-id","result":{}}\n{"method":"third/ok","params":{"a":1}}\n' }] },
        {
          handlers: {
            onNotification: (method, params) => {
              calls += 1;
              if (method === "second/boom") throw new Error("handler bug");
              heard.notifications.push([method, params]);
            },
          },
        },
      );
      await connection.request("initialize", INIT);
      connection.notify("initialized", { with: "params" });
      // The fake plays afterInit before it reads the next request: all of it is read by the time this is answered.
      await connection.request("thread/read", { threadId: "t" });
      assert.deepEqual(heard.notifications, [["first/null", {}], ["third/ok", { a: 1 }]], "the messages after the one whose handler failed are still read");
      assert.equal(calls, 3);
      assert.ok(dropped.some((message) => /internal error: Error: handler bug/.test(String((message as { reason: string }).reason))));
      assert.ok(dropped.some((message) => (message as { reason: string }).reason === "reply to an unknown request id"));
      assert.deepEqual(readRecordLines(record).find((message) => message.method === "initialized")?.params, { with: "params" });
      const release = connection.hold();
      release();
      release();
      await connection.close();
    } finally {
      diagnostics_channel.unsubscribe(APP_SERVER_DROPPED_CHANNEL, onDropped);
    }
  });
});
