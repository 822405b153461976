import assert from "node:assert/strict";
import diagnostics_channel from "node:diagnostics_channel";
import { describe, test } from "node:test";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { resolveRequest, toApprovalRequest } from "../../src/app-server/approvals.js";
import { moveSecretsToEnv } from "../../src/config/secret-config.js";
import { Codex, CodexConfigError, ITEM_END_CHANNEL, ITEM_START_CHANNEL, TURN_END_CHANNEL, TURN_START_CHANNEL } from "../../src/index.js";
import { instrumentCodex } from "../../src/otel/index.js";
import { Redactor, REDACTED } from "../../src/redact.js";
import { appServerSettings } from "../../src/settings.js";
import { EventQueue } from "../../src/turn/event-queue.js";
import { FAKE_CODEX } from "../helpers/fake-codex.js";

/** Smaller behaviours, each on its own. */

describe("option checks name what is wrong", () => {
  test("a wrong type for each kind of check", async () => {
    const codex = new Codex({ codexPathOverride: FAKE_CODEX });
    const refused: [() => unknown, RegExp][] = [
      [() => codex.startThread({ enableFeatures: "x" as never }), /ThreadOptions\.enableFeatures must be an array of strings/],
      [() => codex.startThread({ skipGitRepoCheck: "yes" as never }), /ThreadOptions\.skipGitRepoCheck must be a boolean/],
      [() => codex.startThread(null as never), /ThreadOptions must be an object/],
    ];
    for (const [call, message] of refused) assert.throws(call, (error: unknown) => error instanceof CodexConfigError && message.test(error.message));
    await assert.rejects(codex.startThread().run("x", { signal: {} as never }), /TurnOptions\.signal must be an AbortSignal/);
    const cyclic: Record<string, unknown> = { type: "object" };
    cyclic.self = cyclic;
    await assert.rejects(codex.startThread().run("x", { outputSchema: cyclic }), /outputSchema cannot be serialized as JSON/);
  });

  test("app-server: webSearchEnabled says nothing when webSearchMode says it", () => {
    assert.deepEqual(appServerSettings({ webSearchMode: "cached", webSearchEnabled: true }).config, { web_search: "cached" });
    assert.deepEqual(appServerSettings({ webSearchEnabled: false }).config, { web_search: "disabled" });
  });
});

describe("config secrets: the shapes a provider or server table may have", () => {
  test("headers already read from the environment stay; non-string headers stay inline; a non-table entry is left alone", () => {
    const moved = moveSecretsToEnv(
      {
        model_providers: { named: "not a table", p: { env_http_headers: { "X-Env": "MY_VAR" }, http_headers: { "X-Env": "inline twin", Retries: 3, Authorization: "Bearer t0k3n-value" } } },
      },
      undefined,
    );
    const p = (moved.config?.model_providers as Record<string, Record<string, unknown>>).p as Record<string, unknown>;
    assert.equal((moved.config?.model_providers as Record<string, unknown>).named, "not a table");
    assert.deepEqual(p.env_http_headers, { "X-Env": "MY_VAR", Authorization: "CODEX_SDK_SECRET_1" });
    assert.deepEqual(p.http_headers, { "X-Env": "inline twin", Retries: 3 }, "what could not move stays where it was");
    assert.deepEqual(moved.env, { CODEX_SDK_SECRET_1: "Bearer t0k3n-value" });
    assert.deepEqual(moved.hideFromCommands, ['shell_environment_policy.set.CODEX_SDK_SECRET_1=""']);
  });
});

describe("redaction of URL passwords", () => {
  test("a percent-encoded password is hidden in both forms; a malformed one as it is", () => {
    const redactor = Redactor.fromOptions({ apiKey: "sk-only-a-key-000", baseUrl: "https://u:p%40ssw0rd-x@proxy/v1", config: { x: "https://u:bad%ZZpass@h/" } });
    assert.equal(redactor.redact("p%40ssw0rd-x p@ssw0rd-x bad%ZZpass"), `${REDACTED} ${REDACTED} ${REDACTED}`);
  });
});

describe("EventQueue", () => {
  test("a long queue is compacted as it is read, in order; nothing is queued after its end", () => {
    const queue = new EventQueue<number>();
    for (let i = 0; i < 3000; i += 1) queue.push(i);
    const taken: number[] = [];
    for (let i = 0; i < 1500; i += 1) taken.push(queue.take() as number);
    queue.push(3000);
    queue.end();
    queue.push(3001);
    queue.end(new Error("ignored: only the first end counts"));
    while (queue.size > 0) taken.push(queue.take() as number);
    assert.deepEqual(taken, Array.from({ length: 3001 }, (_, i) => i));
  });
});

