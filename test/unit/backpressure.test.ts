import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { setTimeout as delay } from "node:timers/promises";
import { afterEach, test } from "node:test";
import { fakeCodex, lines, THREAD_STARTED, TURN_COMPLETED } from "../helpers/fake-codex.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";
import { TurnRecorder } from "../helpers/telemetry.js";

afterEach(() => assertNoProcessesLeft());

const EVENTS = 800_000;
const LINE = `${JSON.stringify({
  type: "item.completed",
  item: { id: "item_1", type: "command_execution", command: "/bin/bash -lc ls", aggregated_output: "x".repeat(200), exit_code: 0, status: "completed" },
})}\n`;

/** Bytes the process has written so far (all its writes: here, its stdout); Infinity once it exited, having written everything. */
function bytesWritten(pid: number): number {
  try {
    const match = /^wchar: (\d+)$/m.exec(readFileSync(`/proc/${pid}/io`, "utf8"));
    return Number(match?.[1] ?? 0);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

test("a stalled consumer pauses codex's stdout: ~200 MB emitted, parent RSS within 64 MB of baseline, nothing lost", async () => {
  const recorder = new TurnRecorder();
  try {
    const baseline = process.memoryUsage.rss();
    const codex = fakeCodex({ steps: [lines(THREAD_STARTED), { stdoutRepeat: LINE, times: EVENTS }, lines(TURN_COMPLETED)] });
    const { events } = await codex.startThread().runStreamed("x");
    const first = await events.next();
    assert.equal(first.value?.type, "thread.started");
    const [start] = await recorder.started(1);
    assert.ok(start?.pid);

    // The consumer now stalls. This is a measurement, not synchronisation: watch the
    // producer until its output stops growing, i.e. it is blocked on a full pipe.
    let written = -1;
    for (let stable = 0; stable < 5 && Number.isFinite(written); ) {
      await delay(50);
      const now = bytesWritten(start.pid);
      stable = now === written ? stable + 1 : 0;
      written = now;
    }
    const stalledRss = process.memoryUsage.rss();
    assert.ok(Number.isFinite(written), "the producer wrote all its output and exited while the consumer stalled");
    assert.ok(written < 16 * 1024 * 1024, `producer wrote ${written} bytes while the consumer stalled`);
    assert.ok(stalledRss - baseline < 64 * 1024 * 1024, `RSS grew by ${(stalledRss - baseline) >> 20} MiB while stalled`);

    // Resume: every event arrives, in order, and memory stays bounded throughout.
    let count = 0;
    let peak = stalledRss;
    let last = "";
    for await (const event of events) {
      count += 1;
      last = event.type;
      if (count % 20_000 === 0) peak = Math.max(peak, process.memoryUsage.rss());
    }
    assert.equal(count, EVENTS + 1);
    assert.equal(last, "turn.completed");
    // Draining at full speed grows V8's heap with garbage (not buffering); buffering all
    // 800k events would take well over 1 GiB, so this bound still catches that.
    assert.ok(peak - baseline < 256 * 1024 * 1024, `RSS grew by ${(peak - baseline) >> 20} MiB while draining`);
  } finally {
    recorder.close();
  }
});
