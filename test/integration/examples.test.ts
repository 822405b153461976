import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { afterEach, test } from "node:test";
import { fileURLToPath } from "node:url";
import { assertNoProcessesLeft } from "../helpers/leaks.js";
import { RedisServer } from "../helpers/redis.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
afterEach(() => assertNoProcessesLeft());

/** Runs an example script as a user would (against the built package); resolves with its output. */
function runExample(script: string, args: string[], stdin = "", env: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: root, env, stdio: ["pipe", "pipe", "pipe"] });
    child.stdin.end(stdin);
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

test("examples/stream.mjs shows each step as the agent works, and the answer as it is written", { skip: built }, async () => {
  const { code, stdout, stderr } = await runExample("examples/stream.mjs", ["--demo"]);
  assert.equal(code, 0, stderr);
  assert.equal(
    stdout,
    "… I should look at the files first.\n▶ running /bin/bash -lc 'echo README.md'\n✔ exit 0: README.md\nThere is one file: README.md.\n— done (120 tokens in, 12 out)\n",
  );
});

test("examples/pr-review.mjs returns a typed review of a branch", { skip: built }, async () => {
  const { code, stdout, stderr } = await runExample("examples/pr-review.mjs", ["--demo"]);
  assert.equal(code, 0, stderr);
  assert.equal(stdout, "❌ request changes: add() now subtracts.\n  add.js:1 [blocker] a - b should be a + b\n");
});

test("examples/worker-pool.mjs runs every task, at most two at a time", { skip: built }, async () => {
  const { code, stdout, stderr } = await runExample("examples/worker-pool.mjs", ["--demo"]);
  assert.equal(code, 0, stderr);
  const lines = stdout.trim().split("\n");
  assert.equal(lines.length, 6);
  assert.deepEqual(lines.slice(0, 5).map((line) => line.replace(/^\[\d\/5\] /, "")).sort(), [
    "Count the source files → done: count the source files",
    "List the npm scripts → done: list the npm scripts",
    "Name the license → done: name the license",
    "Name the test frameworks used → done: name the test frameworks used",
    "Summarize README.md in one line → done: summarize readme.md in one line",
  ]);
  assert.equal(lines[5], "5 tasks, at most 2 at a time");
});

test("examples/approve.mjs asks on the terminal before each command: y runs it, n declines it", { skip: built }, async () => {
  const { code, stdout, stderr } = await runExample("examples/approve.mjs", ["--demo"], "y\nn\n");
  assert.equal(code, 0, stderr);
  assert.match(stdout, /Run `\/bin\/bash -lc 'echo first > one.txt'`\? \[y\/N\/a\(lways\)\] → "accept" \(handler\)\n {2}\/bin\/bash -lc 'echo first > one.txt': completed\n/);
  assert.match(stdout, /→ "decline" \(handler\)\n {2}\/bin\/bash -lc 'echo second > two.txt': declined\nDone asking\.\n$/);
});

test("examples/queue: a worker and a producer, each a program of its own, over a private redis-server; the worker exits by itself after SIGTERM", { skip: built }, async () => {
  const redis = new RedisServer();
  await redis.start();
  try {
    const env = { ...process.env, REDIS_PORT: String(redis.port) };
    const worker = spawn(process.execPath, ["examples/queue/worker.mjs", "--demo"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    let workerOutput = "";
    worker.stderr.on("data", (chunk: Buffer) => (workerOutput += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => worker.once("exit", resolve));
    await new Promise<void>((resolve, reject) => {
      worker.stdout.on("data", (chunk: Buffer) => {
        workerOutput += chunk.toString();
        if (workerOutput.includes("ready")) resolve();
      });
      exited.then(() => reject(new Error(`the worker exited: ${workerOutput}`)));
    });
    const producer = await runExample("examples/queue/producer.mjs", ["--demo", "Fix the failing test"], "", env);
    assert.equal(producer.code, 0, producer.stderr);
    assert.equal(producer.stdout, "queued\nattempt 1 on a worker (waited under a second)\nagent: Done: Fix the failing test\nresult: Done: Fix the failing test (thread started, 1 attempt(s))\n");
    worker.kill("SIGTERM");
    assert.equal(await exited, 0, workerOutput);
    assert.match(workerOutput, /worker closed\n$/);
  } finally {
    await redis.stop();
  }
});
