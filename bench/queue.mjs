#!/usr/bin/env node
// `npm run bench:queue`: codex-sdk/queue measured with its real parts, in one run: a private
// redis-server (Debian's), worker processes, the real codex against the scripted model, and the same
// turns run in-process for comparison. Then the queue's own ceiling, with a codex stand-in that
// answers at once, through one Redis and 1 to 20 worker processes. Writes bench/QUEUE-RESULTS.md.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import { Codex } from "../dist/index.js";
import { TurnQueue } from "../dist/queue/index.js";
import { delay, message, startScriptedModel } from "../dist/testing/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const quick = process.argv.includes("--quick");
const scratch = mkdtempSync(path.join(os.tmpdir(), "codex-sdk-bench-queue-"));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))];
const fmt = (n, digits = 1) => n.toFixed(digits);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startRedis() {
  const port = await freePort();
  const dir = path.join(scratch, "redis");
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--dir", scratch, "--appendonly", "yes", "--appendfsync", "everysec", "--maxmemory-policy", "noeviction", "--save", ""], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      if (out.includes("Ready to accept connections")) resolve();
    });
    child.once("exit", () => reject(new Error(`redis-server exited: ${out}`)));
  });
  child.stdout.resume();
  void dir;
  return { port, stop: () => new Promise((resolve) => (child.once("exit", resolve), child.kill("SIGTERM"))) };
}

async function startWorkers(count, options) {
  return Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const stateDir = path.join(scratch, `worker-${options.name}-${index}`);
      const child = spawn(process.execPath, [path.join(root, "bench/queue-worker.mjs"), JSON.stringify({ ...options, stateDir })], { stdio: ["ignore", "pipe", "inherit"] });
      await new Promise((resolve, reject) => {
        child.stdout.on("data", (chunk) => String(chunk).includes("ready") && resolve());
        child.once("exit", () => reject(new Error("a worker exited before it was ready")));
      });
      return child;
    }),
  );
}

async function stopWorkers(children) {
  await Promise.all(children.map((child) => new Promise((resolve) => (child.once("exit", resolve), child.kill("SIGTERM")))));
}

const redis = await startRedis();
const connection = { host: "127.0.0.1", port: redis.port };
const client = new Redis(connection);
const lines = [];
const say = (line) => {
  lines.push(line);
  console.log(line);
};

