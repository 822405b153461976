#!/usr/bin/env node
// A thread browser: lists your Codex threads, newest first, and shows the last turn of one.
//   node examples/thread-browser.mjs              lists the threads under ~/.codex (CODEX_HOME)
//   node examples/thread-browser.mjs <thread-id>  ... and shows that thread's last turn
//   node examples/thread-browser.mjs --demo       offline: makes two threads with a scripted model first
import { Codex } from "codex-sdk";

/** Writes the thread list and the last turn of `threadId` (default: the newest thread) to `out`. */
export async function browse(codex, { threadId, out = process.stdout } = {}) {
  const threads = [];
  for await (const thread of codex.threads({ limit: 20 })) threads.push(thread);
  if (threads.length === 0) {
    out.write("No threads yet.\n");
    return;
  }
  out.write(`${threads.length} thread(s):\n`);
  for (const thread of threads) {
    const when = new Date(thread.updatedAt * 1000).toISOString().replace("T", " ").slice(0, 19);
    out.write(`  ${thread.id}  ${when}  [${thread.source}]  ${thread.name ?? thread.preview.slice(0, 60)}\n`);
  }
  const chosen = threadId ?? threads[0].id;
  const { thread, turns = [] } = await codex.readThread(chosen, { turns: true });
  const last = turns.at(-1);
  out.write(`\nLast turn of ${thread.name ?? thread.id} (${turns.length} turn(s), ${last?.status ?? "none"}):\n`);
  if (!last) return;
  out.write(`  > ${last.input}\n`);
  for (const item of last.items) {
    if (item.type === "agent_message") out.write(`  ${item.text}\n`);
    else if (item.type === "command_execution") out.write(`  $ ${item.command}  (exit ${item.exit_code})\n`);
    else if (item.type === "file_change") out.write(`  changed ${item.changes.map((change) => change.path).join(", ")}\n`);
    else out.write(`  [${item.type}]\n`);
  }
}

async function main() {
  const args = process.argv.slice(2);
  if (!args.includes("--demo")) {
    const codex = new Codex({ transport: "app-server" });
    try {
      await browse(codex, { threadId: args[0] });
    } finally {
      await codex.close();
    }
    return;
  }
  const { message, shell, startScriptedModel } = await import("codex-sdk/testing");
  const model = await startScriptedModel([[message("Hello!")], [shell("echo listing")], [message("Here are the files.")]]);
  const codex = new Codex(model.codexOptions({ transport: "app-server" }));
  try {
    await codex.startThread({ skipGitRepoCheck: true }).run("Say hello");
    const second = codex.startThread({ skipGitRepoCheck: true, sandboxMode: "danger-full-access" });
    await second.run("List the files");
    await second.setName("Listing files");
    await browse(codex);
  } finally {
    await codex.close();
    await model.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
