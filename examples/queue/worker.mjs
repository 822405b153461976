#!/usr/bin/env node
// A queue worker: runs the turns that producers put in the "codex" queue, two at a time.
// Start one on each machine; SIGTERM (or Ctrl-C) hands running turns back to the queue and exits.
//   REDIS_HOST=… REDIS_PORT=… node examples/queue/worker.mjs            (your codex login)
//   REDIS_PORT=… node examples/queue/worker.mjs --demo                  (offline: a scripted model)
// Needs `npm install bullmq ioredis` beside codex-sdk.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { TurnWorker } from "codex-sdk/queue";

const connection = { host: process.env.REDIS_HOST ?? "127.0.0.1", port: Number(process.env.REDIS_PORT ?? 6379) };
const demo = process.argv.includes("--demo");

let model;
let codex = {};
if (demo) {
  const { message, startScriptedModel } = await import("codex-sdk/testing");
  model = await startScriptedModel((request) => {
    const prompt = request.input.filter((item) => item.role === "user").at(-1)?.content?.[0]?.text ?? "";
    return [message(`Done: ${prompt}`, { chunks: ["Done: ", prompt] })];
  });
  codex = model.codexOptions({ transport: "app-server" });
}

// The worker's own directory: each attempt gets a fresh CODEX_HOME here (put config.toml or auth.json in home/).
const stateDir = process.env.STATE_DIR ?? mkdtempSync(path.join(os.tmpdir(), "codex-worker-"));
const worker = new TurnWorker({ connection, name: "codex", concurrency: 2, stateDir, codex });
await worker.ready();
console.log(`worker ${worker.identity.host}:${worker.identity.pid} ready`);

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, async () => {
    await worker.close({ drain: "requeue", timeoutMs: 30_000 });
    await model?.close();
    console.log("worker closed");
  });
}
