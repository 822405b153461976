#!/usr/bin/env node
// The latency benchmark's stand-in for codex: after reading stdin it prints BENCH_EVENTS messages,
// one per millisecond (as codex emits events one by one), each stamped with the wall-clock time it was written.
import { performance } from "node:perf_hooks";

const count = Number(process.env.BENCH_EVENTS ?? 1000);
const line = (event) => `${JSON.stringify(event)}\n`;
const write = (chunk) => new Promise((resolve) => (process.stdout.write(chunk) ? resolve() : process.stdout.once("drain", resolve)));

for await (const _ of process.stdin) void _;
await write(line({ type: "thread.started", thread_id: "bench-thread" }) + line({ type: "turn.started" }));
for (let i = 0; i < count; i += 1) {
  await write(line({ type: "item.completed", item: { id: `item_${i}`, type: "agent_message", text: String(performance.timeOrigin + performance.now()) } }));
  await new Promise((resolve) => setTimeout(resolve, 1));
}
await write(line({ type: "turn.completed", usage: { input_tokens: 1, cached_input_tokens: 0, output_tokens: 1, reasoning_output_tokens: 0 } }));
