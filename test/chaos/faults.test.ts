import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { afterEach, describe, test } from "node:test";
import { CodexError, CodexExitError, type ThreadEvent } from "../../src/index.js";
import { agentMessage, collect, fakeCodex, lines, THREAD_STARTED, TURN_STARTED } from "../helpers/fake-codex.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";

/** Chaos with exact byte streams: codex's stdout closed early, and a fault inside the runner itself. */

afterEach(() => assertNoProcessesLeft());

const HANG = { hang: true };
const BEFORE = lines(THREAD_STARTED, TURN_STARTED, agentMessage("kept"));


describe("chaos: broken streams", { timeout: 60_000 }, () => {
  test("stdout closed early while codex keeps running: error after the events", async () => {
    const { events, error } = await collect([BEFORE, { closeStdout: true }, { exit: 0 }]);
    assert.equal(events.length, 3);
    assert.ok(error instanceof CodexExitError);
  });

});

describe("chaos: a fault inside the runner", { timeout: 60_000 }, () => {
  test("an exception thrown inside the runner mid-parse fails the turn instead of crashing", async () => {
    // The splitter checks each decoded line for U+FFFD: fail there, on the BOOM line only,
    // so the fault strikes mid-parse after earlier lines of the same chunk were delivered.
    const original = String.prototype.includes;
    let armed = true;
    String.prototype.includes = function (this: string, search: string, position?: number): boolean {
      if (armed && search === "\uFFFD" && original.call(this, "BOOM")) {
        armed = false;
        throw new TypeError("injected fault");
      }
      return original.call(this, search, position);
    };
    try {
      const { events } = await fakeCodex({ steps: [lines(THREAD_STARTED), { stdout: `${JSON.stringify(agentMessage("BOOM"))}\n` }, HANG] }).startThread().runStreamed("x");
      const seen: ThreadEvent[] = [];
      await assert.rejects(
        (async () => {
          for await (const event of events) seen.push(event);
        })(),
        (error: unknown) => error instanceof CodexError && error.code === "CODEX_INTERNAL" && /injected fault/.test(error.message),
      );
      assert.equal(seen[0]?.type, "thread.started");
    } finally {
      String.prototype.includes = original;
    }
  });
});
