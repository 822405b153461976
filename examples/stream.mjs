#!/usr/bin/env node
// A streaming command-line runner: shows what the agent does while it works.
//   node examples/stream.mjs "Fix the failing test"      (in the current directory; needs CODEX_API_KEY or a codex login)
//   node examples/stream.mjs --demo                      (offline: a scripted model)
import { Codex } from "codex-sdk";

/** Runs `prompt` on `thread`, writing a line per step to `out`; resolves with the final answer. */
export async function runWithProgress(thread, prompt, out = process.stdout) {
  const { events } = await thread.runStreamed(prompt);
  let answer = "";
  const streamed = new Set();
  for await (const event of events) {
    switch (event.type) {
      case "item.delta":
        // Live text (app-server transport): the answer as it is written.
        if (event.item_type === "agent_message") {
          streamed.add(event.item_id);
          out.write(event.delta);
        }
        break;
      case "item.started":
        if (event.item.type === "command_execution") out.write(`▶ running ${event.item.command}\n`);
        if (event.item.type === "todo_list") out.write(`☐ plan: ${event.item.items.map((step) => step.text).join(" → ")}\n`);
        break;
      case "item.completed": {
        const { item } = event;
        if (item.type === "reasoning") out.write(`… ${item.text}\n`);
        else if (item.type === "command_execution") out.write(`✔ exit ${item.exit_code}: ${item.aggregated_output.trim().split("\n").at(-1) ?? ""}\n`);
        else if (item.type === "file_change") out.write(`✎ ${item.changes.map((change) => `${change.kind} ${change.path}`).join(", ")}\n`);
        else if (item.type === "agent_message") {
          answer = item.text;
          // Already shown as it was written (app-server), or all at once now (exec).
          out.write(streamed.has(item.id) ? "\n" : `${item.text}\n`);
        }
        break;
      }
      case "turn.completed":
        out.write(`— done (${event.usage.input_tokens} tokens in, ${event.usage.output_tokens} out)\n`);
        break;
      case "turn.failed":
        out.write(`✘ ${event.error.message}\n`);
        break;
    }
  }
  return answer;
}

async function main() {
  const args = process.argv.slice(2);
  if (!args.includes("--demo")) {
    const codex = new Codex({ transport: "app-server" });
    try {
      await runWithProgress(codex.startThread({ workingDirectory: process.cwd() }), args.join(" ") || "Describe this repository");
    } finally {
      await codex.close();
    }
    return;
  }
  const { message, reasoning, shell, startScriptedModel, usage } = await import("codex-sdk/testing");
  const model = await startScriptedModel([
    [reasoning("I should look at the files first."), shell("echo README.md")],
    [message("There is one file: README.md.", { chunks: ["There is one file: ", "README.md."] }), usage({ input_tokens: 120, output_tokens: 12 })],
  ]);
  const codex = new Codex(model.codexOptions({ transport: "app-server" }));
  try {
    await runWithProgress(codex.startThread({ skipGitRepoCheck: true, sandboxMode: "danger-full-access" }), "What files are here?");
  } finally {
    await codex.close();
    await model.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
