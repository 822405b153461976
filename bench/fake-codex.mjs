#!/usr/bin/env node
// The benchmark's stand-in for codex. BENCH_MODE selects what it prints after reading stdin:
//   events  : BENCH_EVENTS mixed events (command start/completion with 200-byte output,
//             reasoning, non-ASCII messages), as fast as the pipe takes them
//   latency : BENCH_EVENTS messages one at a time, each stamped with the wall-clock time it was written
import { performance } from "node:perf_hooks";

const mode = process.env.BENCH_MODE ?? "events";
const count = Number(process.env.BENCH_EVENTS ?? 100_000);
const output = "x".repeat(180) + "ünïcødé✓ ";

function line(event) {
  return `${JSON.stringify(event)}\n`;
}

const CYCLE = [
  (i) => ({ type: "item.started", item: { id: `item_${i}`, type: "command_execution", command: "/bin/bash -lc 'ls -la src'", aggregated_output: "", exit_code: null, status: "in_progress" } }),
  (i) => ({ type: "item.completed", item: { id: `item_${i - 1}`, type: "command_execution", command: "/bin/bash -lc 'ls -la src'", aggregated_output: output, exit_code: 0, status: "completed" } }),
  (i) => ({ type: "item.completed", item: { id: `item_${i}`, type: "reasoning", text: "**Planning** the next step — vérifier les entrées" } }),
  (i) => ({ type: "item.completed", item: { id: `item_${i}`, type: "agent_message", text: "Fertig: 完成しました 🎉 — all checks pass" } }),
];

function write(chunk) {
  return new Promise((resolve) => (process.stdout.write(chunk) ? resolve() : process.stdout.once("drain", resolve)));
}

async function main() {
  for await (const _ of process.stdin) void _;
  await write(line({ type: "thread.started", thread_id: "bench-thread" }) + line({ type: "turn.started" }));
  if (mode === "latency") {
    for (let i = 0; i < count; i += 1) {
      await write(line({ type: "item.completed", item: { id: `item_${i}`, type: "agent_message", text: String(performance.timeOrigin + performance.now()) } }));
      // Let the line go out on its own, as codex emits events one by one.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } else {
    // Pre-render, then write in 64 KiB slices: the producer is never the bottleneck.
    const parts = [];
    for (let i = 0; i < count; i += 1) parts.push(line(CYCLE[i % CYCLE.length](i)));
    const all = Buffer.from(parts.join(""));
    for (let offset = 0; offset < all.length; offset += 65536) await write(all.subarray(offset, offset + 65536));
  }
  await write(line({ type: "turn.completed", usage: { input_tokens: 1, cached_input_tokens: 0, output_tokens: 1, reasoning_output_tokens: 0 } }));
}

main();
