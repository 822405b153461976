import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { CodexConfigError, CodexUnsupportedError } from "../../src/index.js";
import { describeSetting, execSettingArgs, refuseInexpressible, SETTINGS, type Setting } from "../../src/settings.js";
import { REPO_ROOT } from "../helpers/snippets.js";

/** The table of settings: the README's option tables are it, and each transport does what it says. */

/** The README's table of one level's options, as the settings table makes it. */
export function optionsTable(level: Setting["level"]): string {
  const rows = SETTINGS.filter((setting) => setting.level === level).map(
    (setting) => `| \`${setting.name}\`${setting.extension ? " *(ext.)*" : ""} | ${setting.about} | ${describeSetting(setting, "exec")} | ${describeSetting(setting, "app-server")} |`,
  );
  return ["| Option | What it does | `codex exec` | app-server |", "|---|---|---|---|", ...rows].join("\n");
}

describe("the table of settings", () => {
  test("the README's option tables are the table's (they cannot drift)", () => {
    const readme = readFileSync(`${REPO_ROOT}/README.md`, "utf8");
    for (const level of ["thread", "turn"] as const) {
      const expected = optionsTable(level);
      assert.ok(readme.includes(expected), `README.md must hold this table of ${level} options (paste it in):\n\n${expected}\n`);
    }
  });

  test("every option of ThreadOptions and TurnOptions has a row, once", () => {
    const names = SETTINGS.map((setting) => `${setting.level}.${setting.name}`);
    assert.equal(new Set(names).size, names.length);
    const declared = readFileSync(`${REPO_ROOT}/src/options.ts`, "utf8");
    for (const [level, block] of [["thread", /export interface ThreadOptions \{([\s\S]*?)\n\}/], ["turn", /export interface TurnOptions \{([\s\S]*?)\n\}/]] as const) {
      const fields = [...(block.exec(declared)?.[1] ?? "").matchAll(/^ {2}(\w+)\?:/gm)].map((match) => match[1]);
      assert.deepEqual(fields.sort(), SETTINGS.filter((setting) => setting.level === level).map((setting) => setting.name).sort(), level);
    }
  });

  test("what a transport cannot express is refused with the table's reason", () => {
    for (const setting of SETTINGS) {
      for (const transport of ["exec", "app-server"] as const) {
        const way = transport === "exec" ? setting.exec : setting.appServer;
        if (way.kind !== "refused") continue;
        const value = setting.name === "onApproval" ? () => undefined : setting.name === "localProvider" ? "ollama" : setting.name === "cyberAccessProgram" ? "standard" : setting.name === "profile" ? "p" : true;
        assert.throws(
          () => refuseInexpressible({ [setting.name]: value }, setting.level, transport),
          (error: unknown) => (way.needs ? error instanceof CodexUnsupportedError && error.requiredTransport === way.needs : error instanceof CodexConfigError) && (error as Error).message.includes(way.why),
          `${setting.name} on ${transport}`,
        );
      }
      for (const [transport, values] of [["exec", setting.refusedValues?.exec], ["app-server", setting.refusedValues?.appServer]] as const) {
        for (const [value, why] of Object.entries(values ?? {})) {
          assert.throws(() => refuseInexpressible({ [setting.name]: value }, setting.level, transport), (error: unknown) => error instanceof CodexConfigError && error.message.includes(why));
        }
      }
    }
    // Given as false, an option is not used: nothing to refuse.
    refuseInexpressible({ oss: false, ignoreRules: false }, "thread", "app-server");
  });

  test("exec flags: a string as --flag=value, an array once per value, a boolean bare when true", () => {
    const args = execSettingArgs({ model: "m", additionalDirectories: ["/a", "/b"], ephemeral: true, oss: false, networkAccessEnabled: false, webSearchEnabled: true }, { mode: { kind: "new" } });
    assert.deepEqual(args, ["--model=m", "--add-dir=/a", "--add-dir=/b", "--config=sandbox_workspace_write.network_access=false", '--config=web_search="live"', "--ephemeral"]);
    assert.deepEqual(execSettingArgs({ webSearchMode: "cached", webSearchEnabled: false, threadSource: "s" }, { mode: { kind: "resume", threadId: "t" } }), ['--config=web_search="cached"']);
  });
});
