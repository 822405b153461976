/**
 * `codex-sdk/queue`: turns run by workers on many machines, on BullMQ and
 * Redis. `bullmq` and `ioredis` are optional peer dependencies of this entry;
 * the core SDK loads neither.
 */
export { TurnQueue } from "./turn-queue.js";
export { TurnJob } from "./turn-job.js";
export { QueuedThread } from "./queued-thread.js";
export type { QueuedStreamedTurn } from "./queued-thread.js";
export { TurnWorker } from "./turn-worker.js";
export { CodexQueueError, CodexWorkerLostError } from "./errors.js";
export { QUEUE_ATTEMPT_CHANNEL, QUEUE_ATTEMPT_END_CHANNEL } from "./attempt.js";
export type {
  JobState,
  OnInterrupted,
  QueueBaseOptions,
  QueueConnection,
  QueuedTurn,
  QueuedTurnEvent,
  QueuedTurnOptions,
  QueueEvent,
  QueueWorkspace,
  TurnAttemptEvent,
  TurnCancelledEvent,
  TurnQueuedEvent,
  TurnQueueOptions,
  TurnRequeuedEvent,
  TurnRequest,
  TurnWorkerOptions,
  WorkerCloseOptions,
  WorkerIdentity,
} from "./types.js";
