#!/usr/bin/env node
// A pull-request reviewer with typed structured output: the agent reviews the changes of a branch
// and answers in a zod schema, so the result is checked and typed.
//   node examples/pr-review.mjs main        (reviews HEAD against main in the current repository)
//   node examples/pr-review.mjs --demo      (offline: a scripted model and a scratch repository)
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Codex } from "codex-sdk";
import { z } from "zod";

/** What the reviewer returns. Every field is required (strict structured output); "none" is an empty list. */
export const Review = z.object({
  verdict: z.enum(["approve", "request_changes"]),
  summary: z.string(),
  comments: z.array(z.object({ file: z.string(), line: z.number().int(), severity: z.enum(["nit", "issue", "blocker"]), text: z.string() })),
});

/** Reviews the diff of `repo` against `base`; resolves with the typed review. */
export async function reviewBranch(codex, repo, base) {
  const thread = codex.startThread({ workingDirectory: repo, sandboxMode: "read-only" });
  const { output } = await thread.run(
    `Review the changes of this branch against ${base} (run git diff ${base}). Point at concrete lines; be brief.`,
    { outputSchema: Review },
  );
  return output; // typed: { verdict, summary, comments: { file, line, severity, text }[] }
}

function print(review) {
  console.log(`${review.verdict === "approve" ? "✅ approve" : "❌ request changes"}: ${review.summary}`);
  for (const comment of review.comments) console.log(`  ${comment.file}:${comment.line} [${comment.severity}] ${comment.text}`);
}

async function main() {
  const args = process.argv.slice(2);
  if (!args.includes("--demo")) {
    const codex = new Codex();
    try {
      print(await reviewBranch(codex, process.cwd(), args[0] ?? "main"));
    } finally {
      await codex.close();
    }
    return;
  }
  // A scratch repository with one change on a branch.
  const repo = mkdtempSync(path.join(os.tmpdir(), "pr-review-demo-"));
  const git = (...gitArgs) => execFileSync("git", gitArgs, { cwd: repo, stdio: "ignore" });
  git("init", "-q", "-b", "main");
  writeFileSync(path.join(repo, "add.js"), "export const add = (a, b) => a + b;\n");
  git("add", ".");
  git("-c", "user.name=demo", "-c", "user.email=demo@example.com", "commit", "-qm", "add");
  git("checkout", "-qb", "feature");
  writeFileSync(path.join(repo, "add.js"), "export const add = (a, b) => a - b;\n");
  git("-c", "user.name=demo", "-c", "user.email=demo@example.com", "commit", "-qam", "change add");

  const { message, shell, startScriptedModel } = await import("codex-sdk/testing");
  const verdict = { verdict: "request_changes", summary: "add() now subtracts.", comments: [{ file: "add.js", line: 1, severity: "blocker", text: "a - b should be a + b" }] };
  const model = await startScriptedModel([[shell("git diff main")], [message(JSON.stringify(verdict))]]);
  const codex = new Codex(model.codexOptions());
  try {
    print(await reviewBranch(codex, repo, "main"));
  } finally {
    await codex.close();
    await model.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