describe("server requests: each kind's reply shape", () => {
  test("permissions and a legacy patch answer in their own shapes; an attestation nobody answers is an error reply", async () => {
    const permissions = toApprovalRequest(1, "item/permissions/requestApproval", { threadId: "t", turnId: "u", itemId: "i" });
    assert.ok(permissions?.kind === "permissions");
    const granted = { permissions: { network: { enabled: true } }, scope: "turn" as const };
    assert.deepEqual((await resolveRequest(permissions, (request) => (request.kind === "permissions" ? request.decide(granted as never) : undefined), 1000, undefined)).reply, { result: granted });
    const patch = toApprovalRequest(2, "applyPatchApproval", { conversationId: "c", callId: "x", fileChanges: {} });
    assert.ok(patch?.kind === "apply_patch_approval");
    assert.deepEqual((await resolveRequest(patch, (request) => (request.kind === "apply_patch_approval" ? request.decide("approved_for_session") : undefined), 1000, undefined)).reply, { result: { decision: "approved_for_session" } });
    const attestation = toApprovalRequest(3, "attestation/generate", {});
    assert.ok(attestation);
    assert.deepEqual((await resolveRequest(attestation, undefined, 1000, undefined)).reply, { error: { code: -32000, message: "codex-sdk has no attestation to give: no handler answered" } });
  });
});

describe("codex-sdk/otel from the channels alone", () => {
  test("a given tracer, a turn with no pid, items of no tool or of unknown turns, an error without a code, tools of other turns left open", () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    const instrumentation = instrumentCodex({ tracer: provider.getTracer("edges") });
    try {
      const publish = (channel: string, message: unknown): void => diagnostics_channel.channel(channel).publish(message);
      const start = (turnId: number) => ({ turnId, threadId: null, mode: "new", pid: undefined, transport: "exec", model: undefined, sandbox: undefined });
      const command = (id: string) => ({ id, type: "command_execution", command: "x", aggregated_output: "", exit_code: null, status: "in_progress" });
      publish(TURN_START_CHANNEL, start(9001));
      publish(TURN_START_CHANNEL, start(9002));
      publish(ITEM_START_CHANNEL, { turnId: 9001, threadId: null, item: { id: "m", type: "agent_message", text: "not a tool" } });
      publish(ITEM_START_CHANNEL, { turnId: 4242, threadId: null, item: command("unknown-turn") });
      publish(ITEM_END_CHANNEL, { turnId: 4242, threadId: null, item: command("unknown-turn") });
      publish(ITEM_START_CHANNEL, { turnId: 9002, threadId: null, item: command("still-running") });
      publish(TURN_END_CHANNEL, { turnId: 4242, threadId: null, durationMs: 1, outcome: "completed", transport: "exec" });
      publish(TURN_END_CHANNEL, { turnId: 9001, threadId: "t1", durationMs: 1, outcome: "error", transport: "exec", error: { name: "TypeError", code: undefined, message: "boom" } });
      const spans = exporter.getFinishedSpans();
      assert.equal(spans.length, 1, "only the ended turn's span; the other turn's tool stays open with it");
      assert.equal(spans[0]?.attributes["error.type"], "TypeError");
      assert.equal(spans[0]?.attributes["process.pid"], undefined);
      publish(TURN_END_CHANNEL, { turnId: 9002, threadId: null, durationMs: 1, outcome: "completed", transport: "exec" });
      assert.deepEqual(exporter.getFinishedSpans().map((span) => span.name).sort(), ["execute_tool shell", "invoke_agent codex", "invoke_agent codex"]);
    } finally {
      instrumentation.disable();
    }
  });
});

describe("more of what a caller can get wrong, or meet", () => {
  test("rollback needs a positive whole number; input must be a string or parts; an image path must not be empty", async () => {
    const codex = new Codex({ codexPathOverride: FAKE_CODEX });
    const thread = codex.startThread();
    await assert.rejects(thread.rollback(0), /rollback\(turns\): turns must be a positive integer/);
    await assert.rejects(thread.rollback(1.5), CodexConfigError);
    await assert.rejects(thread.run(42 as never), /input must be a string or an array/);
    await assert.rejects(thread.run([{ type: "text", text: "x" }, { type: "local_image", path: "" }]), /input\[1\]\.path must be a non-empty path/);
  });

  test("a schema that must be loaded before the turn (zod's own converter) is awaited by run() and runStreamed() alike", async () => {
    const codex = new Codex({ codexPathOverride: FAKE_CODEX });
    const notReallyZod = { "~standard": { vendor: "zod", version: 1, validate: (value: unknown) => ({ value }) } };
    await assert.rejects(codex.startThread().run("x", { outputSchema: notReallyZod }), /outputSchema \(zod\) could not be turned into JSON Schema/);
    await assert.rejects(codex.startThread().runStreamed("x", { outputSchema: notReallyZod }), /outputSchema \(zod\) could not be turned into JSON Schema/);
  });
});
