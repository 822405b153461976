import type { Usage } from "../events.js";

/** Zero usage, for a thread that has used nothing yet. */
export const NO_USAGE: Usage = {
  input_tokens: 0,
  cached_input_tokens: 0,
  cache_write_input_tokens: 0,
  output_tokens: 0,
  reasoning_output_tokens: 0,
};

/**
 * What a turn used: the thread's running total after it, less the total
 * before it (codex reports running totals; a turn's own counts are the
 * difference). A field that went down (a compacted or rolled back thread)
 * counts as 0.
 */
export function usageSince(total: Usage, before: Usage): Usage {
  return {
    input_tokens: Math.max(0, total.input_tokens - before.input_tokens),
    cached_input_tokens: Math.max(0, total.cached_input_tokens - before.cached_input_tokens),
    cache_write_input_tokens: Math.max(0, total.cache_write_input_tokens - before.cache_write_input_tokens),
    output_tokens: Math.max(0, total.output_tokens - before.output_tokens),
    reasoning_output_tokens: Math.max(0, total.reasoning_output_tokens - before.reasoning_output_tokens),
  };
}
