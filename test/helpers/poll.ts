import assert from "node:assert/strict";
import { performance } from "node:perf_hooks";
import { setTimeout as delay } from "node:timers/promises";

/**
 * Checks `found` every 20 ms until it returns something other than
 * undefined, and returns that; fails with `what` after `withinMs`. For what
 * has no event: the process table (a process that is not a child of the
 * test started, exec'd, became a zombie, or went away), and what a fake
 * process recorded in a file.
 */
export async function pollUntil<T>(found: () => T | undefined, what: string, withinMs = 5000): Promise<T> {
  const deadline = performance.now() + withinMs;
  for (;;) {
    const value = found();
    if (value !== undefined) return value;
    assert.ok(performance.now() < deadline, what);
    await delay(20);
  }
}
