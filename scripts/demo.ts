/**
 * `npm run demo`: one real turn of the codex agent, end to end, with progress
 * streamed to the terminal. With CODEX_API_KEY set it talks to the real model;
 * otherwise a scripted local model plays a short session in which the agent
 * runs a shell command, patches a file and answers. No network needed.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Codex, type ThreadEvent, type ThreadItem } from "../src/index.js";
import { applyPatch, message, reasoning, shell, startScriptedModel, usage } from "../src/testing/index.js";

const workdir = mkdtempSync(path.join(os.tmpdir(), "codex-sdk-demo-"));
const live = Boolean(process.env.CODEX_API_KEY);
const prompt = "Look at the files here, create NOTES.md with a one-line summary, then tell me what you did.";

const model = live
  ? undefined
  : await startScriptedModel([
      [reasoning("Let me look at the working directory first."), shell("ls -la")],
      [applyPatch("*** Begin Patch\n*** Add File: NOTES.md\n+An empty demo directory, now with notes.\n*** End Patch\n")],
      [message("I listed the directory, then created NOTES.md with a one-line summary."), usage({ input_tokens: 1200, output_tokens: 48 })],
    ]);

const codex = new Codex(model ? model.codexOptions() : { apiKey: process.env.CODEX_API_KEY });
const thread = codex.startThread({ workingDirectory: workdir, skipGitRepoCheck: true, sandboxMode: "workspace-write" });

console.log(`codex-sdk demo (${live ? "real model" : "scripted model, offline"})`);
console.log(`working directory: ${workdir}\n> ${prompt}\n`);
const startedAt = Date.now();
try {
  const { events } = await thread.runStreamed(prompt);
  for await (const event of events) show(event);
  const notes = path.join(workdir, "NOTES.md");
  console.log(`\nNOTES.md now says: ${readFileSync(notes, "utf8").trim()}`);
  console.log(`thread ${thread.id} finished in ${Date.now() - startedAt} ms`);
} finally {
  await codex.close();
  await model?.close();
  rmSync(workdir, { recursive: true, force: true });
}

function show(event: ThreadEvent): void {
  switch (event.type) {
    case "thread.started":
      console.log(`· thread ${event.thread_id}`);
      break;
    case "turn.started":
      console.log("· turn started");
      break;
    case "item.started":
    case "item.completed":
      describeItem(event.type === "item.started" ? "…" : "✓", event.item);
      break;
    case "turn.completed":
      console.log(`· turn completed: ${event.usage.input_tokens} tokens in, ${event.usage.output_tokens} out`);
      break;
    case "turn.failed":
      console.log(`✗ turn failed: ${event.error.message}`);
      break;
    case "error":
      console.log(`! ${event.message}`);
      break;
    default:
      break;
  }
}

function describeItem(mark: string, item: ThreadItem): void {
  switch (item.type) {
    case "reasoning":
      console.log(`${mark} thinking: ${item.text}`);
      break;
    case "command_execution":
      console.log(`${mark} $ ${item.command}${item.exit_code == null ? "" : ` (exit ${item.exit_code})`}`);
      break;
    case "file_change":
      console.log(`${mark} ${item.status} ${item.changes.map((change) => `${change.kind} ${path.basename(change.path)}`).join(", ")}`);
      break;
    case "agent_message":
      console.log(`${mark} agent: ${item.text}`);
      break;
    default:
      break;
  }
}
