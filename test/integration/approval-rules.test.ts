import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, test } from "node:test";
import { approvalRules, approvalRulesFromJson, Codex, type ApprovalHandler, type ThreadEvent } from "../../src/index.js";
import { applyPatch, message, shell, type ScriptedResponse } from "../../src/testing/index.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";
import { withModel, workspace } from "../helpers/scripted.js";

afterEach(() => assertNoProcessesLeft());

const RULES = approvalRules(
  [
    { name: "tests", kind: "command", command: ["npm", "test"], decision: "accept" },
    { name: "git-read", kind: "command", command: /^git (status|diff|log)\b/, decision: "accept" },
    { name: "src-edits", kind: "file_change", paths: ["src/**", "test/**"], decision: "accept" },
    { name: "no-network", kind: "permissions", decision: "decline" },
  ],
  { fallback: "decline" },
);

/** A workspace whose `npm test` leaves a marker, and a victim file for what must not run. */
function project(): string {
  const dir = workspace();
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "p", version: "1.0.0", scripts: { test: "node -e \"require('fs').writeFileSync('tested.txt','ok')\"" } }));
  mkdirSync(path.join(dir, "victim"));
  writeFileSync(path.join(dir, "victim", "keep.txt"), "keep");
  mkdirSync(path.join(dir, "src"));
  return dir;
}

/** Runs one turn whose model does `step`, under `policy`, with `handler`; returns who decided each approval. */
async function runStep(dir: string, step: ScriptedResponse, handler: ApprovalHandler, policy: "commands" | "files"): Promise<{ decidedBy: string[]; events: ThreadEvent[] }> {
  return withModel([step, message("done")], async (model) => {
    await using codex = new Codex(model.codexOptions({ transport: "app-server", onApproval: handler }));
    const thread = codex.startThread({
      skipGitRepoCheck: true,
      workingDirectory: dir,
      // Commands are asked about under untrusted; file changes under on-request + read-only.
      ...(policy === "commands" ? { approvalPolicy: "untrusted", sandboxMode: "workspace-write" } : { approvalPolicy: "on-request", sandboxMode: "read-only" }),
    } as const);
    const events: ThreadEvent[] = [];
    for await (const event of (await thread.runStreamed("go")).events) events.push(event);
    return { decidedBy: events.flatMap((event) => (event.type === "approval.resolved" ? [event.decided_by] : [])), events };
  });
}

describe("approvalRules with the real binary", () => {
  test("accepts `npm test` (the command ran), declines `npm test && rm -rf victim` (nothing ran)", async () => {
    const dir = project();
    const accepted = await runStep(dir, shell("npm test"), RULES, "commands");
    assert.deepEqual(accepted.decidedBy, ["rule:tests"]);
    assert.equal(existsSync(path.join(dir, "tested.txt")), true);

    const declined = await runStep(dir, shell("npm test && rm -rf victim"), RULES, "commands");
    assert.deepEqual(declined.decidedBy, ["fallback"]);
    assert.equal(existsSync(path.join(dir, "victim", "keep.txt")), true);
  });

  test("accepts an edit in src/, declines one through ../ and one through a symlink out of the workspace", async () => {
    const dir = project();
    const outside = mkdtempSync(path.join(os.tmpdir(), "codex-sdk-outside-"));
    symlinkSync(outside, path.join(dir, "src", "link"));
    const escapeName = `escape-${path.basename(dir)}.txt`;

    const inside = await runStep(dir, applyPatch("*** Begin Patch\n*** Add File: src/ok.txt\n+fine\n*** End Patch\n"), RULES, "files");
    assert.deepEqual(inside.decidedBy, ["rule:src-edits"]);
    assert.equal(existsSync(path.join(dir, "src", "ok.txt")), true);

    const dotdot = await runStep(dir, applyPatch(`*** Begin Patch\n*** Add File: src/../../${escapeName}\n+out\n*** End Patch\n`), RULES, "files");
    assert.deepEqual(dotdot.decidedBy, ["fallback"]);
    assert.equal(existsSync(path.join(path.dirname(dir), escapeName)), false);

    const linked = await runStep(dir, applyPatch("*** Begin Patch\n*** Add File: src/link/evil.txt\n+out\n*** End Patch\n"), RULES, "files");
    assert.deepEqual(linked.decidedBy, ["fallback"]);
    assert.equal(existsSync(path.join(outside, "evil.txt")), false);
  });

  test("rules from JSON, and a fallback handler for the rest", async () => {
    const dir = project();
    const asked: string[] = [];
    const handler = approvalRulesFromJson(JSON.stringify([{ name: "git-read", kind: "command", command: { regex: "^git (status|log)\\b" }, decision: "accept" }]), {
      fallback: (request) => {
        asked.push(request.kind);
        return request.kind === "command" ? request.decide("decline") : undefined;
      },
    });
    const result = await runStep(dir, shell("npm test"), handler, "commands");
    assert.deepEqual(result.decidedBy, ["fallback"]);
    assert.deepEqual(asked, ["command"]);
    assert.equal(existsSync(path.join(dir, "tested.txt")), false);
  });
});
