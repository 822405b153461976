import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { afterEach, test } from "node:test";
import { fileURLToPath } from "node:url";
import { assertNoProcessesLeft } from "../helpers/leaks.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
afterEach(() => assertNoProcessesLeft());

// docs/testing.md tells users to copy examples/scripted-model.test.mjs: it must pass as published, fast.
test("the guide's example test passes against the built package in under 5 s", { skip: existsSync(`${root}dist/index.js`) ? false : "run `npm run build` first" }, () => {
  const startedAt = performance.now();
  // Run as a user would: not as a child of this test runner (NODE_TEST_CONTEXT changes its output).
  const env = { ...process.env };
  delete env.NODE_TEST_CONTEXT;
  const result = spawnSync(process.execPath, ["--test", "examples/scripted-model.test.mjs"], { cwd: root, encoding: "utf8", env });
  const took = performance.now() - startedAt;
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /# pass 1/);
  assert.ok(took < 5000, `the example took ${Math.round(took)} ms`);
});
