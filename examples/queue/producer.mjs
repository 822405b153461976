#!/usr/bin/env node
// A producer: puts a turn in the "codex" queue, shows its events as a worker runs it, and prints the result.
//   REDIS_HOST=… REDIS_PORT=… node examples/queue/producer.mjs "Fix the failing test"
//   REDIS_PORT=… node examples/queue/producer.mjs --demo     (with a worker started with --demo)
// Needs `npm install bullmq ioredis` beside codex-sdk.
import { TurnQueue } from "codex-sdk/queue";

const connection = { host: process.env.REDIS_HOST ?? "127.0.0.1", port: Number(process.env.REDIS_PORT ?? 6379) };
const prompt = process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? "Fix the failing test";

const queue = new TurnQueue({ connection, name: "codex" });
try {
  const job = await queue.enqueue({ input: prompt, threadOptions: { sandboxMode: "read-only" } });
  for await (const event of job.events()) {
    if (event.type === "turn.queued") console.log("queued");
    else if (event.type === "turn.attempt") console.log(`attempt ${event.attempt} on a worker (waited ${event.queue_wait_ms < 1000 ? "under a second" : `${Math.round(event.queue_wait_ms / 1000)} s`})`);
    else if (event.type === "turn.requeued") console.log(`put back: ${event.reason}`);
    else if (event.type === "item.completed" && event.item.type === "agent_message") console.log(`agent: ${event.item.text}`);
    else if (event.type === "turn.cancelled") console.log(`cancelled: ${event.reason}`);
  }
  const turn = await job.result();
  console.log(`result: ${turn.finalResponse} (thread ${turn.threadId ? "started" : "?"}, ${turn.attempts} attempt(s))`);
} finally {
  await queue.close();
}
