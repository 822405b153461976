// The benchmark's event mix: command starts/completions with 200-byte outputs,
// reasoning, and messages with non-ASCII text, framed as a whole turn.
const OUTPUT = "x".repeat(180) + "ünïcødé✓ ";

const CYCLE = [
  (i) => ({ type: "item.started", item: { id: `item_${i}`, type: "command_execution", command: "/bin/bash -lc 'ls -la src'", aggregated_output: "", exit_code: null, status: "in_progress" } }),
  (i) => ({ type: "item.completed", item: { id: `item_${i - 1}`, type: "command_execution", command: "/bin/bash -lc 'ls -la src'", aggregated_output: OUTPUT, exit_code: 0, status: "completed" } }),
  (i) => ({ type: "item.completed", item: { id: `item_${i}`, type: "reasoning", text: "**Planning** the next step — vérifier les entrées" } }),
  (i) => ({ type: "item.completed", item: { id: `item_${i}`, type: "agent_message", text: "Fertig: 完成しました 🎉 — all checks pass" } }),
];

const line = (event) => `${JSON.stringify(event)}\n`;

/** A whole turn with `count` item events in between, as JSONL bytes. */
export function renderTurn(count) {
  const parts = [line({ type: "thread.started", thread_id: "bench-thread" }), line({ type: "turn.started" })];
  for (let i = 0; i < count; i += 1) parts.push(line(CYCLE[i % CYCLE.length](i)));
  parts.push(line({ type: "turn.completed", usage: { input_tokens: 1, cached_input_tokens: 0, output_tokens: 1, reasoning_output_tokens: 0 } }));
  return Buffer.from(parts.join(""));
}
