import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, test } from "node:test";
import { Codex, CodexConfigError, CodexExitError } from "../../src/index.js";
import { message } from "../../src/testing/index.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";
import { lastUserText, withModel, workspace } from "../helpers/scripted.js";

afterEach(() => assertNoProcessesLeft());

function toolNames(request: Record<string, unknown> | undefined): string[] {
  return ((request?.tools ?? []) as { name?: string; type: string }[]).map((tool) => tool.name ?? tool.type);
}

function effort(request: Record<string, unknown> | undefined): string | undefined {
  return (request?.reasoning as { effort?: string } | undefined)?.effort;
}

function rollouts(dir: string): string[] {
  const found: string[] = [];
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(at, entry.name));
      else if (entry.name.startsWith("rollout-")) found.push(entry.name);
    }
  };
  walk(dir);
  return found;
}

function gitRepo(): { dir: string; head: string } {
  const dir = workspace();
  const git = (...args: string[]): string =>
    execFileSync("git", ["-c", "user.email=t@example.com", "-c", "user.name=t", ...args], { cwd: dir, encoding: "utf8" });
  git("init", "-q", "-b", "main");
  git("commit", "-q", "--allow-empty", "-m", "init");
  writeFileSync(path.join(dir, "f.txt"), "hello\n");
  git("add", "f.txt");
  git("commit", "-q", "-m", "add f");
  writeFileSync(path.join(dir, "f.txt"), "hello\nchanged\n");
  return { dir, head: git("rev-parse", "HEAD").trim() };
}

describe("exec flags the official SDK does not expose (real binary)", () => {
  test("ephemeral: no session file is written", async () => {
    await withModel([[message("a")], [message("b")]], async (model) => {
      const codex = new Codex(model.codexOptions());
      await codex.startThread({ skipGitRepoCheck: true, ephemeral: true }).run("x");
      assert.deepEqual(rollouts(model.codexHome), []);
      await codex.startThread({ skipGitRepoCheck: true }).run("x");
      assert.equal(rollouts(model.codexHome).length, 1);
    });
  });

  test("profile: $CODEX_HOME/<profile>.config.toml is layered on", async () => {
    await withModel([[message("a")]], async (model) => {
      writeFileSync(path.join(model.codexHome, "fast.config.toml"), 'model_reasoning_effort = "low"\n');
      await new Codex(model.codexOptions()).startThread({ skipGitRepoCheck: true, profile: "fast" }).run("x");
      assert.equal(effort(model.requests[0]), "low");
    });
  });

  test("enableFeatures / disableFeatures change the tools codex offers", async () => {
    await withModel([[message("a")], [message("b")]], async (model) => {
      const codex = new Codex(model.codexOptions());
      await codex.startThread({ skipGitRepoCheck: true }).run("x");
      await codex.startThread({ skipGitRepoCheck: true, disableFeatures: ["shell_tool"], enableFeatures: ["plugins"] }).run("x");
      assert.ok(toolNames(model.requests[0]).includes("exec_command"));
      assert.ok(!toolNames(model.requests[1]).includes("exec_command"));
    });
  });

  test("ignoreUserConfig: $CODEX_HOME/config.toml is not loaded", async () => {
    await withModel([[message("a")], [message("b")]], async (model) => {
      writeFileSync(path.join(model.codexHome, "config.toml"), 'model_reasoning_effort = "low"\n');
      const codex = new Codex(model.codexOptions());
      await codex.startThread({ skipGitRepoCheck: true }).run("x");
      await codex.startThread({ skipGitRepoCheck: true, ignoreUserConfig: true }).run("x");
      assert.equal(effort(model.requests[0]), "low");
      assert.notEqual(effort(model.requests[1]), "low");
    });
  });

  test("strictConfig: an unknown config field fails instead of being ignored", async () => {
    await withModel([[message("a")]], async (model) => {
      writeFileSync(path.join(model.codexHome, "config.toml"), "not_a_real_field = 1\n");
      const codex = new Codex(model.codexOptions());
      await assert.rejects(codex.startThread({ skipGitRepoCheck: true, strictConfig: true }).run("x"), (error: unknown) => {
        assert.ok(error instanceof CodexExitError);
        assert.match(error.message, /unknown configuration field `not_a_real_field`/);
        return true;
      });
      assert.equal(model.requests.length, 0);
      await codex.startThread({ skipGitRepoCheck: true }).run("x");
      assert.equal(model.requests.length, 1);
    });
  });

  test("ignoreRules: the flag is accepted and the turn runs", async () => {
    await withModel([[message("a")]], async (model) => {
      const turn = await new Codex(model.codexOptions()).startThread({ skipGitRepoCheck: true, ignoreRules: true }).run("x");
      assert.equal(turn.finalResponse, "a");
    });
  });

  test("oss / localProvider: codex turns to the local provider", async () => {
    await withModel([], async (model) => {
      const thread = new Codex(model.codexOptions()).startThread({ skipGitRepoCheck: true, oss: true, localProvider: "ollama" });
      await assert.rejects(thread.run("x"), /OSS setup failed: No running Ollama server detected/);
    });
  });

  test("forkThread: a new thread that carries the original's history", async () => {
    await withModel([[message("original answer")], [message("forked answer")]], async (model) => {
      const codex = new Codex(model.codexOptions());
      const original = codex.startThread({ skipGitRepoCheck: true });
      await original.run("original question");
      assert.ok(original.id);
      const fork = codex.forkThread(original.id, { skipGitRepoCheck: true });
      assert.equal(fork.id, null);
      const turn = await fork.run("forked question");
      assert.equal(turn.finalResponse, "forked answer");
      assert.ok(fork.id && fork.id !== original.id);
      const history = JSON.stringify(model.requests[1]?.input);
      assert.match(history, /original question/);
      assert.match(history, /original answer/);
      assert.equal(lastUserText(model.requests[1] ?? {}), "forked question");
    });
  });

  test("review: uncommitted, base, commit and instructions reach the model", async () => {
    const { dir, head } = gitRepo();
    const cases = [
      { request: { uncommitted: true as const }, expect: /Review the current code changes \(staged, unstaged, and untracked files\)/ },
      { request: { base: "main" }, expect: /against the base branch 'main'/ },
      { request: { commit: head, title: "Add f" }, expect: new RegExp(`commit ${head} \\("Add f"\\)`) },
      { request: { instructions: "Focus on typos only" }, expect: /^Focus on typos only$/ },
    ];
    for (const { request, expect } of cases) {
      await withModel([[message("No findings.")]], async (model) => {
        const turn = await new Codex(model.codexOptions()).review(request, { workingDirectory: dir });
        assert.equal(turn.finalResponse, "No findings.");
        assert.match(lastUserText(model.requests[0] ?? {}), expect);
      });
    }
    await withModel([[message("streamed review")]], async (model) => {
      const { events } = await new Codex(model.codexOptions()).reviewStreamed({ uncommitted: true }, { workingDirectory: dir });
      const types: string[] = [];
      for await (const event of events) types.push(event.type);
      assert.equal(types.at(-1), "turn.completed");
    });
  });

  test("review: a target combined with instructions is refused before codex runs", async () => {
    await withModel([], async (model) => {
      const codex = new Codex(model.codexOptions());
      assert.throws(() => codex.review({ uncommitted: true, instructions: "x" } as never), CodexConfigError);
    });
  });
});
