import type { ThreadItem } from "../items.js";

/** A failure the model's rate limit caused (codex reports the provider's 429). */
export function isRateLimit(message: string): boolean {
  return /\b429\b|rate.?limit/i.test(message);
}

/** The wait a provider's message names ("try again in 1.5s", "retry after 20 s"), in milliseconds. */
export function retryAfterMs(message: string): number | undefined {
  const match = /(?:try again in|retry after) ([\d.]+)\s*(ms|s)\b/i.exec(message);
  if (match === null) return undefined;
  const value = Number(match[1]);
  return Math.ceil(match[2]?.toLowerCase() === "ms" ? value : value * 1000);
}

/** Items whose effects a second run of the turn would repeat. */
export function hasSideEffects(item: ThreadItem): boolean {
  return item.type === "command_execution" || item.type === "file_change" || item.type === "mcp_tool_call";
}
