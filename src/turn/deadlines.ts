import { performance } from "node:perf_hooks";

/**
 * Deadlines of a process's life that are nearly always cancelled before they
 * are due (the grace a codex gets to exit after its last event or after
 * SIGTERM, the wait for a pipe after an exit, an app-server request's
 * timeout), served by one Node timer. Setting or cancelling one is a Set
 * operation, where a timer of its own would cost an allocation and a
 * re-sort of Node's timer lists on every turn. The timer is armed for the
 * earliest deadline; when that one is cancelled the timer still fires, finds
 * nothing due, and is armed again for the next. It never keeps the app alive
 * by itself: the process a deadline watches does that.
 */

/** A deadline that can be cancelled; cancelling one that fired or was cancelled does nothing. */
export interface Deadline {
  cancel(): void;
}

class Entry implements Deadline {
  constructor(
    readonly at: number,
    readonly action: () => void,
  ) {}

  cancel(): void {
    entries.delete(this);
  }
}

const entries = new Set<Entry>();
let timer: NodeJS.Timeout | undefined;
let timerAt = Number.POSITIVE_INFINITY;

/** Calls `action` in `ms` milliseconds, unless cancelled first. */
export function setDeadline(ms: number, action: () => void): Deadline {
  const entry = new Entry(performance.now() + ms, action);
  entries.add(entry);
  if (entry.at < timerAt) arm(entry.at);
  return entry;
}

function arm(at: number): void {
  if (timer !== undefined) clearTimeout(timer);
  timerAt = at;
  timer = setTimeout(fire, Math.max(0, Math.ceil(at - performance.now())));
  timer.unref();
}

function fire(): void {
  timer = undefined;
  timerAt = Number.POSITIVE_INFINITY;
  const now = performance.now();
  const due: Entry[] = [];
  let next = Number.POSITIVE_INFINITY;
  for (const entry of entries) {
    // Node's timers count whole milliseconds: one may fire a fraction of a millisecond early.
    if (entry.at <= now + 1) due.push(entry);
    else next = Math.min(next, entry.at);
  }
  for (const entry of due) entries.delete(entry);
  if (next !== Number.POSITIVE_INFINITY) arm(next);
  for (const entry of due) {
    try {
      entry.action();
    } catch (error) {
      // Still an uncaught error, as from a timer of its own, without keeping the others from running.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}
