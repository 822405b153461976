import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterEach, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { inspect } from "node:util";
import { FAKE_CODEX, simpleTurn } from "../helpers/fake-codex.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";

/** The published builds, imported the way users import them (`npm test` builds first). */
const root = fileURLToPath(new URL("../../", import.meta.url));
const built = existsSync(`${root}dist/index.cjs`);

afterEach(() => assertNoProcessesLeft());

describe("dist: ESM and CJS builds", { skip: built ? false : "run `npm run build` first" }, () => {
  const env = (): Record<string, string> => ({
    PATH: process.env.PATH ?? "",
    CODEX_SDK_TEST_TAG: process.env.CODEX_SDK_TEST_TAG ?? "",
    FAKE_CODEX_SCENARIO: JSON.stringify({ steps: [simpleTurn("from dist")] }),
  });

  test("require('codex-sdk') and require('codex-sdk/testing') work (CJS)", async () => {
    const require = createRequire(`${root}package.json`);
    const sdk = require("codex-sdk") as unknown as typeof import("../../src/index.js");
    const testing = require("codex-sdk/testing") as unknown as typeof import("../../src/testing/index.js");
    assert.equal(typeof sdk.Codex, "function");
    assert.equal(typeof testing.startScriptedModel, "function");
    const turn = await new sdk.Codex({ codexPathOverride: FAKE_CODEX, env: env() }).startThread().run("x");
    assert.equal(turn.finalResponse, "from dist");
    assert.ok(new sdk.CodexAbortError() instanceof Error);
  });

  test("the core, testing and otel builds load neither bullmq nor ioredis; codex-sdk/queue loads both, in ESM and CJS", async () => {
    for (const file of ["index.js", "index.cjs", "testing/index.js", "testing/index.cjs", "otel/index.js", "otel/index.cjs"]) {
      assert.doesNotMatch(readFileSync(`${root}dist/${file}`, "utf8"), /["'](bullmq|ioredis)["']/, file);
    }
    const require = createRequire(`${root}package.json`);
    const cjs = require("codex-sdk/queue") as unknown as typeof import("../../src/queue/index.js");
    const queueName = "codex-sdk/queue";
    const esm = (await import(queueName)) as unknown as typeof import("../../src/queue/index.js");
    for (const entry of [cjs, esm]) assert.deepEqual([typeof entry.TurnQueue, typeof entry.TurnWorker], ["function", "function"]);
    assert.ok(new cjs.CodexQueueError("x") instanceof esm.CodexQueueError, "one brand across the builds");
  });

  test("import 'codex-sdk' works (ESM) and finds the bundled codex binary", async () => {
    // Specifiers in variables: the typecheck runs before the build exists.
    const [sdkName, testingName] = ["codex-sdk", "codex-sdk/testing"];
    const sdk = (await import(sdkName)) as unknown as typeof import("../../src/index.js");
    const testing = (await import(testingName)) as unknown as typeof import("../../src/testing/index.js");
    assert.equal(typeof testing.message, "function");
    const turn = await new sdk.Codex({ codexPathOverride: FAKE_CODEX, env: env() }).startThread().run("x");
    assert.equal(turn.finalResponse, "from dist");
    // Default discovery (no override) resolves @openai/codex's platform binary.
    assert.match(inspect(new sdk.Codex()), /codex-linux-x64\/vendor\/.*\/bin\/codex"/);
  });

  test("an error from one copy of the package is recognised by the other (ESM and CJS side by side)", async () => {
    const require = createRequire(`${root}package.json`);
    const cjs = require("codex-sdk") as unknown as typeof import("../../src/index.js");
    const esm = (await import(["codex-sdk"][0] as string)) as unknown as typeof import("../../src/index.js");
    assert.notEqual(cjs.CodexError, esm.CodexError, "two copies of the classes");
    const thrown = (() => {
      try {
        new cjs.Codex({ codexPathOverride: FAKE_CODEX }).resumeThread("--last");
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    for (const [made, other] of [[thrown, esm], [new esm.CodexConfigError("x"), cjs]] as const) {
      assert.equal(made instanceof other.CodexError, true);
      assert.equal(made instanceof other.CodexConfigError, true);
      assert.equal(made instanceof other.CodexAbortError, false, "another kind is not matched");
      assert.equal(other.CodexError.isCodexError(made), true);
      assert.equal(made instanceof Error, true);
    }
    assert.equal(esm.CodexError.isCodexError(new Error("plain")), false);
    assert.equal(new Error("plain") instanceof esm.CodexError, false);
    assert.equal((new cjs.CodexAbortError() as unknown) instanceof esm.CodexAbortError, true);
  });
});
