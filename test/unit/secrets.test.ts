import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import diagnostics_channel from "node:diagnostics_channel";
import { fileURLToPath } from "node:url";
import { inspect } from "node:util";
import { afterEach, describe, test } from "node:test";
import {
  CodexConfigError,
  CodexExitError,
  CodexParseError,
  CodexRpcError,
  ITEM_END_CHANNEL,
  type ApprovalResolvedEvent,
  type ItemMessage,
  type ThreadEvent,
} from "../../src/index.js";
import { Redactor, REDACTED } from "../../src/redact.js";
import { COMPLETE, fakeAppServer, itemCompleted, agentMessage as appServerMessage, readRecordLines, recordFile } from "../helpers/fake-app-server.js";
import { agentMessage, collect, fakeCodex, lines, readRecord, recordPath, THREAD_STARTED, TURN_COMPLETED, TURN_STARTED } from "../helpers/fake-codex.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";

afterEach(() => assertNoProcessesLeft());

const KEY = "sk-test-0123456789abcdefghijklmn"; // 32 characters

/** True when no piece of `secret` of 8 characters or more appears in `text`. */
function hides(text: string, secret: string): boolean {
  for (let start = 0; start + 8 <= secret.length; start += 1) if (text.includes(secret.slice(start, start + 8))) return false;
  return true;
}

function assertHidden(value: unknown, secret: string, what: string): void {
  const shown = typeof value === "string" ? value : `${JSON.stringify(value)}\n${inspect(value, { depth: 10 })}`;
  assert.ok(hides(shown, secret), `${what} shows part of the secret:\n${shown.slice(0, 2000)}`);
}

describe("the Redactor", () => {
  test("redacts before it cuts: a secret that straddles the excerpt's end is replaced whole", () => {
    const redactor = new Redactor([KEY]);
    for (const before of [1000, 1010, 1020, 1023]) {
      const line = Buffer.from(`${"x".repeat(before)}${KEY}${"y".repeat(500)}`);
      const shown = redactor.excerpt(line, line.length, 1024);
      assert.ok(hides(shown, KEY), `key at byte ${before}: ${shown.slice(990)}`);
      assert.match(shown, /… \(\d+ bytes\)$/);
    }
  });

  test("a stderr tail that begins inside a secret hides its last characters too", () => {
    const redactor = new Redactor([KEY]);
    assert.equal(redactor.redactTail(`${KEY.slice(6)} rest`, true), `${REDACTED} rest`);
    assert.equal(redactor.redactTail(`${KEY.slice(6)} rest`, false), `${KEY.slice(6)} rest`, "an uncut text starts where it starts");
  });

  test("secrets come from the key, secret-named env values, URL credentials anywhere, and secret-named config", () => {
    const redactor = Redactor.fromOptions({
      apiKey: KEY,
      env: { GITHUB_TOKEN: "ghp_tokenvalue123", DATABASE_URL: "postgres://app:db-pass-4242@db.internal/app", PLAIN: "not-a-secret" },
      baseUrl: "https://proxy-user:proxy-pass-77@proxy.example/v1",
      config: { model_providers: { x: { http_headers: { Authorization: "Bearer hdr-secret-9", "X-Client": "cli-name" }, env_key: "MY_KEY_VAR" } } },
    });
    const text = `${KEY} ghp_tokenvalue123 db-pass-4242 proxy-pass-77 hdr-secret-9 not-a-secret cli-name MY_KEY_VAR`;
    assert.equal(redactor.redact(text), `${REDACTED} ${REDACTED} ${REDACTED} ${REDACTED} ${REDACTED} not-a-secret cli-name MY_KEY_VAR`);
    assert.equal(redactor.redact("Authorization: Bearer hdr-secret-9"), `Authorization: ${REDACTED}`);
    // A URL's password is hidden even when nobody told the SDK about it.
    assert.equal(new Redactor([]).redact("see https://bob:hunter2hunter2@example.com/x"), `see https://bob:${REDACTED}@example.com/x`);
  });

  test("redactDeep copies only what changed, and leaves values with nothing secret as they are", () => {
    const redactor = new Redactor([KEY]);
    const clean = { a: [1, "x", { b: "y" }], c: null };
    assert.equal(redactor.redactDeep(clean), clean);
    const dirty = { keep: { same: "z" }, list: ["ok", `key=${KEY}`] };
    const redacted = redactor.redactDeep(dirty);
    assert.deepEqual(redacted, { keep: { same: "z" }, list: ["ok", `key=${REDACTED}`] });
    assert.equal(redacted.keep, dirty.keep);
    assert.equal(dirty.list[1], `key=${KEY}`, "the input is not changed");
  });
});

