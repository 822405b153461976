import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { Codex } from "../../src/index.js";
import { message, shell } from "../../src/testing/index.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";
import { lastUserText, withModel, workspace } from "../helpers/scripted.js";

afterEach(() => assertNoProcessesLeft());

test("20 concurrent real turns, each running a command, all succeed", { timeout: 120_000 }, async () => {
  const turns = 20;
  // A responder, not a list: concurrent requests arrive in any order. Each turn runs
  // `echo <its prompt>`, then answers with what the command printed.
  const responder = (request: Readonly<Record<string, unknown>>) => {
    const input = request.input as { type: string; output?: string }[];
    const last = input.at(-1);
    if (last?.type === "function_call_output") {
      const printed = /turn-\d+/.exec(String(last.output))?.[0] ?? "nothing";
      return [message(`printed ${printed}`)];
    }
    return [shell(`echo ${lastUserText(request)}`)];
  };
  await withModel(responder, async (model) => {
    const codex = new Codex(model.codexOptions());
    const results = await Promise.all(
      Array.from({ length: turns }, (_, i) =>
        codex.startThread({ skipGitRepoCheck: true, workingDirectory: workspace() }).run(`turn-${i}`),
      ),
    );
    assert.deepEqual(results.map((turn) => turn.finalResponse), Array.from({ length: turns }, (_, i) => `printed turn-${i}`));
    for (const [i, turn] of results.entries()) {
      const command = turn.items.find((item) => item.type === "command_execution");
      assert.ok(command?.type === "command_execution" && command.exit_code === 0);
      assert.match(command.aggregated_output, new RegExp(`turn-${i}\\b`));
    }
    assert.equal(model.requests.length, turns * 2);
  });
});
