import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { cleanupSoon } from "../../src/process/cleanup-soon.js";
import { setDeadline } from "../../src/turn/deadlines.js";

/** Resolves with the order in which `count` deadlines fired, once they all have. */
function recorder(count: number): { fired: string[]; mark: (name: string) => () => void; all: Promise<void> } {
  const fired: string[] = [];
  let done: () => void = () => undefined;
  const all = new Promise<void>((resolve) => {
    done = resolve;
  });
  const mark = (name: string) => (): void => {
    fired.push(name);
    if (fired.length === count) done();
  };
  return { fired, mark, all };
}

describe("shared deadlines", () => {
  // Their timer is unref'd (in use, the process a deadline watches keeps the app alive): something must keep the tests alive.
  let keepAlive: NodeJS.Timeout | undefined;
  before(() => {
    keepAlive = setInterval(() => undefined, 1000);
  });
  after(() => clearInterval(keepAlive));

  test("fire in the order of their times, not of their setting, and no sooner than asked", async () => {
    const { fired, mark, all } = recorder(3);
    const setAt = performance.now();
    const firedAt: Record<string, number> = {};
    const at = (name: string) => {
      const record = mark(name);
      return () => {
        firedAt[name] = performance.now() - setAt;
        record();
      };
    };
    setDeadline(60, at("late"));
    setDeadline(20, at("early"));
    setDeadline(40, at("middle"));
    await all;
    assert.deepEqual(fired, ["early", "middle", "late"]);
    // Node may run a timer up to a millisecond early; never more.
    assert.ok((firedAt.early ?? 0) >= 19 && (firedAt.middle ?? 0) >= 39 && (firedAt.late ?? 0) >= 59, JSON.stringify(firedAt));
  });

  test("a cancelled deadline never fires, the earliest included, and the later ones still do", async () => {
    const { fired, mark, all } = recorder(2);
    const earliest = setDeadline(10, mark("cancelled earliest"));
    setDeadline(30, mark("kept"));
    const other = setDeadline(20, mark("cancelled other"));
    earliest.cancel();
    other.cancel();
    other.cancel(); // harmless
    setDeadline(50, mark("witness"));
    await all;
    assert.deepEqual(fired, ["kept", "witness"]);
  });

  test("an action that throws is still an uncaught error, and the others due with it still run", async () => {
    const { fired, mark, all } = recorder(2);
    // node:test's own listener would report the error as this test's failure: it is off meanwhile.
    const runnerListeners = process.listeners("uncaughtException");
    process.removeAllListeners("uncaughtException");
    const uncaught = new Promise<unknown>((resolve) => process.once("uncaughtException", resolve)).finally(() => {
      for (const listener of runnerListeners) process.on("uncaughtException", listener);
    });
    setDeadline(5, () => {
      throw new Error("boom");
    });
    setDeadline(5, mark("first"));
    setDeadline(6, mark("second"));
    assert.equal(((await uncaught) as Error).message, "boom");
    await all;
    assert.deepEqual(fired, ["first", "second"]);
  });

  test("a pending deadline does not keep the process alive", async () => {
    const script = `import { setDeadline } from ${JSON.stringify(fileURLToPath(new URL("../../src/turn/deadlines.ts", import.meta.url)))};
      setDeadline(5_000, () => process.exit(3));`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: "ignore" });
    const [code] = await once(child, "exit");
    assert.equal(code, 0);
  });
});

describe("cleanupSoon", () => {
  test("runs after the promise reactions already queued, before any timer, in the order queued, and survives a job that throws", async () => {
    const order: string[] = [];
    const timer = new Promise<void>((resolve) => setTimeout(() => {
      order.push("timer");
      resolve();
    }, 0));
    cleanupSoon(() => order.push("first"));
    cleanupSoon(() => {
      throw new Error("a cleanup bug");
    });
    cleanupSoon(() => order.push("second"));
    void Promise.resolve().then(() => order.push("reaction"));
    await timer;
    assert.deepEqual(order, ["reaction", "first", "second", "timer"]);
  });
});