describe("secrets never reach errors, events, items or telemetry (exec)", () => {
  test("item contents: the key, a secret-named env value, and a URL password in a non-secret-named value", async () => {
    const items: ItemMessage[] = [];
    const onItem = (message: unknown): void => void items.push(message as ItemMessage);
    diagnostics_channel.subscribe(ITEM_END_CHANNEL, onItem);
    try {
      const command = { id: "c", type: "command_execution", command: `echo ${KEY}`, aggregated_output: "postgres://app:db-pass-4242@db/app\nhttps://u:unknown-pw-1@x.example\n", exit_code: 0, status: "completed" };
      const { events, error } = await collect(
        [lines(THREAD_STARTED, TURN_STARTED, { type: "item.completed", item: command }, agentMessage(`the key is ${KEY}; token ghp_tokenvalue123`), { type: "error", message: `retrying with ${KEY}` }, TURN_COMPLETED)],
        { apiKey: KEY, env: { ...process.env, GITHUB_TOKEN: "ghp_tokenvalue123", DATABASE_URL: "postgres://app:db-pass-4242@db/app" } as Record<string, string> },
      );
      assert.equal(error, undefined);
      assertHidden(events, KEY, "events");
      assertHidden(events, "ghp_tokenvalue123", "events");
      assertHidden(events, "db-pass-4242", "events");
      assertHidden(events, "unknown-pw-1", "events");
      assertHidden(items, KEY, "item telemetry");
      const message = events.find((event): event is Extract<ThreadEvent, { type: "item.completed" }> => event.type === "item.completed" && event.item.type === "agent_message");
      assert.deepEqual(message?.item, { id: "item_1", type: "agent_message", text: `the key is ${REDACTED}; token ${REDACTED}` });
    } finally {
      diagnostics_channel.unsubscribe(ITEM_END_CHANNEL, onItem);
    }
  });

  test("a line that is not JSON, with the key across the excerpt's cut: CodexParseError shows none of it", async () => {
    for (const before of [1000, 1016]) {
      const { error } = await collect([{ stdout: `${"x".repeat(before)}${KEY}${"y".repeat(200)}\n` }, { hang: true }], { apiKey: KEY });
      assert.ok(error instanceof CodexParseError, String(error));
      assertHidden(error.message, KEY, "message");
      assertHidden(error.line, KEY, "line");
      assertHidden(inspect(error), KEY, "inspect");
    }
  });

  test("a stderr tail that starts inside the key: CodexExitError shows none of it", async () => {
    // 64 KiB are kept: the key starts 10 bytes before the tail does.
    const tail = 64 * 1024;
    const { error } = await collect([{ stderr: `${KEY}${"e".repeat(tail - KEY.length + 10)}` }, { exit: 1 }], { apiKey: KEY });
    assert.ok(error instanceof CodexExitError);
    assertHidden(error.stderr, KEY, "stderr");
    assertHidden(error.message, KEY, "message");
    assert.ok(error.stderr.startsWith(REDACTED));
    assert.equal(error.stderr.length, REDACTED.length + tail - 22, "the whole 64 KiB tail is kept");
  });

  test("config secrets leave the command line: headers and bearer tokens travel in the environment, blanked for the agent's commands", async () => {
    const record = recordPath();
    await using codex = fakeCodex(
      { record, steps: [lines(THREAD_STARTED, TURN_STARTED, TURN_COMPLETED)] },
      {
        apiKey: KEY,
        config: {
          model_providers: { corp: { name: "Corp", base_url: "http://corp/v1", http_headers: { Authorization: "Bearer hdr-secret-9" }, experimental_bearer_token: "bearer-secret-8" } },
          mcp_servers: { docs: { url: "http://docs/mcp", http_headers: { "X-Api-Key": "mcp-secret-7" } } },
        },
      },
    );
    await codex.startThread().run("hi");
    const { args, env } = readRecord(record);
    const argv = args.join("\n");
    for (const secret of ["hdr-secret-9", "bearer-secret-8", "mcp-secret-7", KEY]) assert.ok(!argv.includes(secret), `${secret} is on the command line`);
    const carried = Object.entries(env).filter(([name]) => name.startsWith("CODEX_SDK_SECRET_"));
    assert.deepEqual(carried.map(([, value]) => value).sort(), ["Bearer hdr-secret-9", "bearer-secret-8", "mcp-secret-7"]);
    const variable = (value: string): string => carried.find(([, v]) => v === value)?.[0] ?? "";
    assert.ok(args.includes(`--config=model_providers.corp.env_http_headers.Authorization="${variable("Bearer hdr-secret-9")}"`), argv);
    assert.ok(args.includes(`--config=model_providers.corp.env_key="${variable("bearer-secret-8")}"`), argv);
    assert.ok(args.includes(`--config=mcp_servers.docs.env_http_headers={"X-Api-Key" = "${variable("mcp-secret-7")}"}`) || args.includes(`--config=mcp_servers.docs.env_http_headers.X-Api-Key="${variable("mcp-secret-7")}"`), argv);
    for (const [name] of [...carried, ["CODEX_API_KEY"]]) assert.ok(args.includes(`--config=shell_environment_policy.set.${name}=""`), `${name} is not blanked for commands`);
  });

  test("too many open files: each turn that cannot start fails with CodexSpawnError naming EMFILE, and nothing is left", async () => {
    const fixture = fileURLToPath(new URL("../fixtures/many-turns.ts", import.meta.url));
    const output = execFileSync("/bin/sh", ["-c", `ulimit -n 150 && exec "${process.execPath}" --import tsx "${fixture}" 100`], { encoding: "utf8", env: process.env });
    const outcomes = JSON.parse(output) as { ok: boolean; name?: string; code?: string; errno?: string; message?: string }[];
    const failed = outcomes.filter((outcome) => !outcome.ok);
    assert.ok(failed.length > 0, "the limit was low enough to be reached");
    assert.ok(outcomes.some((outcome) => outcome.ok), "the turns that got descriptors ran");
    for (const outcome of failed) {
      assert.deepEqual([outcome.name, outcome.code, outcome.errno], ["CodexSpawnError", "CODEX_SPAWN", "EMFILE"], JSON.stringify(outcome));
      assert.match(outcome.message ?? "", /too many open files \(EMFILE\)/);
    }
  });
});