try {
  // 1. One turn at a time through the queue (1 worker, app-server), against the same turns in-process.
  const TURNS = quick ? 5 : 20;
  const model = await startScriptedModel(() => message("ok", { chunks: ["o", "k"] }), { strict: false });
  const codexOptions = model.codexOptions({ transport: "app-server" });
  const inProcess = { "app-server": [], exec: [] };
  for (const transport of ["app-server", "exec"]) {
    const codex = new Codex(model.codexOptions({ transport }));
    for (let n = 0; n < TURNS; n += 1) {
      const begun = performance.now();
      await codex.startThread({ skipGitRepoCheck: true }).run(`turn ${n}`);
      inProcess[transport].push(performance.now() - begun);
    }
    await codex.close();
  }
  const memoryBefore = Number(/used_memory:(\d+)/.exec(await client.info("memory"))[1]);
  const workers = await startWorkers(1, { connection, name: "latency", concurrency: 1, codex: codexOptions });
  const queue = new TurnQueue({ connection, name: "latency" });
  const queued = [];
  const waits = [];
  const eventLatencies = [];
  for (let n = 0; n < TURNS; n += 1) {
    // The worker is idle (its previous job done in BullMQ too): what a waiting worker takes to start a turn.
    while ((await client.zcard("codex-sdk:latency:bull:latency:completed")) < n) await sleep(5);
    const begun = performance.now();
    const job = await queue.enqueue({ input: `turn ${n}` });
    const received = [];
    for await (const event of job.events()) {
      received.push(Date.now());
      if (event.type === "turn.attempt") waits.push(event.queue_wait_ms);
    }
    queued.push(performance.now() - begun);
    // Stream ids carry the time Redis took each event: the delay to the reader is the difference.
    const entries = await client.xrange(`codex-sdk:latency:job:${job.id}:events`, "-", "+");
    entries.forEach(([id], index) => index > 0 && eventLatencies.push(received[index] - Number(id.split("-")[0])));
  }
  const memoryAfter = Number(/used_memory:(\d+)/.exec(await client.info("memory"))[1]);
  await stopWorkers(workers);
  await queue.close();
  await model.close();
  say(`| Enqueue to start (a worker waiting), p50 / p90 | ${fmt(median(waits), 0)} / ${fmt(p(waits, 0.9), 0)} ms |`);
  say(`| Event latency, worker to \`job.events()\`, p50 / p90 | ${fmt(median(eventLatencies), 0)} / ${fmt(p(eventLatencies, 0.9), 0)} ms |`);
  const [server, exec] = [median(inProcess["app-server"]), median(inProcess.exec)];
  say(`| A short real turn, enqueue to result (a fresh app-server per attempt), against the same turn in-process | ${fmt(median(queued), 0)} ms; in-process ${fmt(server, 0)} ms on a long-lived app-server (${fmt(median(queued) / server, 2)}×), ${fmt(exec, 0)} ms on exec (${fmt(median(queued) / exec, 2)}×) |`);
  say(`| Redis memory per finished turn of a new thread (its events and result, kept for the retention, and the thread's history) | ${fmt((memoryAfter - memoryBefore) / TURNS / 1024, 1)} KiB |`);

  // 2. I/O-bound turns (a 2 s model) on one worker against three.
  const SLOW = quick ? 3 : 6;
  const slowModel = await startScriptedModel(() => delay(2000, message("slow")), { strict: false });
  const slowOptions = slowModel.codexOptions({ transport: "app-server" });
  const wall = {};
  for (const count of [1, 3]) {
    const name = `scale${count}`;
    const pool = await startWorkers(count, { connection, name, concurrency: 1, codex: slowOptions });
    const slowQueue = new TurnQueue({ connection, name });
    const begun = performance.now();
    const jobs = [];
    for (let n = 0; n < SLOW; n += 1) jobs.push(await slowQueue.enqueue({ input: `slow ${n}` }));
    await Promise.all(jobs.map((job) => job.result()));
    wall[count] = performance.now() - begun;
    await stopWorkers(pool);
    await slowQueue.close();
  }
  await slowModel.close();
  say(`| ${SLOW} turns with a 2 s model, one worker against three (concurrency 1 each) | ${fmt(wall[1] / 1000)} s against ${fmt(wall[3] / 1000)} s: ${fmt(wall[1] / wall[3], 2)}× as fast |`);

  // 3. The queue's own ceiling: a codex that answers at once, 1 to 20 worker processes, one Redis.
  const fake = path.join(root, "bench/queue-fake-codex.sh");
  const CEILING_TURNS = quick ? 100 : 600;
  for (const count of [1, 5, 20]) {
    const name = `ceiling${count}`;
    const pool = await startWorkers(count, { connection, name, concurrency: 4, codex: { codexPathOverride: fake } });
    const ceilingQueue = new TurnQueue({ connection, name });
    const commandsBefore = Number(/total_commands_processed:(\d+)/.exec(await client.info("stats"))[1]);
    const begun = performance.now();
    await Promise.all(Array.from({ length: CEILING_TURNS }, (_, n) => ceilingQueue.enqueue({ input: `fast ${n}` })));
    // Finished jobs land in BullMQ's completed set (polled: a bench, not a test).
    while ((await client.zcard(`codex-sdk:${name}:bull:${name}:completed`)) < CEILING_TURNS) await sleep(20);
    const seconds = (performance.now() - begun) / 1000;
    const commands = Number(/total_commands_processed:(\d+)/.exec(await client.info("stats"))[1]) - commandsBefore;
    say(`| Ceiling: ${CEILING_TURNS} instant turns, ${count} worker process(es) × concurrency 4 | ${fmt(CEILING_TURNS / seconds, 0)} turns/s; Redis ran ${fmt(commands / CEILING_TURNS, 0)} commands per turn |`);
    await stopWorkers(pool);
    await ceilingQueue.close();
  }
} finally {
  client.disconnect();
  await redis.stop();
  rmSync(scratch, { recursive: true, force: true });
}

const table = ["| Measure | Result |", "|---|---|", ...lines].join("\n");
writeFileSync(
  path.join(root, "bench/QUEUE-RESULTS.md"),
  `# codex-sdk/queue: measured\n\n\`npm run bench:queue\` on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "?"}), Node ${process.version}, redis-server ${"7"} on loopback with AOF (everysec).\n\n${table}\n`,
);
