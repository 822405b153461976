#!/bin/sh
# A codex stand-in for the queue's ceiling: answers at once, writing the rollout a real codex would
# (so the worker has a thread to publish), and one short turn on stdout.
cat >/dev/null
id=$(cat /proc/sys/kernel/random/uuid)
dir="$CODEX_HOME/sessions/2026/12/03"
mkdir -p "$dir"
printf '%s\n' "{\"type\":\"session_meta\",\"id\":\"$id\"}" >"$dir/rollout-2026-12-03T00-00-00-$id.jsonl"
printf '%s\n' "{\"type\":\"thread.started\",\"thread_id\":\"$id\"}" '{"type":"turn.started"}' \
  '{"type":"item.completed","item":{"id":"i","type":"agent_message","text":"ok"}}' \
  '{"type":"turn.completed","usage":{"input_tokens":1,"cached_input_tokens":0,"output_tokens":1,"reasoning_output_tokens":0}}'
