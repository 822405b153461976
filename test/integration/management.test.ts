import "../helpers/leaks.js";
import assert from "node:assert/strict";
import diagnostics_channel from "node:diagnostics_channel";
import { inspect } from "node:util";
import { afterEach, describe, test } from "node:test";
import {
  Codex,
  CodexAbortError,
  CodexError,
  CodexRpcError,
  CodexUnsupportedError,
  TURN_END_CHANNEL,
  type ThreadEvent,
} from "../../src/index.js";
import { message, shell } from "../../src/testing/index.js";
import { fakeCodex, simpleTurn } from "../helpers/fake-codex.js";
import { fakeAppServer, readRecordLines, recordFile } from "../helpers/fake-app-server.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";
import { lastUserText, withModel, workspace } from "../helpers/scripted.js";

afterEach(() => assertNoProcessesLeft());

/** Answers every request with a message naming the prompt, so any number of turns can run. */
const ECHO = (request: Record<string, unknown>) => [message(`echo: ${lastUserText(request)}`)];

describe("threads from code (real binary)", () => {
  test("listThreads pages through every thread, exec's included by default; threads() reads every page", async () => {
    await withModel(ECHO, async (model) => {
      await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
      const ids: string[] = [];
      for (const prompt of ["a", "b", "c"]) {
        const thread = codex.startThread({ skipGitRepoCheck: true });
        await thread.run(prompt);
        ids.push(thread.id ?? "");
      }
      const execThread = new Codex(model.codexOptions()).startThread({ skipGitRepoCheck: true });
      await execThread.run("made by exec");
      ids.push(execThread.id ?? "");

      const pages: string[][] = [];
      let cursor: string | undefined;
      for (;;) {
        const page = await codex.listThreads({ limit: 3, ...(cursor ? { cursor } : {}) });
        pages.push(page.data.map((thread) => thread.id));
        if (page.nextCursor === null) break;
        cursor = page.nextCursor;
      }
      assert.deepEqual(pages.map((page) => page.length), [3, 1]);
      assert.deepEqual(pages.flat().sort(), [...ids].sort(), "each thread once, exec's included");
      const listed: string[] = [];
      for await (const thread of codex.threads({ limit: 2 })) listed.push(thread.id);
      assert.deepEqual(listed.sort(), [...ids].sort());
      const appServerOnly = await codex.listThreads({ sourceKinds: ["vscode"] });
      assert.ok(!appServerOnly.data.some((thread) => thread.id === execThread.id), "exec threads have source exec");
      assert.equal((await codex.listThreads({ sourceKinds: "all" })).data.length, 4);
    });
  });

  test("archive and unarchive: the thread leaves and rejoins the list, and runs again (resumed)", async () => {
    await withModel(ECHO, async (model) => {
      await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
      const thread = codex.startThread({ skipGitRepoCheck: true });
      await thread.run("keep me");
      const id = thread.id ?? "";
      await codex.archiveThread(id);
      assert.deepEqual((await codex.listThreads()).data.map((t) => t.id), []);
      assert.deepEqual((await codex.listThreads({ archived: true })).data.map((t) => t.id), [id]);
      const back = await codex.unarchiveThread(id);
      assert.equal(back.id, id);
      assert.deepEqual((await codex.listThreads()).data.map((t) => t.id), [id]);
      assert.equal((await thread.run("again")).finalResponse, "echo: again");
    });
  });

  test("setName and readThread: the name, and the turns with their input and items", async () => {
    await withModel([[shell("echo listed")], [message("first answer")], [message("second answer")]], async (model) => {
      await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
      const thread = codex.startThread({ skipGitRepoCheck: true, sandboxMode: "danger-full-access" });
      await thread.run("first prompt");
      await thread.run("second prompt");
      await thread.setName("My thread");
      const { thread: info, turns } = await codex.readThread(thread.id ?? "", { turns: true });
      assert.equal(info.name, "My thread");
      assert.equal((await codex.listThreads()).data[0]?.name, "My thread");
      assert.deepEqual(turns?.map((turn) => [turn.status, turn.input]), [["completed", "first prompt"], ["completed", "second prompt"]]);
      assert.deepEqual(turns?.[0]?.items.map((item) => item.type), ["command_execution", "agent_message"]);
      const last = turns?.[1]?.items.at(-1);
      assert.ok(last?.type === "agent_message");
      assert.equal(last.text, "second answer");
      assert.equal((await codex.readThread(thread.id ?? "")).turns, undefined, "turns only when asked for");
    });
  });

  test("rollback drops the last turn from readThread and from what the model is sent next", async () => {
    await withModel(ECHO, async (model) => {
      await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
      const thread = codex.startThread({ skipGitRepoCheck: true });
      await thread.run("keep this");
      await thread.run("forget this");
      await thread.rollback();
      const { turns } = await codex.readThread(thread.id ?? "", { turns: true });
      assert.deepEqual(turns?.map((turn) => turn.input), ["keep this"]);
      await thread.run("what do you remember?");
      const sent = JSON.stringify(model.requests.at(-1)?.input);
      assert.match(sent, /keep this/);
      assert.doesNotMatch(sent, /forget this/);
      await assert.rejects(thread.rollback(5), /the thread has only 2 turn/);
    });
  });

  test("compact: the model is asked for a summary, and the call resolves when the compaction is done", async () => {
    await withModel(ECHO, async (model) => {
      await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
      const thread = codex.startThread({ skipGitRepoCheck: true });
      await thread.run("something long");
      const before = model.requests.length;
      await thread.compact();
      assert.equal(model.requests.length, before + 1, "one compaction request");
      assert.equal((await thread.run("after")).finalResponse, "echo: after");
    });
  });

  test("forkThread over app-server: a new thread with the original's history and model", async () => {
    await withModel(ECHO, async (model) => {
      await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
      const original = codex.startThread({ skipGitRepoCheck: true, model: "gpt-5.5" });
      await original.run("remember kiwi");
      const fork = codex.forkThread(original.id ?? "");
      await fork.run("what fruit?");
      assert.ok(fork.id && fork.id !== original.id);
      const sent = model.requests.at(-1) ?? {};
      assert.match(JSON.stringify(sent.input), /remember kiwi/);
      assert.equal(sent.model, "gpt-5.5");
      assert.equal((await codex.readThread(fork.id)).thread.forkedFromId, original.id);
    });
  });

  test("review over app-server sends the instructions and returns the review", async () => {
    await withModel([[message("No findings.")]], async (model) => {
      await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
      const turn = await codex.review({ instructions: "Focus on typos only" }, { workingDirectory: workspace() });
      assert.equal(turn.finalResponse, "No findings.");
      assert.match(JSON.stringify(model.requests[0]?.input), /Focus on typos only/);
    });
  });
});

