import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { performance } from "node:perf_hooks";
import { CodexAbortError } from "../../src/index.js";
import { CodexWorkerLostError, type QueuedTurnEvent, type TurnJob } from "../../src/queue/index.js";
import { delay, message, shell, startScriptedModel, type ScriptedResponse } from "../../src/testing/index.js";
import { pollUntil } from "../helpers/poll.js";
import { byPrompt, collect, firstEvent, onFirstAsk, processesMentioning, queueSuite, stopWorker } from "../helpers/queue.js";
import { lastUserText, workspace } from "../helpers/scripted.js";

/**
 * The queue's faults, with its real parts (a private redis-server, worker
 * processes, the real codex, the scripted model): workers killed and paused,
 * Redis killed, a drain, cancels timed to 2 s. Lock and stall checks are fast
 * (2 s, 1 s), so a lost worker is found quickly; the chaos suite runs alone.
 */

const TIMING = { lockDuration: 2000, stalledInterval: 1000 };

describe("codex-sdk/queue: faults", { concurrency: false, timeout: 600_000 }, () => {
  const s = queueSuite(TIMING);

  /** A turn that runs a command appending to `marker`, then waits for the model (long on the first attempt). */
  function markerTurn(prompt: string, marker: string, firstWaitMs: number) {
    let answered = 0;
    let waiting!: () => void;
    /** Resolves when the first attempt asks the model after its command: it is then mid-turn, waiting. */
    const asked = new Promise<void>((resolve) => (waiting = resolve));
    const table = {
      [prompt]: {
        first: shell(`echo run >> ${marker}`),
        get then(): ScriptedResponse {
          answered += 1;
          if (answered === 1) waiting();
          return answered === 1 ? delay(firstWaitMs, message("too late")) : message(`done ${prompt}`);
        },
      },
    };
    return { table, asked };
  }

  async function untilCommandDone(job: TurnJob): Promise<{ pid: number; attempt: number }> {
    let worker = { pid: 0, attempt: 0 };
    for await (const event of job.events()) {
      if (event.type === "turn.attempt") worker = { pid: event.worker.pid, attempt: event.attempt };
      if (event.type === "item.completed" && event.item.type === "command_execution") return worker;
    }
    throw new Error("the turn ended before its command ran");
  }

  for (const onInterrupted of ["fail", "rerun"] as const) {
    test(`kill -9 of the worker mid-turn, onInterrupted: "${onInterrupted}"`, async () => {
      const dir = workspace();
      const marker = path.join(dir, "marker");
      const turn = markerTurn("K", marker, 60_000);
      const model = await startScriptedModel(byPrompt(turn.table));
      const started = await s.fresh(`kill-${onInterrupted}`, model, 2);
      const job = await s.queue.enqueue({ input: "K", onInterrupted, threadOptions: { sandboxMode: "danger-full-access", approvalPolicy: "never" } });
      const { pid } = await untilCommandDone(job);
      await turn.asked;
      const victim = started.find((worker) => worker.pid === pid);
      assert.ok(victim, "the turn ran on one of the workers");
      victim.child.kill("SIGKILL");
      await victim.exited;
      // The killed worker's codex does not outlive it (the watchdog).
      await pollUntil(() => (processesMentioning(victim.stateDir).length === 0 ? true : undefined), "codex of the killed worker still running", 10_000);
      if (onInterrupted === "fail") {
        const error = await job.result().then(
          () => assert.fail("the job should fail"),
          (thrown: unknown) => thrown,
        );
        assert.ok(error instanceof CodexWorkerLostError, String(error));
        assert.equal(error.worker.pid, pid);
        assert.equal(readFileSync(marker, "utf8"), "run\n", "the command ran once");
        assert.deepEqual(await s.client.keys(`codex-sdk:kill-fail:thread:*:state`), [], "nothing was published");
      } else {
        const result = await job.result();
        assert.equal(result.finalResponse, "done K");
        assert.equal(result.attempts, 2);
        assert.equal(readFileSync(marker, "utf8"), "run\nrun\n", "the turn ran again");
        const events = await collect(job);
        const requeued = events.find((event) => event.type === "turn.requeued");
        assert.deepEqual(requeued, { type: "turn.requeued", reason: "worker_lost", worker: { host: requeued?.type === "turn.requeued" ? requeued.worker?.host : "", pid } });
        assert.equal(await s.stateVersion(`kill-rerun`, result.threadId), "1", "published once");
      }
      await s.finish(started.filter((worker) => worker !== victim), model);
    });
  }

  test("cancel: a waiting job never starts; a running one ends as cancelled within 2 s, not retried", async () => {
    const long = onFirstAsk(delay(60_000, message("never")));
    const model = await startScriptedModel(byPrompt({ LONG: long.entry, WAITING: { first: message("never either") } }));
    const started = await s.fresh("cancel", model, 1, { concurrency: 1 });
    const running = await s.queue.enqueue({ input: "LONG" });
    const waiting = await s.queue.enqueue({ input: "WAITING" });
    await long.asked;
    await waiting.cancel("not needed");
    assert.deepEqual((await collect(waiting)).map((event) => event.type), ["turn.queued", "turn.cancelled"]);
    const begun = performance.now();
    await running.cancel("stopped by the user");
    const events = await collect(running);
    const elapsed = performance.now() - begun;
    assert.deepEqual(events.at(-1), { type: "turn.cancelled", reason: "stopped by the user" });
    assert.ok(elapsed < 2000, `cancelled in ${elapsed} ms`);
    await assert.rejects(running.result(), (error: unknown) => error instanceof CodexAbortError && /stopped by the user/.test(error.message));
    await assert.rejects(waiting.result(), CodexAbortError);
    assert.equal(events.filter((event) => event.type === "turn.attempt").length, 1, "never retried");
    assert.equal(model.requests.filter((request) => lastUserText(request) === "LONG").length, 1);
    assert.equal(model.requests.filter((request) => lastUserText(request) === "WAITING").length, 0, "the waiting job never started");
    await s.finish(started, model);
  });

  test("SIGTERM drains with requeue: the running turn goes back to the queue and another worker finishes it", async () => {
    const drained = onFirstAsk(delay(60_000, message("never")), message("finished elsewhere"));
    const model = await startScriptedModel(byPrompt({ D: drained.entry }));
    const started = await s.fresh("drain", model, 2);
    const job = await s.queue.enqueue({ input: "D" });
    let first = 0;
    for await (const event of job.events()) {
      if (event.type === "turn.attempt") first = event.worker.pid;
      if (event.type === "turn.started") break;
    }
    await drained.asked;
    const draining = started.find((worker) => worker.pid === first);
    assert.ok(draining);
    await stopWorker(draining);
    assert.match(draining.output(), /closed/);
    const turn = await job.result();
    assert.equal(turn.finalResponse, "finished elsewhere");
    const events = await collect(job);
    assert.deepEqual(events.find((event) => event.type === "turn.requeued"), { type: "turn.requeued", reason: "worker_shutdown" });
    const attempts = events.filter((event) => event.type === "turn.attempt");
    assert.equal(attempts.length, 2);
    assert.notEqual(attempts[1]?.type === "turn.attempt" ? attempts[1].worker.pid : first, first);
    await pollUntil(() => (processesMentioning(draining.stateDir).length === 0 ? true : undefined), "codex of the drained worker still running");
    await s.finish(started.filter((worker) => worker !== draining), model);
  });

  test("Redis killed with SIGKILL and restarted: jobs survive, workers reconnect, events resume with no gap and no duplicate", async () => {
    const slow = onFirstAsk(delay(1500, message("survived", { chunks: ["sur", "vived"] })));
    const model = await startScriptedModel(byPrompt({ SLOW: slow.entry, NEXT: { first: message("next one") } }));
    const started = await s.fresh("restart", model, 1, { concurrency: 1, lockDuration: 10_000 });
    const running = await s.queue.enqueue({ input: "SLOW" });
    const waiting = await s.queue.enqueue({ input: "NEXT" });
    const live: QueuedTurnEvent[] = [];
    const reading = (async () => {
      for await (const event of running.events()) live.push(event);
    })();
    await slow.asked;
    await s.redis.kill();
    await s.redis.start();
    await reading;
    assert.equal((await running.result()).finalResponse, "survived");
    assert.equal((await waiting.result()).finalResponse, "next one");
    assert.deepEqual(live, await collect(running), "the live reader saw every event once");
    assert.equal(live.at(-1)?.type, "turn.completed");
    await s.finish(started, model);
  });

  test("a worker paused (SIGSTOP) past its lock: another worker reruns the turn, and the paused one publishes nothing when it wakes", async () => {
    const pausing = onFirstAsk(delay(3000, message("from the paused worker")), message("from the other worker"));
    const model = await startScriptedModel(byPrompt({ P: pausing.entry }));
    const started = await s.fresh("paused", model, 2);
    const job = await s.queue.enqueue({ input: "P", onInterrupted: "rerun" });
    await pausing.asked;
    const attempt = (await firstEvent(job, "turn.attempt")) as { worker: { pid: number } };
    const paused = started.find((worker) => worker.pid === attempt.worker.pid);
    assert.ok(paused);
    process.kill(paused.pid, "SIGSTOP");
    const turn = await job.result().finally(() => process.kill(paused.pid, "SIGCONT"));
    assert.equal(turn.finalResponse, "from the other worker");
    assert.equal(turn.attempts, 2);
    const events = await collect(job);
    // The paused worker's turn ends: its codex is gone, having published nothing.
    await pollUntil(() => (processesMentioning(paused.stateDir).length === 0 ? true : undefined), "the paused worker's codex still running", 10_000);
    assert.equal(await s.stateVersion("paused", turn.threadId), "1", "one publish");
    assert.deepEqual(await collect(job), events, "nothing appended late");
    assert.equal(paused.child.exitCode, null, "the paused worker lives on");
    await s.finish(started, model);
  });

});
