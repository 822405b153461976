import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, test } from "node:test";
import { Codex, CodexUnsupportedError } from "../../src/index.js";
import { message } from "../../src/testing/index.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";
import { withModel, workspace } from "../helpers/scripted.js";

afterEach(() => assertNoProcessesLeft());

/** A request as JSON text, to look for what an option put into it. */
const text = (request: unknown): string => JSON.stringify(request);
const reasoning = (request: unknown): unknown => (request as { reasoning?: unknown }).reasoning;
const PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

describe("the official Python SDK's options (real binary)", () => {
  test("app-server: developer and base instructions, service tier, personality, reviewer and a name given at start", async () => {
    await withModel([message("a")], async (model) => {
      await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
      const thread = codex.startThread({
        skipGitRepoCheck: true,
        developerInstructions: "DEVELOPER-NOTE-1",
        baseInstructions: "BASE-NOTE-2",
        serviceTier: "flex",
        personality: "pragmatic",
        approvalsReviewer: "user",
        name: "named at start",
      });
      await thread.run("hi");
      const request = model.requests[0];
      assert.ok(text(request).includes("DEVELOPER-NOTE-1"));
      assert.ok(text(request).includes("BASE-NOTE-2"));
      assert.equal((request as { service_tier?: unknown }).service_tier, "flex");
      const listed = await codex.listThreads();
      assert.equal(listed.data.find((info) => info.id === thread.id)?.name, "named at start");
    });
  });

  test("app-server: a thread with no turn yet can be named, resumed by another app-server and renamed, then run", async () => {
    await withModel([message("first answer")], async (model) => {
      const options = model.codexOptions({ transport: "app-server" });
      const first = new Codex(options);
      const thread = first.startThread({ skipGitRepoCheck: true, name: "zero turns" });
      await thread.setName("renamed before any turn");
      const id = thread.id as string;
      await first.close();
      await using second = new Codex(options);
      const resumed = second.resumeThread(id);
      await resumed.setName("renamed after resume");
      assert.equal((await resumed.run("hello")).finalResponse, "first answer");
      assert.equal((await second.readThread(id)).thread.name, "renamed after resume");
    });
  });

  for (const transport of ["exec", "app-server"] as const) {
    test(`${transport}: per-turn model, effort, summary, working directory and sandbox reach the model request`, async () => {
      const dir = workspace();
      await withModel([message("a"), message("b")], async (model) => {
        await using codex = new Codex(model.codexOptions({ transport }));
        const thread = codex.startThread({ skipGitRepoCheck: true, developerInstructions: "DEV-3", serviceTier: "flex" });
        await thread.run("one", { model: "gpt-5.4", modelReasoningEffort: "low", reasoningSummary: "concise", workingDirectory: dir, sandboxMode: "read-only" });
        const first = model.requests[0] as { model?: string };
        assert.equal(first.model, "gpt-5.4");
        assert.deepEqual(reasoning(first), { effort: "low", summary: "concise" });
        assert.ok(text(first).includes(`<cwd>${dir}</cwd>`));
        assert.ok(text(first).includes("read-only"));
        assert.ok(text(first).includes("DEV-3"));
        assert.equal((first as { service_tier?: unknown }).service_tier, "flex");
        await thread.run("two");
        const second = model.requests[1] as { model?: string };
        // exec: each turn is its own process, back to the thread's model; the app-server keeps a turn's overrides for the turns after it.
        assert.equal(second.model, transport === "exec" ? "gpt-5.5" : "gpt-5.4");
      });
    });
  }

  test("app-server: an image by data URL, a skill and a mention reach the turn; exec refuses them, and what exec cannot express", async () => {
    const dir = workspace();
    mkdirSync(path.join(dir, "skill"));
    writeFileSync(path.join(dir, "skill", "SKILL.md"), "---\nname: tidy\ndescription: tidies\n---\nTidy up.\n");
    writeFileSync(path.join(dir, "main.ts"), "export {};\n");
    const input = [
      { type: "text" as const, text: "look" },
      { type: "image" as const, url: PIXEL },
      { type: "skill" as const, name: "tidy", path: path.join(dir, "skill", "SKILL.md") },
      { type: "mention" as const, name: "main.ts", path: path.join(dir, "main.ts") },
    ];
    await withModel([message("seen")], async (model) => {
      await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
      const thread = codex.startThread({ skipGitRepoCheck: true, workingDirectory: dir });
      await thread.run(input);
      assert.ok(text(model.requests[0]).includes(PIXEL), "the image is sent to the model");
      // The app-server keeps them in the thread's history (its rollout), where the model's turn reads them.
      const rollout = readFileSync((await codex.readThread(thread.id as string)).thread.path as string, "utf8");
      assert.ok(rollout.includes(path.join(dir, "skill", "SKILL.md")) && rollout.includes(path.join(dir, "main.ts")), "the skill and the mention reached the thread");
      const hidden = await codex.listModels({ includeHidden: true });
      assert.ok(hidden.length >= (await codex.listModels()).length);
    });
    await withModel([], async (model) => {
      const codex = new Codex(model.codexOptions());
      await assert.rejects(codex.startThread({ skipGitRepoCheck: true }).run(input), (error: unknown) => error instanceof CodexUnsupportedError && /input of type "image"/.test(error.message));
      for (const option of [{ baseInstructions: "x" }, { approvalsReviewer: "user" as const }, { name: "n" }]) {
        assert.throws(() => codex.startThread(option), CodexUnsupportedError, JSON.stringify(option));
      }
      await assert.rejects(codex.startThread().run([{ type: "image", url: "https://example.com/a.png" }]), /data:image/);
      await codex.close();
    });
  });
});
