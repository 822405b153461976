import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { resolveRequest, shownDecision, toApprovalRequest } from "../../src/app-server/approvals.js";
import type { ApprovalHandler } from "../../src/index.js";

/** Server requests on their own: every kind made a request, decided, and answered in its own shape. */

describe("approval requests", () => {
  test("legacy (v1) requests: the thread from conversationId, a command's argv unwrapped, their decisions", async () => {
    const exec = toApprovalRequest(3, "execCommandApproval", { conversationId: "c1", callId: "x", command: ["bash", "-lc", "npm test"], cwd: "/w", parsedCmd: [] });
    assert.ok(exec?.kind === "exec_command_approval");
    assert.deepEqual([exec.threadId, exec.turnId, exec.commands, exec.availableDecisions], ["c1", null, [["npm", "test"]], ["approved", "approved_for_session", "abort"]]);
    const approved = await resolveRequest(exec, (request) => (request.kind === "exec_command_approval" ? request.decide("approved") : undefined), 1000, undefined);
    assert.deepEqual([approved.reply, approved.decidedBy], [{ result: { decision: "approved" } }, "handler"]);
    // From JavaScript a plain decision is taken as it is, when it fits the kind.
    const plain = await resolveRequest(exec, (() => ({ denied: { rejection: "not now" } })) as unknown as ApprovalHandler, 1000, undefined);
    assert.deepEqual(plain.reply, { result: { decision: { denied: { rejection: "not now" } } } });
    const patch = toApprovalRequest(4, "applyPatchApproval", { conversationId: "c1", callId: "y", fileChanges: {} });
    assert.ok(patch?.kind === "apply_patch_approval");
    assert.deepEqual((await resolveRequest(patch, undefined, 1000, undefined)).reply, { result: { decision: { denied: { rejection: "declined by codex-sdk (no handler decided)" } } } });
    assert.equal(toApprovalRequest(5, "some/newMethod", {}), undefined);
  });

  test("a network amendment is a command decision; tokens handed to codex are not shown", async () => {
    const command = toApprovalRequest(1, "item/commandExecution/requestApproval", { threadId: "t", turnId: "u", itemId: "i", startedAtMs: 0, command: "curl x" });
    assert.ok(command?.kind === "command");
    const allow = { applyNetworkPolicyAmendment: { network_policy_amendment: { action: "allow" as const, host: "x" } } };
    assert.deepEqual((await resolveRequest(command, (request) => (request.kind === "command" ? request.decide(allow) : undefined), 1000, undefined)).reply, { result: { decision: allow } });
    const refresh = toApprovalRequest(2, "account/chatgptAuthTokens/refresh", { reason: "expired" });
    assert.ok(refresh?.kind === "auth_tokens_refresh");
    const tokens = { accessToken: "secret-access-token", chatgptAccountId: "acct" };
    const resolution = await resolveRequest(refresh, (request) => (request.kind === "auth_tokens_refresh" ? request.decide(tokens) : undefined), 1000, undefined);
    assert.deepEqual(resolution.reply, { result: tokens }, "codex gets the token");
    assert.deepEqual(shownDecision("auth_tokens_refresh", resolution.decision), { accessToken: "[REDACTED]", chatgptAccountId: "acct" }, "events show none");
    assert.equal(shownDecision("command", "accept"), "accept");
  });

  test("undefined from the handler, or an answer no longer wanted (the turn ended), is the default", async () => {
    const command = toApprovalRequest(1, "item/commandExecution/requestApproval", { threadId: "t", turnId: "u", itemId: "i", startedAtMs: 0, command: "ls" });
    assert.ok(command);
    assert.deepEqual(await resolveRequest(command, () => undefined, 1000, undefined), { reply: { result: { decision: "decline" } }, decision: "decline", decidedBy: "default" });
    const ended = new AbortController();
    let handlerSignal: AbortSignal | undefined;
    const pending = resolveRequest(command, (_request, { signal }) => {
      handlerSignal = signal;
      return new Promise(() => undefined);
    }, 60_000, ended.signal);
    ended.abort();
    assert.equal((await pending).decidedBy, "default");
    assert.equal(handlerSignal?.aborted, true, "the handler is told its answer is no longer wanted");
  });
});