describe("secrets never reach errors, events or approvals (app-server)", () => {
  test("CodexRpcError: a refusal that echoes the login key, in its message and its data, shows none of it", async () => {
    const echo = JSON.stringify({ code: -32600, message: `invalid key ${KEY}`, data: { echo: { key: KEY }, list: [`x ${KEY} y`], n: 1 } });
    await using codex = fakeAppServer({ rawReply: { "account/login/start": `{"id":$ID,"error":${echo}}` } });
    const error = await codex.login({ apiKey: KEY }).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof CodexRpcError);
    assertHidden(error, KEY, "the error");
    assertHidden(error.data, KEY, "data");
    assertHidden(inspect(error, { depth: 10 }), KEY, "inspect");
    assert.deepEqual(error.data, { echo: { key: REDACTED }, list: [`x ${REDACTED} y`], n: 1 });
  });

  test("item contents and approval requests that quote the key are redacted", async () => {
    const record = recordFile();
    await using codex = fakeAppServer(
      {
        record,
        turns: [[{ request: "item/commandExecution/requestApproval", params: { threadId: "$THREAD", turnId: "$TURN", itemId: "c1", command: `curl -H "Authorization: ${KEY}" x` } }, itemCompleted(appServerMessage(`done with ${KEY}`)), COMPLETE]],
      },
      { apiKey: KEY, onApproval: (request) => (request.kind === "command" ? request.decide("decline") : undefined) },
    );
    const seen: ThreadEvent[] = [];
    for await (const event of (await codex.startThread().runStreamed("go")).events) seen.push(event);
    assertHidden(seen, KEY, "events");
    const resolved = seen.find((event): event is ApprovalResolvedEvent => event.type === "approval.resolved");
    assert.equal(resolved?.decision, "decline");
    assert.ok(readRecordLines(record).some((line) => JSON.stringify(line).includes('"decision":"decline"')));
  });

  test("a line too long that names a turn fails it, even when codex then reports the turn completed", async () => {
    const long = `{"method":"item/completed","params":{"threadId":"$THREAD","turnId":"$TURN","item":{"type":"agentMessage","id":"m","text":"${"a".repeat(4000)}"}}}\n`;
    await using codex = fakeAppServer({ turns: [[{ raw: long }, itemCompleted(appServerMessage("after")), COMPLETE]] }, { maxLineBytes: 2000 });
    const seen: string[] = [];
    const error = await (async () => {
      for await (const event of (await codex.startThread().runStreamed("go")).events) seen.push(event.type);
    })().then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof CodexParseError, `the turn must fail, not resolve (saw ${seen.join(", ")})`);
    assert.match(error.message, /longer than 2000 bytes/);
    assert.ok(!seen.includes("turn.completed"));
  });

  test("a command decision with a malformed amendment is not the handler's: the SDK declines", async () => {
    const record = recordFile();
    const malformed = [{ acceptWithExecpolicyAmendment: {} }, { acceptWithExecpolicyAmendment: { execpolicy_amendment: "rm -rf /" } }, { applyNetworkPolicyAmendment: { network_policy_amendment: { action: "maybe", host: "x" } } }];
    for (const decision of malformed) {
      await using codex = fakeAppServer(
        { record, turns: [[{ request: "item/commandExecution/requestApproval", params: { threadId: "$THREAD", turnId: "$TURN", itemId: "c1", command: "ls" } }, COMPLETE]] },
        // From JavaScript, a plain decision is accepted and checked at run time.
        { onApproval: (() => decision) as never },
      );
      const seen: ThreadEvent[] = [];
      for await (const event of (await codex.startThread().runStreamed("go")).events) seen.push(event);
      const resolved = seen.find((event): event is ApprovalResolvedEvent => event.type === "approval.resolved");
      assert.deepEqual([resolved?.decision, resolved?.decided_by], ["decline", "error"], JSON.stringify(decision));
    }
    const replies = readRecordLines(record).filter((line) => "reply" in line).map((line) => JSON.stringify(line));
    assert.equal(replies.length, 3);
    for (const reply of replies) assert.match(reply, /"decision":"decline"/);
  });
});

describe("config that cannot be rendered is refused with CodexConfigError, not a raw error", () => {
  test("a sparse array, a cycle, and a config nested too deeply", () => {
    const cyclic: Record<string, unknown> = { name: "x" };
    cyclic.self = cyclic;
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 10_000; i += 1) deep = { n: deep };
    const cases: [unknown, RegExp][] = [
      // eslint-disable-next-line no-sparse-arrays -- a hole is what is being tested
      [{ list: [1, , 3] }, /list\[1\] cannot be undefined \(an array must not have holes\)/],
      [{ a: cyclic }, /nested more than 64 levels deep \(does it contain itself\?\)/],
      [{ a: { list: [cyclic] } }, /nested more than 64 levels deep/],
      [{ a: deep }, /nested more than 64 levels deep/],
    ];
    for (const [config, message] of cases) {
      assert.throws(() => fakeCodex({}, { config: config as never }), (error: unknown) => error instanceof CodexConfigError && message.test(error.message), message.source);
    }
  });
});