describe("goals (real binary)", () => {
  test("set, get, clear; a paused goal runs nothing", async () => {
    await withModel(ECHO, async (model) => {
      await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
      const thread = codex.startThread({ skipGitRepoCheck: true });
      const goal = await thread.setGoal({ objective: "Ship the release", status: "paused", tokenBudget: 10_000 });
      assert.deepEqual([goal.objective, goal.status, goal.tokenBudget], ["Ship the release", "paused", 10_000]);
      assert.equal((await thread.getGoal())?.objective, "Ship the release");
      assert.equal(model.requests.length, 0, "a paused goal asks the model nothing");
      await thread.clearGoal();
      assert.equal(await thread.getGoal(), null);
    });
  });

  test("an active goal: the app-server runs turns by itself, watch() shows them, run() is refused until it is cleared", async () => {
    await withModel(ECHO, async (model) => {
      await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
      const thread = codex.startThread({ skipGitRepoCheck: true });
      await thread.run("set up");
      const controller = new AbortController();
      const seen: ThreadEvent[] = [];
      const watching = (async () => {
        for await (const event of thread.watch({ signal: controller.signal })) {
          seen.push(event);
          if (event.type === "turn.completed") controller.abort();
        }
      })();
      await thread.setGoal({ objective: "Keep going", status: "active" });
      await watching;
      // The watcher aborted at the first turn's end: that turn's events are the last it got (goal changes aside).
      const turnEvents = seen.map((event) => event.type).filter((type) => !type.startsWith("goal."));
      assert.deepEqual(turnEvents.slice(-3), ["turn.started", "item.completed", "turn.completed"]);
      assert.equal(turnEvents.filter((type) => type === "turn.completed").length, 1, "nothing after the abort");
      assert.ok(seen.some((event) => event.type === "goal.updated"), "the goal's change is shown");
      await assert.rejects(thread.run("mine"), (error: unknown) => error instanceof CodexError && error.code === "CODEX_GOAL_ACTIVE");
      await thread.clearGoal();
      assert.equal((await thread.run("mine now")).finalResponse, "echo: mine now");
    });
  });
});

