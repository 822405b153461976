import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { afterEach, test } from "node:test";
import { fileURLToPath } from "node:url";
import { assertNoProcessesLeft } from "../helpers/leaks.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
afterEach(() => assertNoProcessesLeft());

/** Runs an example script as a user would (against the built package); resolves with its output. */
function runExample(script: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

const built = existsSync(`${root}dist/index.js`) ? false : "run `npm run build` first";

test("examples/thread-browser.mjs lists the threads and shows the last turn of the newest one", { skip: built }, async () => {
  const { code, stdout, stderr } = await runExample("examples/thread-browser.mjs", ["--demo"]);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /^2 thread\(s\):/);
  assert.match(stdout, /\[vscode\] {2}Listing files\n/);
  assert.match(stdout, /\[vscode\] {2}Say hello\n/);
  assert.match(stdout, /Last turn of Listing files \(1 turn\(s\), completed\):\n {2}> List the files\n {2}\$ \/bin\/bash -lc 'echo listing' {2}\(exit 0\)\n {2}Here are the files\.\n$/);
});
