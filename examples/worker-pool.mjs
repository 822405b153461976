#!/usr/bin/env node
// A pool of concurrent workers: many independent tasks, at most N turns at a time (maxConcurrentTurns).
// Each task gets its own thread; turns beyond the limit wait their turn, in order.
//   node examples/worker-pool.mjs            (the tasks below, on this repository)
//   node examples/worker-pool.mjs --demo     (offline: a scripted model)
import { Codex } from "codex-sdk";

/** Runs every task on its own thread, at most `limit` at once; resolves with the answers in task order. */
export async function runPool(codexOptions, tasks, limit, onDone = () => undefined) {
  const codex = new Codex({ ...codexOptions, maxConcurrentTurns: limit });
  try {
    return await Promise.all(
      tasks.map(async (task, index) => {
        const turn = await codex.startThread({ skipGitRepoCheck: true, sandboxMode: "read-only" }).run(task);
        onDone(index, turn.finalResponse);
        return turn.finalResponse;
      }),
    );
  } finally {
    await codex.close();
  }
}

const TASKS = ["Summarize README.md in one line", "List the npm scripts", "Name the test frameworks used", "Count the source files", "Name the license"];

async function main() {
  const demo = process.argv.includes("--demo");
  const report = (index, answer) => console.log(`[${index + 1}/${TASKS.length}] ${TASKS[index]} → ${answer}`);
  if (!demo) {
    await runPool({}, TASKS, 2, report);
    return;
  }
  const { message, startScriptedModel } = await import("codex-sdk/testing");
  // A responder (not a list): concurrent turns ask in any order, so each answer is chosen from its request.
  const model = await startScriptedModel((request) => {
    const prompt = request.input.filter((item) => item.role === "user").at(-1)?.content?.[0]?.text ?? "";
    return [message(`done: ${prompt.toLowerCase()}`)];
  });
  try {
    const answers = await runPool(model.codexOptions(), TASKS, 2, report);
    console.log(`${answers.length} tasks, at most 2 at a time`);
  } finally {
    await model.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
