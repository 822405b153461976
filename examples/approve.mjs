#!/usr/bin/env node
// A terminal prompt that asks a person to approve each command the agent wants to run
// (app-server transport: approvals answered by code). Anything but "y" declines.
//   node examples/approve.mjs "Clean up the build folder"
//   node examples/approve.mjs --demo       (offline: a scripted model asks to run two commands)
import { createInterface } from "node:readline";
import { Codex } from "codex-sdk";

/** An approval handler that asks on the terminal (`input`/`output`), one question at a time. */
export function terminalApprover(input = process.stdin, output = process.stdout) {
  // Answers are read as lines; one typed (or piped) ahead of its question waits for it.
  const terminal = createInterface({ input, terminal: false });
  const lines = [];
  const waiting = [];
  let ended = false;
  terminal.on("line", (line) => (waiting.length > 0 ? waiting.shift()(line) : lines.push(line)));
  terminal.on("close", () => {
    ended = true;
    for (const wake of waiting.splice(0)) wake(""); // no more answers: decline
  });
  let queue = Promise.resolve();
  const ask = (question) => {
    const answer = queue.then(() => {
      output.write(question);
      if (lines.length > 0) return lines.shift();
      if (ended) return "";
      return new Promise((resolve) => waiting.push(resolve));
    });
    queue = answer.then(() => undefined);
    return answer;
  };
  return {
    onApproval: async (request, { signal }) => {
      if (request.kind === "command") {
        // Each command of the line, unwrapped from codex's shell (null when the line cannot be split safely).
        const shown = request.commands ? request.commands.map((argv) => argv.join(" ")).join("  THEN  ") : request.params.command;
        const answer = await ask(`Run \`${shown}\`${request.params.reason ? ` (${request.params.reason})` : ""}? [y/N/a(lways)] `);
        if (signal.aborted) return undefined;
        if (/^a/i.test(answer)) return request.decide("acceptForSession");
        return request.decide(/^y/i.test(answer) ? "accept" : "decline");
      }
      if (request.kind === "file_change") {
        const answer = await ask(`Apply the agent's file changes${request.params.reason ? ` (${request.params.reason})` : ""}? [y/N] `);
        return request.decide(/^y/i.test(answer) ? "accept" : "decline");
      }
      return undefined; // anything else: declined
    },
    close: () => terminal.close(),
  };
}

async function main() {
  const args = process.argv.slice(2);
  const approver = terminalApprover();
  const demo = args.includes("--demo");
  let model;
  try {
    let options = { transport: "app-server", onApproval: approver.onApproval };
    if (demo) {
      const { message, shell, startScriptedModel } = await import("codex-sdk/testing");
      model = await startScriptedModel([[shell("echo first > one.txt")], [shell("echo second > two.txt")], [message("Done asking.")]]);
      options = model.codexOptions(options);
    }
    const codex = new Codex(options);
    try {
      const { mkdtempSync } = await import("node:fs");
      const { tmpdir } = await import("node:os");
      const workingDirectory = demo ? mkdtempSync(`${tmpdir()}/approve-demo-`) : process.cwd();
      const thread = codex.startThread({ workingDirectory, skipGitRepoCheck: true, approvalPolicy: "untrusted", sandboxMode: "workspace-write" });
      const { events } = await thread.runStreamed(demo ? "Write two files" : args.join(" ") || "Tidy up this repository");
      for await (const event of events) {
        if (event.type === "approval.resolved") console.log(`→ ${JSON.stringify(event.decision)} (${event.decided_by})`);
        if (event.type === "item.completed" && event.item.type === "command_execution") console.log(`  ${event.item.command}: ${event.item.status}`);
        if (event.type === "item.completed" && event.item.type === "agent_message") console.log(event.item.text);
      }
    } finally {
      await codex.close();
    }
  } finally {
    approver.close();
    await model?.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