describe("models, account, MCP servers and config (real binary, offline)", () => {
  test("listModels, account, mcpServers, readConfig, rateLimits", async () => {
    await withModel([], async (model) => {
      await using codex = new Codex(model.codexOptions({ transport: "app-server", config: { mcp_servers: { dummy: { command: "/bin/false" } } } }));
      const models = await codex.listModels();
      assert.ok(models.some((entry) => entry.id === "gpt-5.5"), models.map((entry) => entry.id).join(", "));
      const account = await codex.account();
      assert.equal(account.account ?? null, null, "a custom provider needs no OpenAI account");
      const servers = await codex.mcpServers();
      assert.deepEqual(servers.map((server) => server.name), ["dummy"]);
      const config = await codex.readConfig();
      assert.equal(config.config.model_provider, "scripted");
      await assert.rejects(codex.rateLimits(), (error: unknown) => error instanceof CodexRpcError && /authentication required/.test(error.message));
    });
  });

  test("login with an API key and logout; the key never appears in errors, telemetry or util.inspect", async () => {
    const apiKey = "sk-login-secret-0123456789";
    const texts: string[] = [];
    const listener = (message: unknown): void => void texts.push(JSON.stringify(message));
    diagnostics_channel.subscribe(TURN_END_CHANNEL, listener);
    try {
      await withModel([[message("ok")]], async (model) => {
        await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
        await codex.login({ apiKey });
        await codex.startThread({ skipGitRepoCheck: true }).run("x");
        await codex.logout();
        texts.push(inspect(codex, { showHidden: true, depth: 8 }));
      });
      // A login the app-server refuses, with the key in its message: redacted.
      await using refusing = fakeAppServer({ rawReply: { "account/login/start": `{"id":$ID,"error":{"code":-32600,"message":"bad key ${apiKey}"}}` } });
      const error = await refusing.login({ apiKey }).then(() => undefined, (e: unknown) => e);
      assert.ok(error instanceof CodexRpcError);
      texts.push(error.message, inspect(error));
      assert.match(error.message, /bad key \[REDACTED\]/);
    } finally {
      diagnostics_channel.unsubscribe(TURN_END_CHANNEL, listener);
    }
    for (const text of texts) assert.ok(!text.includes(apiKey), `the key leaked: ${text.slice(0, 200)}`);
  });

  test("device-code login: offline, the request for a code fails with a clear error", async () => {
    await withModel([], async (model) => {
      await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
      let shown = false;
      await assert.rejects(
        codex.login({ deviceCode: { onCode: () => void (shown = true) } }),
        (error: unknown) => error instanceof CodexRpcError && error.method === "account/login/start" && /device code/.test(error.message),
      );
      assert.equal(shown, false);
    });
  });
});

describe("device-code login (fake app-server: the auth servers are not reachable here)", () => {
  const started = { type: "chatgptDeviceCode", loginId: "login-1", userCode: "ABCD-1234", verificationUrl: "https://auth.example/device" };

  test("shows the code, and resolves when the login completes", async () => {
    await using codex = fakeAppServer({ reply: { "account/login/start": started }, after: { "account/login/start": [{ notify: "account/login/completed", params: { loginId: "login-1", success: true } }] } });
    const codes: unknown[] = [];
    await codex.login({ deviceCode: { onCode: (code) => void codes.push(code) } });
    assert.deepEqual(codes, [{ verificationUrl: "https://auth.example/device", userCode: "ABCD-1234" }]);
  });

  test("a failed login rejects with its reason; an aborted one is cancelled on the app-server", async () => {
    {
      await using codex = fakeAppServer({ reply: { "account/login/start": started }, after: { "account/login/start": [{ notify: "account/login/completed", params: { loginId: "login-1", success: false, error: "expired" } }] } });
      await assert.rejects(codex.login({ deviceCode: { onCode: () => undefined } }), /The login failed: expired/);
    }
    const record = recordFile();
    await using codex = fakeAppServer({ record, reply: { "account/login/start": started, "account/login/cancel": {} } });
    const controller = new AbortController();
    await assert.rejects(codex.login({ deviceCode: { onCode: () => controller.abort() }, signal: controller.signal }), CodexAbortError);
    await codex.close();
    assert.deepEqual(readRecordLines(record).filter((line) => line.method === "account/login/cancel").map((line) => line.params), [{ loginId: "login-1" }]);
  });
});

describe("on exec, what needs the app-server says so", () => {
  test("management methods reject with CodexUnsupportedError", async () => {
    const codex = fakeCodex({ steps: [simpleTurn()] });
    const thread = codex.startThread();
    const calls: Promise<unknown>[] = [
      codex.listThreads(),
      codex.readThread("x"),
      codex.archiveThread("x"),
      codex.unarchiveThread("x"),
      codex.listModels(),
      codex.account(),
      codex.login({ apiKey: "sk-whatever-123" }),
      codex.logout(),
      codex.rateLimits(),
      codex.mcpServers(),
      codex.readConfig(),
      thread.setName("x"),
      thread.rollback(),
      thread.compact(),
      thread.setGoal({ objective: "x", status: "paused" }),
      thread.getGoal(),
      thread.clearGoal(),
      thread.watch().next(),
    ];
    for (const call of calls) await assert.rejects(call, (error: unknown) => error instanceof CodexUnsupportedError && error.requiredTransport === "app-server");
  });
});
