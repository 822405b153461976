import { CodexError } from "../errors.js";
import type { WorkerIdentity } from "./types.js";

/** The queue cannot do what was asked: Redis unreachable, a job that does not exist, a job from an incompatible SDK version. */
export class CodexQueueError extends CodexError {
  static override readonly code = "CODEX_QUEUE";
  constructor(message: string) {
    super("CODEX_QUEUE", message);
  }
}

/** The worker running the turn died or lost its lock, and the job's `onInterrupted` is `"fail"`: nothing was run twice. */
export class CodexWorkerLostError extends CodexError {
  static override readonly code = "CODEX_WORKER_LOST";
  /** The worker that was lost. */
  readonly worker: WorkerIdentity;
  constructor(worker: WorkerIdentity) {
    super(
      "CODEX_WORKER_LOST",
      `The worker running this turn (${worker.host}, pid ${worker.pid}) stopped before the turn ended; nothing of it was kept, and with onInterrupted: "fail" it does not run again`,
    );
    this.worker = worker;
  }
}
