import type { Codex, ThreadEvent } from "../../src/index.js";

/** Runs a streamed turn on a new thread of `codex`, collecting events until the end or an error. */
export async function collectTurn(codex: Codex, input = "go"): Promise<{ events: ThreadEvent[]; error: unknown }> {
  const { events } = await codex.startThread().runStreamed(input);
  const seen: ThreadEvent[] = [];
  try {
    for await (const event of events) seen.push(event);
  } catch (error) {
    return { events: seen, error };
  }
  return { events: seen, error: undefined };
}
