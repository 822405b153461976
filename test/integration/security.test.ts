import "../helpers/leaks.js";
import assert from "node:assert/strict";
import diagnostics_channel from "node:diagnostics_channel";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, test } from "node:test";
import { Codex, CodexConfigError, CodexThreadNotFoundError, TURN_START_CHANNEL, type CodexConfigObject, type TurnStartMessage } from "../../src/index.js";
import { message, shell } from "../../src/testing/index.js";
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

describe("secrets in config stay off the command line and out of the agent's commands (real codex)", () => {
  for (const transport of TRANSPORTS) {
    test(`${transport}: a secret header reaches the model; codex's command line holds neither it nor the key; commands see neither`, async () => {
      const key = "sk-test-never-in-argv-0123456789";
      const header = "hdr-secret-value-424242";
      const commandLines: string[] = [];
      const onStart = (message: unknown): void => {
        const { pid } = message as TurnStartMessage;
        if (pid !== undefined) commandLines.push(readFileSync(`/proc/${pid}/cmdline`, "utf8"));
      };
      diagnostics_channel.subscribe(TURN_START_CHANNEL, onStart);
      try {
        await withModel([[shell("env | grep -E 'CODEX_SDK_SECRET|CODEX_API_KEY' | sort")], [message("done")]], async (model) => {
          const options = model.codexOptions({ transport, apiKey: key });
          const providers = (options.config as CodexConfigObject).model_providers as Record<string, CodexConfigObject>;
          (providers.scripted as CodexConfigObject).http_headers = { "X-Corp-Token": header };
          await using codex = new Codex(options);
          const turn = await codex.startThread({ skipGitRepoCheck: true, workingDirectory: workspace() }).run("go");
          assert.equal(model.requestHeaders[0]?.["x-corp-token"], header, "the header reached the model");
          const output = turn.items.find((item) => item.type === "command_execution");
          assert.equal(output?.type === "command_execution" ? output.aggregated_output : "", "CODEX_API_KEY=\nCODEX_SDK_SECRET_1=\n");
        });
      } finally {
        diagnostics_channel.unsubscribe(TURN_START_CHANNEL, onStart);
      }
      assert.equal(commandLines.length, 1);
      for (const secret of [key, header]) assert.ok(!commandLines[0]?.includes(secret), `${secret} is on codex's command line`);
      assert.ok(commandLines[0]?.includes("env_http_headers"));
    });
  }
});
