import { randomUUID } from "node:crypto";
import diagnostics_channel from "node:diagnostics_channel";
import { rm } from "node:fs/promises";
import path from "node:path";
import { DelayedError, UnrecoverableError, WaitingError, Worker, type Job, type Queue } from "bullmq";
import type { Redis } from "ioredis";
import { Codex } from "../codex.js";
import { CodexError } from "../errors.js";
import { failureKind, hasSideEffects, waitNamedIn } from "../failure-kind.js";
import type { ThreadEvent, Usage } from "../events.js";
import type { ThreadItem } from "../items.js";
import type { CodexOptions } from "../options.js";
import { parseOutput } from "../output-schema.js";
import type { Redactor } from "../redact.js";
import { turnAnnotations } from "../telemetry.js";
import { validateThreadId } from "../validate-options.js";
import { CodexWorkerLostError } from "./errors.js";
import { readJobData, type JobData, type Keys, type Outcome } from "./records.js";
import { runScript } from "./redis.js";
import { ACQUIRE, APPEND_EVENT, CLAIM_THREAD, END_ATTEMPT, RENEW } from "./scripts.js";
import { loadThreadState, makeHome, readRollout, restoreRollout, type ThreadState } from "./thread-state.js";
import type { QueuedTurn, QueuedTurnEvent, WorkerIdentity } from "./types.js";
import { checkWorkspace, prepareWorkspace } from "./workspace.js";

/** Published when a worker starts an attempt of a queued turn. */
export const QUEUE_ATTEMPT_CHANNEL = "codex-sdk:queue:attempt";
/** Published when an attempt ends, with how. */
export const QUEUE_ATTEMPT_END_CHANNEL = "codex-sdk:queue:attempt:end";
const attemptChannel = diagnostics_channel.channel(QUEUE_ATTEMPT_CHANNEL);
const attemptEndChannel = diagnostics_channel.channel(QUEUE_ATTEMPT_END_CHANNEL);

/** What every attempt of a worker shares. */
export interface WorkerContext {
  client: Redis;
  bull: Queue;
  keys: Keys;
  worker: WorkerIdentity;
  leaseMs: number;
  stateDir: string;
  codex: CodexOptions;
  rateLimitDelayMs: number;
  /** The worker's secrets (its codex options'), and any URL's password, hidden in what a failure records. */
  redactor: Redactor;
}

/** Why an attempt was stopped from outside. */
type Stop = "cancel" | "fenced" | "requeue";

/** How long a turn waits behind another of its thread before it looks again (the other promotes it when it ends). */
const BEHIND_DELAY_MS = 1000;
/** Events kept per turn's stream, at least. */
const STREAM_MAX = 100_000;

/** One attempt of a job on this worker: claims it, runs the turn, and publishes it or hands it back. */
export class Attempt {
  readonly token: string = randomUUID();
  readonly #context: WorkerContext;
  readonly #job: Job;
  readonly #lockToken: string | undefined;
  readonly #controller = new AbortController();
  /** The job's id and Redis keys, made once: every event of the turn uses them. */
  readonly #jobId: string;
  readonly #keys: ReturnType<Keys["job"]>;
  #stop: Stop | undefined;
  #threadId: string | null = null;
  #renewal: NodeJS.Timeout | undefined;
  #lastRenewed = Date.now();

  constructor(context: WorkerContext, job: Job, lockToken: string | undefined) {
    this.#context = context;
    this.#job = job;
    this.#lockToken = lockToken;
    this.#jobId = job.id ?? "";
    this.#keys = context.keys.job(this.#jobId);
  }

