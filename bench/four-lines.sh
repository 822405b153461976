#!/bin/sh
# Per-turn overhead: reads the prompt, prints a minimal turn (4 lines).
cat >/dev/null
printf '%s\n' '{"type":"thread.started","thread_id":"t"}' '{"type":"turn.started"}' \
  '{"type":"item.completed","item":{"id":"i","type":"agent_message","text":"ok"}}' \
  '{"type":"turn.completed","usage":{"input_tokens":1,"cached_input_tokens":0,"output_tokens":1,"reasoning_output_tokens":0}}'
