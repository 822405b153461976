import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { inspect } from "node:util";
import { afterEach, describe, test } from "node:test";
import { Codex, CodexAbortError, CodexConnectionError, type ThreadEvent } from "../../src/index.js";
import { delay, message, shell, type ScriptedModel } from "../../src/testing/index.js";
import { assertNoProcessesLeft, isRunning } from "../helpers/leaks.js";
import { freePort } from "../helpers/redis.js";
import { startRemoteAppServer, type RemoteAppServerProcess } from "../helpers/remote-app-server.js";
import { lastUserText, withModel, workspace } from "../helpers/scripted.js";

afterEach(() => assertNoProcessesLeft());

/** Runs `fn` with a real app-server listening on loopback (or a Unix socket), killed afterwards whatever happens. */
async function withRemote<T>(model: ScriptedModel, fn: (server: RemoteAppServerProcess) => Promise<T>, options: { unix?: boolean } = {}): Promise<T> {
  const server = await startRemoteAppServer(model, options);
  try {
    return await fn(server);
  } finally {
    await server.kill();
  }
}

describe("a remote app-server (the real binary, --listen ws:// with a capability token)", () => {
  test("turns, deltas, an approval, interrupt and management over the socket; close() leaves the server running", async () => {
    const dir = workspace();
    const script = [message("hello there", { chunks: ["hello ", "there"] }), shell("touch approved.txt"), message("made it"), delay(30_000, message("never"))];
    await withModel(script, async (model) => {
      await withRemote(model, async (server) => {
        const approvals: string[] = [];
        const codex = new Codex({
          transport: "app-server",
          remote: { url: server.url, token: server.token },
          onApproval: (request) => (approvals.push(request.kind), request.kind === "command" ? request.decide("accept") : undefined),
        });
        const thread = codex.startThread({ skipGitRepoCheck: true, workingDirectory: dir, approvalPolicy: "untrusted", sandboxMode: "workspace-write" });
        const events: ThreadEvent[] = [];
        for await (const event of (await thread.runStreamed("say hello")).events) events.push(event);
        assert.deepEqual(
          events.filter((event) => event.type === "item.delta").map((event) => event.type === "item.delta" && event.delta),
          ["hello ", "there"],
        );
        const made = await thread.run("make a file");
        assert.equal(made.finalResponse, "made it");
        assert.deepEqual(approvals, ["command"]);
        assert.equal(existsSync(path.join(dir, "approved.txt")), true);

        const slow = thread.run("take your time");
        // Steered once the app-server has started the turn, then interrupted.
        await thread.steer("and one more thing");
        await thread.interrupt();
        await assert.rejects(slow, CodexAbortError);

        const listed = await codex.listThreads();
        assert.ok(listed.data.some((info) => info.id === thread.id));
        assert.doesNotMatch(inspect(codex), new RegExp(server.token));
        await codex.close();
        assert.equal(isRunning(server.pid), true, "the server is someone else's: close() only closes the connection");
      });
    });
  });

  test("a wrong or missing token fails at once with a clear authentication error that never shows the token", async () => {
    await withModel([], async (model) => {
      await withRemote(model, async (server) => {
        for (const token of ["not-the-token-at-all", undefined]) {
          const codex = new Codex({ transport: "app-server", remote: { url: server.url, ...(token === undefined ? {} : { token }) } });
          const started = Date.now();
          const error = await codex.startThread({ skipGitRepoCheck: true }).run("x").catch((caught: unknown) => caught);
          assert.ok(error instanceof CodexConnectionError, String(error));
          assert.equal(error.reason, "auth");
          assert.match(error.message, token === undefined ? /refused the connection: HTTP 401.*no token was given/ : /refused the connection: HTTP 401.*the token is wrong/);
          assert.ok(!error.message.includes("not-the-token-at-all") && !error.message.includes(server.token));
          assert.ok(Date.now() - started < 5_000);
          await codex.close();
        }
      });
    });
  });

  test("the server killed mid-turn: the turn fails with a connection error; restarted, the next call reconnects and the thread goes on", async () => {
    let secondAsked: () => void = () => undefined;
    const asked = new Promise<void>((resolve) => (secondAsked = resolve));
    const script = [message("first answer"), delay(30_000, message("never")), message("third answer")];
    const responder = (_request: unknown, index: number) => {
      if (index === 1) secondAsked();
      return script[index];
    };
    await withModel(responder, async (model) => {
      await withRemote(model, async (server) => {
        const codex = new Codex({ transport: "app-server", remote: { url: server.url, token: server.token } });
        try {
          const thread = codex.startThread({ skipGitRepoCheck: true });
          await thread.run("first");
          // codex writes a thread's rollout as its turns end: the thread exists on disk from now on.
          const { events } = await thread.runStreamed("second");
          const iterator = events[Symbol.asyncIterator]();
          assert.equal((await iterator.next()).value?.type, "thread.started");
          // Killed while the model works on the second turn.
          await asked;
          await server.kill();
          const failure = await (async () => {
            for (;;) if ((await iterator.next()).done) return undefined;
          })().catch((caught: unknown) => caught);
          assert.ok(failure instanceof CodexConnectionError && failure.reason === "dropped", String(failure));
          await server.restart();
          const next = await thread.run("third");
          assert.equal(next.finalResponse, "third answer");
          assert.equal(lastUserText(model.requests[2] as Record<string, unknown>), "third");
          assert.ok(JSON.stringify(model.requests[2]).includes("first answer"), "the thread resumed with its history");
        } finally {
          await codex.close();
        }
      });
    });
  });

  test("unix:// sockets; an address nobody listens on fails with `unreachable`", async () => {
    await withModel([message("over the socket")], async (model) => {
      await withRemote(
        model,
        async (server) => {
          await using codex = new Codex({ transport: "app-server", remote: { url: server.url } });
          assert.equal((await codex.startThread({ skipGitRepoCheck: true }).run("hi")).finalResponse, "over the socket");
        },
        { unix: true },
      );
    });
    const nobody = new Codex({ transport: "app-server", remote: { url: `ws://127.0.0.1:${await freePort()}`, connectTimeoutMs: 2_000 }, maxRestarts: 1 });
    await assert.rejects(nobody.startThread().run("x"), (error: unknown) => error instanceof CodexConnectionError && error.reason === "unreachable");
    // One reconnect is allowed in the window; the next call fails at once, saying why.
    await assert.rejects(nobody.listModels(), (error: unknown) => error instanceof CodexConnectionError && error.reason === "unreachable");
    await assert.rejects(nobody.listModels(), /not connecting again until the window passes\. The last failure: Could not connect/);
    await nobody.close();
  });

  test("remote options are checked up front", () => {
    assert.throws(() => new Codex({ remote: { url: "ws://127.0.0.1:1" } }), /remote needs transport: "app-server"/);
    assert.throws(() => new Codex({ transport: "app-server", remote: { url: "http://127.0.0.1:1" } }), /ws:\/\/host:port or unix:\/\/\/path URL \(got a http: URL\)/);
    assert.throws(() => new Codex({ transport: "app-server", remote: { url: "ws://me:secret@127.0.0.1:1" } }), /must not carry credentials/);
    assert.throws(() => new Codex({ transport: "app-server", remote: { url: "ws://127.0.0.1:1" }, env: {} }), /starts no process, so env cannot apply/);
    assert.throws(() => new Codex({ transport: "app-server", remote: { url: "ws://127.0.0.1:1", token: "" } }), /token must be a non-empty string/);
    assert.throws(() => new Codex({ transport: "app-server", remote: { url: "ws://127.0.0.1:1", tokn: "x" } as never }), /remote\.tokn is not an option/);
  });
});
