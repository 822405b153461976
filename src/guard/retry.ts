import { CodexTurnFailedError } from "../errors.js";
import type { RetryOptions } from "../options.js";
import { TRANSIENT_FAILURES, waitNamedIn } from "../failure-kind.js";

/** `retry` with its defaults filled in. */
export interface RetryPolicy {
  attempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
  retryOn(error: CodexTurnFailedError): boolean;
}

export const RETRY_DEFAULTS = { attempts: 3, initialDelayMs: 1_000, maxDelayMs: 30_000 } as const;

/** The turn's `retry`, else the thread's, else the `Codex`'s (the first one given wins whole); undefined: no retries. */
export function retryPolicy(...levels: (RetryOptions | undefined)[]): RetryPolicy | undefined {
  const options = levels.find((level) => level !== undefined);
  if (options === undefined) return undefined;
  return {
    attempts: options.attempts ?? RETRY_DEFAULTS.attempts,
    initialDelayMs: options.initialDelayMs ?? RETRY_DEFAULTS.initialDelayMs,
    maxDelayMs: options.maxDelayMs ?? RETRY_DEFAULTS.maxDelayMs,
    retryOn: options.retryOn ?? ((error) => TRANSIENT_FAILURES.has(error.kind)),
  };
}

/** What to do after an attempt failed: run again after `delayMs`, or not, and then why (said in the failure). */
export type RetryDecision = { retry: true; delayMs: number } | { retry: false; why: string | undefined };

/**
 * Whether attempt `attempt` (1 for the first), which failed with `message`,
 * runs again. `sideEffect` is the type of the first item with side effects
 * the attempt started, if any. `random` gives the jitter (0 ≤ r < 1).
 */
export function decideRetry(policy: RetryPolicy, message: string, attempt: number, sideEffect: string | undefined, random: () => number = Math.random): RetryDecision {
  const error = new CodexTurnFailedError(message);
  let wanted: boolean;
  try {
    wanted = policy.retryOn(error);
  } catch {
    // A retryOn that throws decides nothing: not retried, as without it.
    wanted = false;
  }
  if (!wanted) return { retry: false, why: undefined };
  if (sideEffect !== undefined) return { retry: false, why: `not retried: the turn had started a ${sideEffect} item, which a retry would run again` };
  if (attempt >= policy.attempts) return { retry: false, why: `not retried: ${policy.attempts} attempt${policy.attempts === 1 ? "" : "s"} made` };
  return { retry: true, delayMs: retryDelay(policy, attempt, waitNamedIn(message), random) };
}

/**
 * Exponential backoff with full jitter over the upper half: the n-th retry
 * waits between half and all of `initialDelayMs * 2^(n-1)` (at most
 * `maxDelayMs`), and never less than a wait the server named.
 */
export function retryDelay(policy: RetryPolicy, attempt: number, named: number | undefined, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** (attempt - 1));
  const backoff = Math.round(ceiling / 2 + random() * (ceiling / 2));
  return Math.max(backoff, named ?? 0);
}
