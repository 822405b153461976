import type { Redis } from "ioredis";
import type { QueuedTurnEvent } from "./types.js";

/** Events after which a job's stream has nothing more. */
const FINAL = new Set(["turn.completed", "turn.failed", "turn.cancelled"]);

/** How long one read waits for new entries before the job's state is looked at again. */
const BLOCK_MS = 2000;

export interface EventSource {
  /** A connection of its own: a blocking read holds the connection it runs on. */
  client: Redis;
  key: string;
  /**
   * Called after a read that found nothing: a final event the job will
   * never write (BullMQ failed it without running it), or undefined to go
   * on waiting.
   */
  orphaned(): Promise<QueuedTurnEvent | undefined>;
}

/**
 * Every event of a job's stream, from its first, until the final one.
 * Reading resumes after the last entry read, so a lost connection (ioredis
 * sends the read again when it reconnects) gives no gap and no duplicate.
 */
export async function* readEvents(source: EventSource): AsyncGenerator<QueuedTurnEvent> {
  let lastId = "0";
  try {
    for (;;) {
      const reply = (await source.client.xread("COUNT", 500, "BLOCK", BLOCK_MS, "STREAMS", source.key, lastId)) as [string, [string, string[]][]][] | null;
      const entries = reply?.[0]?.[1] ?? [];
      if (entries.length === 0) {
        const final = await source.orphaned();
        if (final !== undefined) {
          yield final;
          return;
        }
        continue;
      }
      for (const [id, fields] of entries) {
        lastId = id;
        const event = JSON.parse(fields[1] ?? "null") as QueuedTurnEvent;
        yield event;
        if (FINAL.has(event.type)) return;
      }
    }
  } finally {
    source.client.disconnect();
  }
}
