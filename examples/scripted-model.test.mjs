// A complete, copyable example: an offline, deterministic test of code that
// uses Codex, with the real codex binary and a scripted model.
// Run it with: node --test examples/scripted-model.test.mjs
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { Codex } from "codex-sdk";
import { applyPatch, message, reasoning, shell, startScriptedModel } from "codex-sdk/testing";

// --- the application code under test -------------------------------------
/** Asks the agent to write a changelog entry and returns its structured summary. */
async function writeChangelog(codex, repoDir) {
  const thread = codex.startThread({ workingDirectory: repoDir, skipGitRepoCheck: true, sandboxMode: "workspace-write" });
  const turn = await thread.run("Add a CHANGELOG.md entry for the latest work, then summarize it.", {
    outputSchema: {
      type: "object",
      properties: { summary: { type: "string" }, files: { type: "array", items: { type: "string" } } },
      required: ["summary", "files"],
      additionalProperties: false,
    },
  });
  return turn.output;
}

// --- the test ---------------------------------------------------------------
test("writeChangelog writes the file and returns the agent's summary", async () => {
  const repo = mkdtempSync(path.join(os.tmpdir(), "example-repo-"));
  // One element per request codex makes: each tool call makes codex ask again.
  const model = await startScriptedModel([
    [reasoning("I should look at the repository first."), shell("ls")],
    [applyPatch("*** Begin Patch\n*** Add File: CHANGELOG.md\n+## 1.0.1\n+- Fixed the parser.\n*** End Patch\n")],
    [message(JSON.stringify({ summary: "Added 1.0.1 to the changelog", files: ["CHANGELOG.md"] }))],
  ]);
  try {
    const result = await writeChangelog(new Codex(model.codexOptions()), repo);

    assert.deepEqual(result, { summary: "Added 1.0.1 to the changelog", files: ["CHANGELOG.md"] });
    assert.equal(readFileSync(path.join(repo, "CHANGELOG.md"), "utf8"), "## 1.0.1\n- Fixed the parser.\n");
    // What codex sent is there to check too: the prompt, and the schema as text.format.
    assert.equal(model.requests.length, 3);
    assert.equal(model.requests[0]?.text?.format?.type, "json_schema");
    assert.match(JSON.stringify(model.requests[0].input), /Add a CHANGELOG\.md entry/);
  } finally {
    await model.close();
  }
});