  /** Stops the running turn (cancel, lost lease, worker shutdown); the first reason wins. */
  interrupt(stop: Stop): void {
    if (this.#stop !== undefined) return;
    this.#stop = stop;
    this.#controller.abort();
  }

  /** Runs the attempt; throws BullMQ's errors that put the job back, or `UnrecoverableError` for a failed turn. */
  async run(): Promise<string> {
    let data: JobData;
    try {
      data = readJobData(this.#job.data);
      // A job can be written to Redis by anyone who reaches it: the worker checks what it runs, too
      // (before the thread id names a key, a ref or a path; the options are checked by Codex itself).
      if (data.threadId !== null) validateThreadId(data.threadId, "TurnRequest.threadId");
      if (data.workspace !== null) checkWorkspace(data.workspace);
    } catch (error) {
      // Not claimed (nothing was run): ended without an owner token.
      const outcome = this.#failedOutcome(error);
      await this.#end("finish", outcome, JSON.stringify({ type: "turn.failed", error: { message: outcome.error.message } }), "");
      throw new UnrecoverableError(outcome.error.message);
    }
    this.#threadId = data.threadId;
    const claim = await this.#acquire(data);
    if (claim === "done") return "done";
    if (claim === "cancelled") return "cancelled";
    const { attempt, lost } = claim;
    const lostWorker = lost[0];
    if (lostWorker !== undefined) {
      if (data.onInterrupted === "fail") return this.#fail(new CodexWorkerLostError(lostWorker));
      await this.#append({ type: "turn.requeued", reason: "worker_lost", worker: lostWorker });
    }
    this.#startRenewal();
    try {
      const queueWaitMs = Date.now() - data.enqueuedAt;
      await this.#append({ type: "turn.attempt", attempt, worker: this.#context.worker, queue_wait_ms: queueWaitMs });
      attemptChannel.publish({ jobId: this.#jobId, threadId: data.threadId, attempt, worker: this.#context.worker, queueWaitMs });
      // On the turn's start message and its span: which job and attempt this is, where, after how long a wait.
      const annotations = { "codex.queue.job_id": this.#jobId, "codex.queue.attempt": attempt, "codex.queue.worker": `${this.#context.worker.host}:${this.#context.worker.pid}`, "codex.queue.wait_ms": queueWaitMs };
      const result = await turnAnnotations.run(annotations, () => this.#runTurn(data, attempt));
      attemptEndChannel.publish({ jobId: this.#jobId, threadId: this.#threadId, attempt, outcome: result });
      return result;
    } finally {
      clearInterval(this.#renewal);
    }
  }

  async #acquire(data: JobData): Promise<"done" | "cancelled" | { attempt: number; lost: WorkerIdentity[] }> {
    const id = this.#jobId;
    const job = this.#keys;
    const thread = this.#context.keys.thread(data.threadId ?? "none");
    for (;;) {
      const reply = (await runScript(
        this.#context.client,
        ACQUIRE,
        [job.outcome, job.cancel, job.owner, job.open, job.attempts, thread.pending, thread.lease],
        [id, data.ticket, this.token, this.#context.leaseMs, JSON.stringify(this.#context.worker), data.threadId === null ? "0" : "1"],
      )) as string[];
      const [verdict, ...rest] = reply;
      if (verdict === "done") return "done";
      if (verdict === "cancelled") {
        await this.#end("finish", { status: "cancelled", reason: rest[0] ?? "cancelled" }, JSON.stringify({ type: "turn.cancelled", reason: rest[0] ?? "cancelled" }), "");
        return "cancelled";
      }
      if (verdict === "go") return { attempt: Number(rest[0]), lost: rest.slice(1).map((worker) => JSON.parse(worker) as WorkerIdentity) };
      // Behind another turn of the thread: skip it if it is gone, else wait for it.
      const head = verdict === "behind" ? rest[0] : undefined;
      if (head !== undefined && (await this.#isOver(head))) {
        await this.#context.client.zrem(thread.pending, head);
        continue;
      }
      await this.#job.moveToDelayed(Date.now() + BEHIND_DELAY_MS, this.#lockToken);
      throw new DelayedError();
    }
  }

  async #isOver(jobId: string): Promise<boolean> {
    if ((await this.#context.client.exists(this.#context.keys.job(jobId).outcome)) === 1) return true;
    const state = await this.#context.bull.getJobState(jobId);
    return state === "unknown" || state === "failed" || state === "completed";
  }

  /** Renews the attempt's claim; a claim that lapsed (a frozen or cut-off worker) stops the turn. */
  #startRenewal(): void {
    const { client, leaseMs } = this.#context;
    const job = this.#keys;
    this.#lastRenewed = Date.now();
    this.#renewal = setInterval(() => {
      // Frozen past the lease (SIGSTOP, a long pause): another worker may hold the job now.
      if (Date.now() - this.#lastRenewed >= leaseMs) this.interrupt("fenced");
      const lease = this.#threadId === null ? job.owner : this.#context.keys.thread(this.#threadId).lease;
      runScript(client, RENEW, [job.owner, lease, job.cancel], [this.token, leaseMs]).then(
        (held) => {
          if (held === 0) this.interrupt("fenced");
          else this.#lastRenewed = Date.now();
          if (held === 2) this.interrupt("cancel");
        },
        () => {},
      );
    }, Math.max(50, Math.floor(leaseMs / 3)));
  }

  async #runTurn(data: JobData, attempt: number): Promise<string> {
    const scratch = path.join(this.#context.stateDir, "attempts", this.token);
    const home = path.join(scratch, "codex-home");
    const codex = new Codex({ ...this.#context.codex, env: { ...(this.#context.codex.env ?? processEnv()), CODEX_HOME: home } });
    let workspace;
    try {
      await makeHome(path.join(this.#context.stateDir, "home"), home);
      let state: ThreadState | undefined;
      if (data.threadId !== null) {
        state = await loadThreadState(this.#context.client, this.#context.keys, data.threadId);
        await restoreRollout(home, state);
      }
      workspace = await prepareWorkspace(data.workspace, scratch, state?.commit, data.threadId);
      const threadOptions = { skipGitRepoCheck: true, ...data.threadOptions, workingDirectory: workspace.directory };
      const thread = data.threadId === null ? codex.startThread(threadOptions) : codex.resumeThread(data.threadId, threadOptions);
      const ran = await this.#stream(data, thread.runStreamed(data.input, { ...data.turnOptions, signal: this.#controller.signal }));
      if (this.#stop !== undefined) return await this.#stopped(this.#stop, data);
      if (ran.failure !== undefined) {
        if (failureKind(ran.failure) === "rate_limit" && !ran.items.some(hasSideEffects)) return await this.#rateLimited(ran.failure);
        return await this.#fail(new CodexError("CODEX_TURN_FAILED", ran.failure));
      }
      const threadId = this.#threadId;
      if (threadId === null) return await this.#fail(new CodexError("CODEX_INTERNAL", "codex never named the thread"));
      const rollout = await readRollout(home, threadId);
      const before = state?.rollout ?? Buffer.alloc(0);
      if (!rollout.rollout.subarray(0, before.length).equals(before)) return await this.#fail(new CodexError("CODEX_INTERNAL", "codex rewrote the thread's history instead of appending to it"));
      const commit = await workspace.publish(threadId);
      const turn: QueuedTurn = { items: ran.items, finalResponse: ran.finalResponse, usage: ran.usage, threadId, attempts: attempt, ...(commit === undefined ? {} : { commit }) };
      if (data.turnOptions.outputSchema !== undefined) {
        const parsed = parseOutput(ran.finalResponse);
        if (!(parsed instanceof Error)) turn.output = parsed.value;
      }
      const published = await this.#end(
        "commit",
        { status: "completed", turn },
        JSON.stringify(ran.completed ?? { type: "turn.completed", usage: ran.usage }),
        this.token,
        [state?.version ?? "0", String(before.length), rollout.rollout.subarray(before.length), rollout.rolloutPath, commit ?? ""],
      );
      if (published !== "ok") return this.#handBack(`the turn could not be published (${published}): another attempt holds the thread`);
      await this.#promoteNext(threadId);
      return "completed";
    } catch (error) {
      if (this.#stop !== undefined) return await this.#stopped(this.#stop, data);
      if (isControl(error)) throw error;
      return await this.#fail(error);
    } finally {
      await codex.close().catch(() => {});
      await workspace?.dispose().catch(() => {});
      await rm(scratch, { recursive: true, force: true }).catch(() => {});
    }
  }

  /** Forwards the turn's events as they come; the final one is held back, to be written with the outcome. */
  async #stream(data: JobData, started: Promise<{ events: AsyncGenerator<ThreadEvent> }>) {
    const items: ThreadItem[] = [];
    let finalResponse = "";
    let usage: Usage | null = null;
    let failure: string | undefined;
    let completed: ThreadEvent | undefined;
    for await (const event of (await started).events) {
      if (event.type === "turn.completed") {
        usage = event.usage;
        completed = event;
        continue;
      }
      if (event.type === "turn.failed") {
        failure ??= event.error.message;
        continue;
      }
      if (event.type === "item.completed") {
        if (event.item.type === "agent_message") finalResponse = event.item.text;
        items.push(event.item);
      }
      if (event.type === "thread.started" && data.threadId === null) await this.#claimThread(event.thread_id, data);
      await this.#append(event);
    }
    return { items, finalResponse, usage, failure, completed };
  }

  async #claimThread(threadId: string, data: JobData): Promise<void> {
    this.#threadId = threadId;
    const thread = this.#context.keys.thread(threadId);
    const claimed = await runScript(
      this.#context.client,
      CLAIM_THREAD,
      [this.#keys.owner, thread.pending, thread.lease, this.#keys.thread],
      [this.token, this.#jobId, data.ticket, this.#context.leaseMs, threadId, data.retentionMs],
    );
    if (claimed !== 1) this.interrupt("fenced");
  }

  /** Appends an event to the job's stream, while this attempt owns the job; otherwise stops the turn. */
  async #append(event: QueuedTurnEvent): Promise<void> {
    const id = await runScript(this.#context.client, APPEND_EVENT, [this.#keys.owner, this.#keys.events], [this.token, JSON.stringify(event), STREAM_MAX]);
    if (id === null) this.interrupt("fenced");
  }

  async #stopped(stop: Stop, data: JobData): Promise<string> {
    if (stop === "cancel") {
      const reason = (await this.#context.client.get(this.#keys.cancel)) ?? "cancelled";
      await this.#end("finish", { status: "cancelled", reason }, JSON.stringify({ type: "turn.cancelled", reason }));
      if (this.#threadId !== null) await this.#promoteNext(this.#threadId);
      return "cancelled";
    }
    if (stop === "requeue") {
      await this.#end("release", undefined, JSON.stringify({ type: "turn.requeued", reason: "worker_shutdown" }));
      if (data.threadId === null && this.#threadId !== null) await this.#context.client.zrem(this.#context.keys.thread(this.#threadId).pending, this.#jobId);
      return this.#handBack("the worker is shutting down");
    }
    return this.#handBack("this worker lost its claim on the job (it was paused or cut off from Redis past its lock)");
  }

  async #rateLimited(message: string): Promise<string> {
    const delayMs = waitNamedIn(message) ?? this.#context.rateLimitDelayMs;
    await this.#end("release", undefined, JSON.stringify({ type: "turn.requeued", reason: "rate_limited", delay_ms: delayMs }));
    await this.#context.bull.rateLimit(delayMs);
    throw Worker.RateLimitError();
  }

  /** Puts the job back in the queue, keeping nothing of this attempt. */
  async #handBack(why: string): Promise<never> {
    try {
      await this.#job.moveToWait(this.#lockToken);
    } catch {
      // The job's lock is gone (another worker has it, or will): nothing to hand back.
      throw new HandedBack(`codex-sdk worker: ${why}`);
    }
    throw new WaitingError();
  }

  async #fail(error: unknown): Promise<never> {
    const outcome = this.#failedOutcome(error);
    await this.#end("finish", outcome, JSON.stringify({ type: "turn.failed", error: { message: outcome.error.message } }));
    if (this.#threadId !== null) await this.#promoteNext(this.#threadId);
    throw new UnrecoverableError(outcome.error.message);
  }

  /** The record of a failure: its code, and its message with secrets hidden (a git error names the repository's URL). */
  #failedOutcome(error: unknown): Extract<Outcome, { status: "failed" }> {
    const redact = (text: string): string => this.#context.redactor.redact(text);
    if (error instanceof CodexWorkerLostError) return { status: "failed", error: { code: error.code, message: error.message, worker: error.worker } };
    if (CodexError.isCodexError(error)) return { status: "failed", error: { code: error.code, message: redact(error.message) } };
    return { status: "failed", error: { code: "CODEX_INTERNAL", message: redact(error instanceof Error ? error.message : String(error)) } };
  }

  /** The thread's next turn, waiting behind this one, may start now. */
  async #promoteNext(threadId: string): Promise<void> {
    const [next] = await this.#context.client.zrange(this.#context.keys.thread(threadId).pending, 0, 0);
    if (next === undefined) return;
    const job = await this.#context.bull.getJob(next);
    if (job !== undefined && (await job.isDelayed())) await job.promote().catch(() => {});
  }

  async #end(mode: "commit" | "finish" | "release", outcome: Outcome | undefined, event: string, token = this.token, publish: [string, string, Buffer, string, string] = ["", "", Buffer.alloc(0), "", ""]): Promise<unknown> {
    const retentionMs = (this.#job.data as Partial<JobData>).retentionMs ?? 24 * 3600_000;
    return runScript(
      this.#context.client,
      END_ATTEMPT,
      this.#context.keys.endAttempt(this.#jobId, this.#threadId),
      [token, this.#jobId, mode, outcome === undefined ? "" : JSON.stringify(outcome), event, retentionMs, ...publish],
    );
  }

}

/** Thrown when an attempt gave its job up: BullMQ's lock was already gone. */
class HandedBack extends Error {}

/** Errors that tell BullMQ what to do with the job, passed on as they are. */
function isControl(error: unknown): boolean {
  return (
    error instanceof DelayedError ||
    error instanceof WaitingError ||
    error instanceof UnrecoverableError ||
    error instanceof HandedBack ||
    (error instanceof Error && error.name === "RateLimitError")
  );
}


function processEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return env;
}
